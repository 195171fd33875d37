import { Temporal } from "temporal-polyfill";
import { isCleanText } from "../../../domain/text";
import { SCHEDULED_KINDS } from "./visit-status";

/** Longest note for the team, in characters (the database checks the same). */
export const MAX_SCHEDULE_NOTE = 500;
/** How far ahead a visit of the mobile Stadtbüro can be chosen, as on the public tour plan. */
export const MOBILE_VISIT_WEEKS = 8;
/** How far ahead a home visit can be set: a guard against a mistyped year. */
export const MAX_HOME_VISIT_DAYS = 366;

/** The scheduling form's fields in the order they appear: problems are reported in this order. */
export const SCHEDULING_FIELDS = [
  "kind",
  "stop",
  "visitDate",
  "homeDate",
  "homeTime",
  "homeUntil",
  "note",
] as const;
export type SchedulingField = (typeof SCHEDULING_FIELDS)[number];

/** Message keys of scheduling problems (texts live in the module's catalogue). */
export type SchedulingProblem =
  | "kindRequired"
  | "stopRequired"
  | "stopInvalid"
  | "visitDateRequired"
  | "visitDateInvalid"
  | "visitDatePast"
  | "visitDateNoVisit"
  | "homeDateRequired"
  | "homeDateInvalid"
  | "homeDatePast"
  | "homeDateTooFar"
  | "homeTimeRequired"
  | "homeTimeInvalid"
  | "homeTimePast"
  | "homeUntilRequired"
  | "homeUntilInvalid"
  | "homeUntilNotAfter"
  | "noteTooLong"
  | "noteInvalidCharacters";

/** A visit of the mobile Stadtbüro at a stop that a request can be scheduled into. */
export interface MobileVisit {
  stop: string;
  /** civil date in the tenant's zone, "YYYY-MM-DD" */
  date: string;
  /** instants ("…Z") */
  start: string;
  end: string;
}

export interface SchedulingOptions {
  /** every stop by key, with its visits that can still be chosen (see `choosableVisits`) */
  visitsByStop: ReadonlyMap<string, readonly MobileVisit[]>;
  timeZone: string;
  now: Temporal.Instant;
}

/**
 * A valid schedule: the time window of the visit (instants; a mobile visit's is the stop's
 * session, a home visit's the window in which the team arrives), and the stop of a mobile visit.
 */
export type Schedule =
  | { kind: "mobile-visit"; location: string; date: string; at: string; end: string; note?: string }
  | { kind: "home-visit"; date: string; at: string; end: string; note?: string };

export type SchedulingParse =
  | { ok: true; value: Schedule }
  | { ok: false; problems: { field: SchedulingField; problem: SchedulingProblem }[] };

/** The visits among `visits` that have not begun at `now` and start before the end of the window. */
export function choosableVisits(
  visits: readonly MobileVisit[],
  now: Temporal.Instant,
  timeZone: string,
): MobileVisit[] {
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const last = today.add({ weeks: MOBILE_VISIT_WEEKS }).subtract({ days: 1 }).toString();
  return visits.filter(
    (v) => Temporal.Instant.compare(Temporal.Instant.from(v.start), now) > 0 && v.date <= last,
  );
}

/** A civil date typed as "2026-11-24" (date inputs) or "24.11.2026" (typed by hand); undefined when none. */
export function parseCivilDate(value: string): Temporal.PlainDate | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : german
      ? [german[3], german[2], german[1]]
      : [undefined, undefined, undefined];
  if (!year || !month || !day) return undefined;
  try {
    return Temporal.PlainDate.from(
      { year: Number(year), month: Number(month), day: Number(day) },
      { overflow: "reject" },
    );
  } catch {
    return undefined;
  }
}

/** A civil time typed as "09:30", "9:30" or "9.30" (seconds from some time inputs are dropped); undefined when none. */
export function parseCivilTime(value: string): Temporal.PlainTime | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  return new Temporal.PlainTime(hour, minute);
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/**
 * Validates the scheduling form: a mobile visit needs a stop and a date on which the mobile
 * Stadtbüro visits that stop (within `MOBILE_VISIT_WEEKS`, not yet begun); a home visit needs
 * a date and a time window (from, until, the same day) in the tenant's zone that has not
 * begun. The fields of the kind not chosen are ignored. Every field gets at most one problem,
 * in form order.
 * @example parseScheduling({ kind: "home-visit", homeDate: "2026-11-24", homeTime: "10:30", homeUntil: "11:30" }, options)
 */
