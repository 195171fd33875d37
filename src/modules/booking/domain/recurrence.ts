import { Temporal } from "temporal-polyfill";
import { WEEKDAYS, type Weekday } from "../../../domain/weekday";
import type { Recurrence } from "./opening-plan";

/** The weekday key ("mo" … "su") of a date. */
export function weekdayOf(date: Temporal.PlainDate): Weekday {
  const day = WEEKDAYS[date.dayOfWeek - 1];
  if (day === undefined) throw new RangeError(`no weekday for ${date.toString()}`);
  return day;
}

function mondayOf(date: Temporal.PlainDate): Temporal.PlainDate {
  return date.subtract({ days: date.dayOfWeek - 1 });
}

/** Whole ISO weeks from the week of `from` to the week of `date` (negative when before). */
export function weeksBetween(from: Temporal.PlainDate, date: Temporal.PlainDate): number {
  return mondayOf(from).until(mondayOf(date), { largestUnit: "days" }).days / 7;
}

/**
 * True when a plan that starts on `validFrom` repeats on `date` (its weekday already being one of
 * the window's): weekly — `date` lies in week 0, N, 2N … counted from the week of `validFrom`;
 * monthly — `date` is the nth (or last, -1) such weekday of its month.
 */
export function recursOn(recurrence: Recurrence, validFrom: string, date: Temporal.PlainDate): boolean {
  if (recurrence.kind === "weekly") {
    const weeks = weeksBetween(Temporal.PlainDate.from(validFrom), date);
    return weeks >= 0 && weeks % recurrence.everyWeeks === 0;
  }
  if (recurrence.nth === -1) return date.day + 7 > date.daysInMonth;
  return Math.ceil(date.day / 7) === recurrence.nth;
}
