import { Temporal } from "temporal-polyfill";
import type { Locale } from "../../domain/locale";
import { instantToCivil } from "../../domain/zoned-time";
import type { Session } from "../booking";
import type { District, Location } from "../locations";

/** How far the list of next visits looks ahead. */
export const LIST_WEEKS = 8;
/** How far a stop's calendar feed looks ahead. */
export const FEED_WEEKS = 26;
/** The months the monthly overview may show, counted from the current month. */
export const MONTHS_BACK = 12;
export const MONTHS_AHEAD = 24;

/** A mobile stop with its district. */
export interface Stop {
  location: Location;
  district: District | undefined;
}

/** One visit of the mobile Stadtbüro at a stop: a session with its civil times. */
export interface Visit {
  stop: Stop;
  session: Session;
  /** civil date in the tenant's zone, "YYYY-MM-DD" */
  date: string;
  /** civil times in the tenant's zone, "HH:MM" */
  from: string;
  to: string;
}

/** The short name of a stop: its district ("Cappel"), else the place's own name. */
export function stopLabel(stop: Stop, locale: Locale): string {
  return stop.district?.name ?? stop.location.name[locale];
}

/** Stops sorted by their short name, as residents look for their district. */
export function sortStops(stops: Stop[], locale: Locale): Stop[] {
  return [...stops].sort((a, b) => stopLabel(a, locale).localeCompare(stopLabel(b, locale), locale));
}

/** The visits among `sessions` that belong to one of `stops`, in time order. */
export function visitsAt(stops: readonly Stop[], sessions: readonly Session[], timeZone: string): Visit[] {
  const byKey = new Map(stops.map((s) => [s.location.key, s]));
  const visits: Visit[] = [];
  for (const session of sessions) {
    const stop = byKey.get(session.location);
    if (!stop) continue;
    visits.push({
      stop,
      session,
      date: session.date,
      from: instantToCivil(session.start, timeZone).time,
      to: instantToCivil(session.end, timeZone).time,
    });
  }
  return visits;
}

/** The last day of a span of `weeks` weeks starting on (and including) `from`. */
export function lastDayOfWeeks(from: string, weeks: number): string {
  return Temporal.PlainDate.from(from).add({ weeks }).subtract({ days: 1 }).toString();
}

/**
 * The month of a `monat` parameter ("2026-12"), or undefined when it is not a month.
 * Only the strict form YYYY-MM is accepted.
 */
export function parseMonth(value: string): Temporal.PlainYearMonth | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!match) return undefined;
  return Temporal.PlainYearMonth.from({ year: Number(match[1]), month: Number(match[2]) });
}

/** The first and last month the monthly overview shows, around the month of `today`. */
export function monthRange(today: string): { first: Temporal.PlainYearMonth; last: Temporal.PlainYearMonth } {
  const current = Temporal.PlainDate.from(today).toPlainYearMonth();
  return {
    first: current.subtract({ months: MONTHS_BACK }),
    last: current.add({ months: MONTHS_AHEAD }),
  };
}

export function inMonthRange(month: Temporal.PlainYearMonth, today: string): boolean {
  const { first, last } = monthRange(today);
  return (
    Temporal.PlainYearMonth.compare(first, month) <= 0 && Temporal.PlainYearMonth.compare(month, last) <= 0
  );
}

/**
 * The weeks of a month as rows Monday to Sunday: each cell is a date of the month
 * ("YYYY-MM-DD") or null for the days before the first and after the last.
 */
export function monthWeeks(month: Temporal.PlainYearMonth): (string | null)[][] {
  const first = month.toPlainDate({ day: 1 });
  const cells: (string | null)[] = Array.from({ length: first.dayOfWeek - 1 }, () => null);
  for (let day = 1; day <= month.daysInMonth; day++) cells.push(month.toPlainDate({ day }).toString());
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Visits grouped by date. */
export function visitsByDate(visits: readonly Visit[]): Map<string, Visit[]> {
  const map = new Map<string, Visit[]>();
  for (const v of visits) {
    const list = map.get(v.date);
    if (list) list.push(v);
    else map.set(v.date, [v]);
  }
  return map;
}

/**
 * Stable calendar UIDs for visits: `<plan>-<date>@<tenant>.stadtbuero`, so a visit keeps
 * its UID when its times change. A second window of the same plan on the same day gets
 * `-2`, and so on.
 */
export function visitUids(visits: readonly Visit[], tenantId: string): string[] {
  const seen = new Map<string, number>();
  return visits.map((v) => {
    const base = `${v.session.planKey}-${v.date}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${n === 1 ? base : `${base}-${n}`}@${tenantId}.stadtbuero`;
  });
}

const longDates: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { dateStyle: "full", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: "UTC" }),
};
/** "Dienstag, 24. November 2026" of a civil date. */
export function formatLongDate(locale: Locale, date: string): string {
  return longDates[locale].format(new Date(`${date}T00:00:00Z`));
}

const dayMonth: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }),
};
/** "24. November" of a civil date. */
export function formatDayMonth(locale: Locale, date: string): string {
  return dayMonth[locale].format(new Date(`${date}T00:00:00Z`));
}

const monthNames: Record<Locale, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat("de-DE", { month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
};
/** "Dezember 2026" of a month. */
export function formatMonth(locale: Locale, month: Temporal.PlainYearMonth): string {
  return monthNames[locale].format(new Date(`${month.toPlainDate({ day: 1 }).toString()}T00:00:00Z`));
}
