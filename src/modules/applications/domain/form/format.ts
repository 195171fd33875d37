import { Temporal } from "temporal-polyfill";
import type { Locale, LocalizedText } from "../../../../domain/locale";

const MONTHS: Record<Locale, readonly string[]> = {
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

/** `2026-03-07` as "7. März 2026" or "7 March 2026" (no time zone involved: a civil date). */
export function formatIsoDate(locale: Locale, iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  const name = MONTHS[locale][(month ?? 1) - 1] ?? "";
  return locale === "de" ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

const numbers: Record<Locale, Intl.NumberFormat> = {
  de: new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6 }),
};

/** A number in the locale's notation ("1.234,5" or "1,234.5"). */
export function formatNumber(locale: Locale, value: number): string {
  return numbers[locale].format(value);
}

/** A size in bytes as people read it: "800 KB", "10 MB" (decimal units, as file managers show). */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1000) return `${formatNumber(locale, bytes)} Bytes`;
  if (bytes < 1_000_000) return `${formatNumber(locale, Math.round(bytes / 100) / 10)} KB`;
  return `${formatNumber(locale, Math.round(bytes / 100_000) / 10)} MB`;
}

/** The text in the locale. */
export function say(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** A list as people write it: "PDF, JPG oder PNG" / "PDF, JPG or PNG". */
export function listOf(locale: Locale, items: readonly string[], word: LocalizedText): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word[locale]} ${items.at(-1)}`;
}

/** A day relative to another: `today` plus years, months and days (the end of a month is kept). */
export function shiftDate(today: string, by: { years?: number; months?: number; days?: number }): string {
  const { years = 0, months = 0, days = 0 } = by;
  return Temporal.PlainDate.from(today).add({ years, months, days }).toString();
}
