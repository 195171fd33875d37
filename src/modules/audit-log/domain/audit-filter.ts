import { Temporal } from "temporal-polyfill";

/** Message keys of filter problems (texts live in `messages/`). */
export type FilterProblem =
  | "fromInvalid"
  | "toInvalid"
  | "toBeforeFrom"
  | "usernameInvalid"
  | "actionInvalid";
export type FilterField = "von" | "bis" | "benutzer" | "aktion";

/** The viewer's filter as the query string carries it (German names, like the page's URL). */
export interface FilterQuery {
  von?: string;
  bis?: string;
  benutzer?: string;
  aktion?: string;
}

/** A checked filter: calendar dates of the tenant's zone, a user name, an action prefix. */
export interface AuditLogFilter {
  /** first day, inclusive (YYYY-MM-DD) */
  fromDate?: string;
  /** last day, inclusive (YYYY-MM-DD) */
  toDate?: string;
  username?: string;
  actionPrefix?: string;
}

export type FilterParse =
  | { ok: true; filter: AuditLogFilter }
  | { ok: false; problems: { field: FilterField; problem: FilterProblem }[] };

/** A calendar date typed as 2026-11-21 (what date inputs send) or 21.11.2026 (what people type). */
export function parseCalendarDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : german ? [german[3], german[2], german[1]] : [];
  if (!year) return undefined;
  try {
    return Temporal.PlainDate.from(
      { year: Number(year), month: Number(month), day: Number(day) },
      { overflow: "reject" },
    ).toString();
  } catch {
    return undefined;
  }
}

const blank = (v: string | undefined) => (v ?? "").trim();

/** Checks the viewer's filter; every field gets at most one problem, in form order. */
export function parseFilter(query: FilterQuery): FilterParse {
  const problems: { field: FilterField; problem: FilterProblem }[] = [];
  const filter: AuditLogFilter = {};
  const from = blank(query.von);
  if (from) {
    filter.fromDate = parseCalendarDate(from);
    if (!filter.fromDate) problems.push({ field: "von", problem: "fromInvalid" });
  }
  const to = blank(query.bis);
  if (to) {
    filter.toDate = parseCalendarDate(to);
    if (!filter.toDate) problems.push({ field: "bis", problem: "toInvalid" });
    else if (filter.fromDate && filter.toDate < filter.fromDate) {
      problems.push({ field: "bis", problem: "toBeforeFrom" });
    }
  }
  const username = blank(query.benutzer).toLowerCase();
  if (username) {
    if (username.length > 40) problems.push({ field: "benutzer", problem: "usernameInvalid" });
    else filter.username = username;
  }
  const action = blank(query.aktion).toLowerCase();
  if (action) {
    if (!/^[a-z.-]{1,60}$/.test(action)) problems.push({ field: "aktion", problem: "actionInvalid" });
    else filter.actionPrefix = action;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filter };
}

/**
 * The instants a filter's days span in the tenant's zone: from the start of the first day to
 * the start of the day after the last (a day is 23 or 25 hours when the clocks change).
 */
export function filterInstants(filter: AuditLogFilter, timeZone: string): { from?: Date; to?: Date } {
  const startOf = (date: Temporal.PlainDate) =>
    new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds);
  return {
    from: filter.fromDate ? startOf(Temporal.PlainDate.from(filter.fromDate)) : undefined,
    to: filter.toDate ? startOf(Temporal.PlainDate.from(filter.toDate).add({ days: 1 })) : undefined,
  };
}

/** An instant as local time in the zone, the way spreadsheets read it: 2026-11-21 10:15:03. */
export function localDateTime(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: "second" })
    .replace("T", " ");
}

/** Today's date in the zone (for file names). */
export function todayIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}
