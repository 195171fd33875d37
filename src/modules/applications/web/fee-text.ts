import type { Locale } from "../../../domain/locale";
import type { CaseFee } from "../domain";
import { FORM_MESSAGES } from "../messages";

/** An amount of euros in the locale's way ("12,50 €", "€12.50"). */
export function formatEuro(locale: Locale, cents: number): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
    style: "currency",
    currency: "EUR",
  }).format(cents / 100);
}

/** The fee of a case as one sentence for the start page and the case's page. */
export function feeText(fee: CaseFee, locale: Locale): string {
  const t = FORM_MESSAGES[locale].fee;
  if (fee.kind === "none") return fee.note?.[locale] ?? t.free;
  if (fee.kind === "unknown") return fee.note?.[locale] ?? t.unknown;
  return t.fixed(formatEuro(locale, fee.amountCents));
}
