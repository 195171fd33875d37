import { z } from "zod";

/** The languages the product speaks; German first. Pure: the browser client may import it. */
export const LOCALES = ["de", "en"] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = "de";

/** A text in every product language. */
export const LocalizedText = z.object({
  de: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;
