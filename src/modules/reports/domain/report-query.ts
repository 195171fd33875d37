import { Temporal } from "temporal-polyfill";

/** The longest range one report covers, in days (a leap year). */
export const MAX_RANGE_DAYS = 366;
/** The default range: this many days, up to and including today. */
export const DEFAULT_RANGE_DAYS = 7;

/** A report's question: the days from `from` to `to` (both included), at one place or all. */
export interface ReportQuery {
  from: string;
  to: string;
  /** a place's key; null: all places */
  location: string | null;
}

/** The query's fields as they come from the form (`von`, `bis`, `ort`). */
export interface RawReportQuery {
  von?: string;
  bis?: string;
  ort?: string;
}

export type ReportField = "von" | "bis" | "ort";
export type ReportProblem =
  /** not a date in a known notation */
  | "invalid"
  /** well-formed, but no such day (31 April) */
  | "no-such-date"
  /** the end lies before the start */
  | "end-before-start"
  /** longer than MAX_RANGE_DAYS */
  | "too-long"
  /** not one of the places */
  | "unknown-location";

export interface ReportQueryProblem {
  field: ReportField;
  problem: ReportProblem;
}

export type ReportQueryResult =
  | { ok: true; query: ReportQuery }
  | { ok: false; problems: ReportQueryProblem[] };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Reads a date as the form sends it: ISO (`2026-11-23`, what date inputs send) or German
 * (`23.11.2026`, typed where the browser shows a text field).
 */
export function parseDate(text: string): { ok: true; date: string } | { ok: false; problem: ReportProblem } {
  const iso = ISO_DATE.exec(text);
  const german = iso ? undefined : GERMAN_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : undefined;
  if (!parts) return { ok: false, problem: "invalid" };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  // outside these years it is a typing error, and the database's date type would refuse year 0
  if (year < 1900 || year > 2999) return { ok: false, problem: "invalid" };
  try {
    return {
      ok: true,
      date: Temporal.PlainDate.from({ year, month, day }, { overflow: "reject" }).toString(),
    };
  } catch {
    return { ok: false, problem: "no-such-date" };
  }
}

/** The civil date of `now` in `timeZone`, YYYY-MM-DD. */
export function civilToday(now: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days + 1;
}

/** The instants where the range's first day begins and the day after its last begins, in `timeZone`. */
export function rangeInstants(query: ReportQuery, timeZone: string): { start: string; end: string } {
  const startOf = (date: string) =>
    Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).toInstant().toString();
  return { start: startOf(query.from), end: startOf(addDays(query.to, 1)) };
}

/**
 * Checks a report query. An empty `bis` means today; an empty `von` means DEFAULT_RANGE_DAYS
 * days up to the end; an empty `ort` means all places.
 * @returns the query, or every problem found (at most one per field)
 */
export function readReportQuery(
  raw: RawReportQuery,
  context: { today: string; locations: ReadonlySet<string> },
): ReportQueryResult {
  const problems: ReportQueryProblem[] = [];
  const text = (value: string | undefined) => value?.trim() ?? "";

  let to: string | undefined = context.today;
  if (text(raw.bis) !== "") {
    const parsed = parseDate(text(raw.bis));
    if (parsed.ok) to = parsed.date;
    else {
      to = undefined;
      problems.push({ field: "bis", problem: parsed.problem });
    }
  }
  let from: string | undefined;
  if (text(raw.von) !== "") {
    const parsed = parseDate(text(raw.von));
    if (parsed.ok) from = parsed.date;
    else problems.push({ field: "von", problem: parsed.problem });
  } else if (to !== undefined) {
    from = addDays(to, 1 - DEFAULT_RANGE_DAYS);
  }
  if (from !== undefined && to !== undefined) {
    if (to < from) problems.push({ field: "bis", problem: "end-before-start" });
    else if (daysBetween(from, to) > MAX_RANGE_DAYS) problems.push({ field: "bis", problem: "too-long" });
  }
  const location = text(raw.ort) === "" ? null : text(raw.ort);
  if (location !== null && !context.locations.has(location)) {
    problems.push({ field: "ort", problem: "unknown-location" });
  }
  if (problems.length > 0 || from === undefined || to === undefined) {
    const order: ReportField[] = ["von", "bis", "ort"];
    return { ok: false, problems: problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
  }
  return { ok: true, query: { from, to, location } };
}
