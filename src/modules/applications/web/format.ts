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

const visitFormats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** A visit's day and times in the tenant's zone, as `when` words them ("Montag, 18. Januar 2027, 09:00 bis 09:15 Uhr"). */
export function visitTimeText(
  locale: Locale,
  start: Date,
  end: Date,
  timeZone: string,
  when: (day: string, from: string, to: string) => string,
): string {
  const key = `${locale}|${timeZone}`;
  let f = visitFormats.get(key);
  if (!f) {
    const tag = locale === "de" ? "de-DE" : "en-GB";
    f = {
      day: new Intl.DateTimeFormat(tag, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone,
      }),
      time: new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }),
    };
    visitFormats.set(key, f);
  }
  return when(f.day.format(start), f.time.format(start), f.time.format(end));
}
