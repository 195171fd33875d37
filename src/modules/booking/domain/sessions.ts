import { Temporal } from "temporal-polyfill";
import { civilToInstant } from "../../../domain/zoned-time";
import type { BookingWindow, Closure, Counter, OpeningPlan } from "./opening-plan";
import { recursOn, weekdayOf } from "./recurrence";

/**
 * One opening window of one plan on one date.
 *
 * `start` and `end` are canonical UTC instant strings ("2026-03-30T06:00:00Z", see
 * `zoned-time.ts`), converted from the window's civil times in the tenant's zone with
 * Temporal's "compatible" disambiguation: a civil time inside the spring-forward gap moves
 * forward by the gap (02:00 → 03:00), a repeated civil time on the fall-back day means its
 * first occurrence. A window whose converted start is not before its converted end (only
 * possible for windows lying wholly in the gap) yields no session.
 */
export interface Session {
  planKey: string;
  location: string;
  /** civil date in the tenant's zone, "YYYY-MM-DD" */
  date: string;
  start: string;
  end: string;
  slotMinutes: number;
  /** in the plan's order, which is the order counters are filled in */
  counters: readonly Counter[];
  services: "all" | readonly string[];
  /** the plan's booking window, for callers of `freeSlots` */
  bookingWindow: BookingWindow;
}

export interface ExpandSessionsInput {
  plans: readonly OpeningPlan[];
  closures: readonly Closure[];
  /** ISO dates of public holidays covering [from, to] (see `publicHolidaysBetween`) */
  holidays: ReadonlySet<string>;
  timeZone: string;
  /** first civil date, "YYYY-MM-DD" */
  from: string;
  /** last civil date (inclusive) */
  to: string;
}

/** The longest range `expandSessions` accepts, in days (three years). */
export const MAX_EXPANSION_DAYS = 1100;

function isClosed(closures: readonly Closure[], location: string, date: string): boolean {
  return closures.some(
    (c) => (c.location === "all" || c.location === location) && c.from <= date && date <= c.to,
  );
}

/** Sessions of the plans from `from` to `to` (inclusive) without closures and public holidays, sorted by start. */
export function expandSessions(input: ExpandSessionsInput): Session[] {
  const first = Temporal.PlainDate.from(input.from);
  const last = Temporal.PlainDate.from(input.to);
  if (Temporal.PlainDate.compare(first, last) > 0) return [];
  const days = first.until(last, { largestUnit: "days" }).days + 1;
  if (days > MAX_EXPANSION_DAYS) throw new RangeError(`range of ${days} days exceeds ${MAX_EXPANSION_DAYS}`);

  const sessions: Session[] = [];
  for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const date = day.toString();
    if (input.holidays.has(date)) continue;
    const weekday = weekdayOf(day);
    for (const plan of input.plans) {
      if (date < plan.validFrom || (plan.validTo !== null && date > plan.validTo)) continue;
      if (!recursOn(plan.recurrence, plan.validFrom, day)) continue;
      if (isClosed(input.closures, plan.location, date)) continue;
      for (const window of plan.windows) {
        if (!window.weekdays.includes(weekday)) continue;
        const start = civilToInstant(date, window.start, input.timeZone);
        const end = civilToInstant(date, window.end, input.timeZone);
        if (Temporal.Instant.compare(start, end) >= 0) continue;
        sessions.push({
          planKey: plan.key,
          location: plan.location,
          date,
          start: start.toString(),
          end: end.toString(),
          slotMinutes: plan.slotMinutes,
          counters: plan.counters,
          services: plan.services,
          bookingWindow: plan.bookingWindow,
        });
      }
    }
  }
  return sessions.sort(
    (a, b) =>
      compareStrings(a.start, b.start) ||
      compareStrings(a.location, b.location) ||
      compareStrings(a.planKey, b.planKey),
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the session takes appointments for the service (`services` "all" or listing it). */
export function sessionOffers(session: Session, serviceKey: string): boolean {
  return session.services === "all" || session.services.includes(serviceKey);
}

/**
 * Pairs of sessions of one location that overlap in time and share a counter key. Units of
 * such sessions would not line up, so one physical counter could be booked twice: plans must
 * not produce any (the tenant data test checks it).
 */
export function overlappingSessions(sessions: readonly Session[]): Array<[Session, Session]> {
  const sorted = [...sessions].sort((a, b) => compareStrings(a.start, b.start));
  const pairs: Array<[Session, Session]> = [];
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (b.start >= a.end) break;
      if (a.location !== b.location) continue;
      if (a.counters.some((c) => b.counters.some((d) => d.key === c.key))) pairs.push([a, b]);
    }
  });
  return pairs;
}
