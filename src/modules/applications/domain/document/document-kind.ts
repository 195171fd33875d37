import { z } from "zod";
import type { LocalizedText } from "../../../../domain/locale";

/** The documents a case can issue: the certificate itself, and the notice of its fee. */
export const DOCUMENT_KINDS = ["meldebescheinigung", "fee-notice"] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The document as the verification page and the back office name it. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, LocalizedText> = {
  meldebescheinigung: { de: "Meldebescheinigung", en: "Registration certificate (Meldebescheinigung)" },
  "fee-notice": { de: "Gebührenbescheid", en: "Fee notice (Gebührenbescheid)" },
};
