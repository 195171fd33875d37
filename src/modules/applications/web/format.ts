import type { Locale } from "../../../domain/locale";

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as residents read it, in the tenant's zone ("3. Dezember 2026, 10:15"). */
export function dateTimeText(locale: Locale, at: Date, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
      dateStyle: "long",
      timeStyle: "short",
      timeZone,
    });
    formats.set(key, f);
  }
  return f.format(at);
}
