import { Temporal } from "temporal-polyfill";
import type { Locale } from "../../../domain/locale";
import type { DeskMessages } from "../desk-messages";
import type { ScheduleView } from "../desk-queries";

/** Names of keys as the back office shows them, in the page's language. */
export interface DeskNames {
  service(key: string): string;
  district(key: string | null): string | undefined;
  stop(key: string): string;
}

const shortDates: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", {
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }),
};

/** "Di., 24.11.2026" of a civil date "YYYY-MM-DD". */
export function shortDate(locale: Locale, date: string): string {
  return shortDates[locale].format(new Date(`${date}T00:00:00Z`));
}

/** The civil date ("YYYY-MM-DD") and time ("HH:MM") of an instant in `timeZone`. */
export function civil(instant: string, timeZone: string): { date: string; time: string } {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone);
  return {
    date: zoned.toPlainDate().toString(),
    time: zoned.toPlainTime().toString({ smallestUnit: "minute" }),
  };
}

/** "Di., 24.11.2026" of the day an instant falls on in `timeZone`. */
export function dayOf(locale: Locale, instant: string, timeZone: string): string {
  return shortDate(locale, civil(instant, timeZone).date);
}

/**
 * When a schedule is, as one line: "Di., 24.11.2026, 09:00–12:00 Uhr" (its time window), or
 * for older schedules without one "Di., 24.11.2026, ab 09:00 Uhr" (mobile visit) or
 * "Di., 24.11.2026, 10:30 Uhr" (home visit).
 */
export function scheduleWhen(
  t: DeskMessages,
  locale: Locale,
  schedule: ScheduleView,
  timeZone: string,
): string {
  const { date, time } = civil(schedule.at, timeZone);
  const window = schedule.until
    ? t.timeRange(time, civil(schedule.until, timeZone).time)
    : schedule.kind === "mobile-visit"
      ? t.fromTime(time)
      : t.time(time);
  return t.at(shortDate(locale, date), window);
}

/** Where a schedule is: the stop, or the request's own address. */
export function scheduleWhere(t: DeskMessages, names: DeskNames, schedule: ScheduleView): string {
  return schedule.location ? names.stop(schedule.location) : t.atRequestAddress;
}
