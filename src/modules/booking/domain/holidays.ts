import Holidays from "date-holidays";
import type { HolidayRegion } from "./opening-plan";

/**
 * Public holidays (gesetzliche Feiertage) of a German state, from `date-holidays`. Only its
 * type "public" counts: 24 and 31 December ("bank", half days) and observances such as
 * Reformation Day outside the states that keep it are ordinary working days.
 */

const calendars = new Map<string, Holidays>();
const byYear = new Map<string, readonly string[]>();

function calendar(region: HolidayRegion): Holidays {
  const id = `${region.country}-${region.state}`;
  let hd = calendars.get(id);
  if (!hd) {
    hd = new Holidays(region.country, region.state);
    calendars.set(id, hd);
  }
  return hd;
}

function datesOf(region: HolidayRegion, year: number): readonly string[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new RangeError(`year out of range: ${year}`);
  const id = `${region.country}-${region.state}-${year}`;
  let dates = byYear.get(id);
  if (!dates) {
    dates = calendar(region)
      .getHolidays(year)
      .filter((h) => h.type === "public")
      // "YYYY-MM-DD hh:mm:ss" in the region's own calendar
      .map((h) => h.date.slice(0, 10));
    byYear.set(id, dates);
  }
  return dates;
}

/** ISO dates ("YYYY-MM-DD") of the public holidays of `region` in `year` (a fresh set). */
export function publicHolidays(region: HolidayRegion, year: number): Set<string> {
  return new Set(datesOf(region, year));
}

/** ISO dates of the public holidays of `region` from `from` to `to` (inclusive ISO dates). */
export function publicHolidaysBetween(region: HolidayRegion, from: string, to: string): Set<string> {
  const result = new Set<string>();
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const date of datesOf(region, year)) if (date >= from && date <= to) result.add(date);
  }
  return result;
}

/** True when the ISO date is a public holiday in `region`. */
export function isPublicHoliday(region: HolidayRegion, date: string): boolean {
  return datesOf(region, Number(date.slice(0, 4))).includes(date);
}
