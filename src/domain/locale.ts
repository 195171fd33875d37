import { z } from "zod";
import { CleanText } from "./text";

/** The languages the product speaks; German first. Pure: the browser client may import it. */
export const LOCALES = ["de", "en"] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = "de";

/** A text in every product language. */
export const LocalizedText = z.object({
  de: CleanText.trim().min(1),
  en: CleanText.trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;