export function parseScheduling(form: Record<string, unknown>, options: SchedulingOptions): SchedulingParse {
  const problems: { field: SchedulingField; problem: SchedulingProblem }[] = [];
  const problem = (field: SchedulingField, key: SchedulingProblem) => problems.push({ field, problem: key });
  const today = options.now.toZonedDateTimeISO(options.timeZone).toPlainDate();

  const kind = SCHEDULED_KINDS.find((k) => k === form.kind);
  if (!kind) problem("kind", "kindRequired");

  let schedule: Schedule | undefined;
  if (kind === "mobile-visit") {
    const stop = text(form.stop);
    const visits = options.visitsByStop.get(stop);
    if (!stop) problem("stop", "stopRequired");
    else if (!visits) problem("stop", "stopInvalid");
    const dateText = text(form.visitDate);
    const date = parseCivilDate(dateText);
    if (!dateText) problem("visitDate", "visitDateRequired");
    else if (!date) problem("visitDate", "visitDateInvalid");
    else if (Temporal.PlainDate.compare(date, today) < 0) problem("visitDate", "visitDatePast");
    else if (visits) {
      const visit = choosableVisits(visits, options.now, options.timeZone).find(
        (v) => v.date === date.toString(),
      );
      if (!visit) problem("visitDate", "visitDateNoVisit");
      else schedule = { kind, location: stop, date: visit.date, at: visit.start, end: visit.end };
    }
  }
  if (kind === "home-visit") {
    const dateText = text(form.homeDate);
    const timeText = text(form.homeTime);
    const untilText = text(form.homeUntil);
    const date = parseCivilDate(dateText);
    const time = parseCivilTime(timeText);
    const until = parseCivilTime(untilText);
    let dateOk = false;
    if (!dateText) problem("homeDate", "homeDateRequired");
    else if (!date) problem("homeDate", "homeDateInvalid");
    else if (Temporal.PlainDate.compare(date, today) < 0) problem("homeDate", "homeDatePast");
    else if (today.until(date, { largestUnit: "days" }).days > MAX_HOME_VISIT_DAYS)
      problem("homeDate", "homeDateTooFar");
    else dateOk = true;
    if (!timeText) problem("homeTime", "homeTimeRequired");
    else if (!time) problem("homeTime", "homeTimeInvalid");
    if (!untilText) problem("homeUntil", "homeUntilRequired");
    else if (!until) problem("homeUntil", "homeUntilInvalid");
    else if (time && Temporal.PlainTime.compare(until, time) <= 0) problem("homeUntil", "homeUntilNotAfter");
    if (dateOk && date && time) {
      // "compatible": a time in the spring-forward gap moves forward, as booking does.
      const instant = (t: Temporal.PlainTime) =>
        date
          .toPlainDateTime(t)
          .toZonedDateTime(options.timeZone, { disambiguation: "compatible" })
          .toInstant();
      const at = instant(time);
      const end = until && Temporal.PlainTime.compare(until, time) > 0 ? instant(until) : undefined;
      if (Temporal.Instant.compare(at, options.now) <= 0) problem("homeTime", "homeTimePast");
      // a window inside the spring-forward gap can collapse: it must still end after it starts
      else if (end && Temporal.Instant.compare(end, at) <= 0) problem("homeUntil", "homeUntilNotAfter");
      else if (end) schedule = { kind, date: date.toString(), at: at.toString(), end: end.toString() };
    }
  }

  const note = text(form.note).replace(/\r\n/g, "\n");
  // Characters as the database counts them (code points), not UTF-16 units.
  if ([...note].length > MAX_SCHEDULE_NOTE) problem("note", "noteTooLong");
  else if (!isCleanText(note)) problem("note", "noteInvalidCharacters");

  if (problems.length > 0 || !schedule) {
    const ordered = SCHEDULING_FIELDS.flatMap((f) => problems.filter((p) => p.field === f));
    return { ok: false, problems: ordered };
  }
  return { ok: true, value: note ? { ...schedule, note } : schedule };
}
