import { publicHolidaysBetween } from "./domain/holidays";
import type { OpeningPlansFile } from "./domain/opening-plan";
import { expandSessions, type Session } from "./domain/sessions";

/** Ranges kept per plans file; a day's pages ask for a handful (one per place and window). */
const MAX_RANGES = 2000;

/**
 * Sessions of a plans file, expanded once per (place, from, to) and kept with that file.
 * Expanding plans (recurrence, closures, holidays, Temporal) was most of the CPU of a time
 * page; the result depends on nothing but the file and the range. The memo hangs on the file
 * object itself, and `BookingService` gets a new object exactly when the plans or closures
 * change (the catalogue revision rises, or `reload()`), so a changed plan is never answered
 * from the memo; an old file and its ranges are left to the garbage collector.
 */
export class SessionMemo {
  private readonly byFile = new WeakMap<OpeningPlansFile, Map<string, readonly Session[]>>();

  /** The sessions of `file` between two civil dates (at one place, or all), closures and holidays left out. */
  sessions(file: OpeningPlansFile, filter: { location?: string; from: string; to: string }): Session[] {
    let ranges = this.byFile.get(file);
    if (!ranges) {
      ranges = new Map();
      this.byFile.set(file, ranges);
    }
    const key = `${filter.location ?? "*"}|${filter.from}|${filter.to}`;
    let sessions = ranges.get(key);
    if (!sessions) {
      sessions = Object.freeze(expandPlanSessions(file, filter).map((s) => Object.freeze(s)));
      // Ranges move with the date; a bound keeps a long-running process from collecting them.
      if (ranges.size >= MAX_RANGES) ranges.clear();
      ranges.set(key, sessions);
    }
    // A fresh array: callers filter and sort it; the sessions themselves are frozen.
    return [...sessions];
  }
}

/** Sessions of a plans file between two civil dates, with its closures and the public holidays left out. */
export function expandPlanSessions(
  file: OpeningPlansFile,
  filter: { location?: string; from: string; to: string },
): Session[] {
  const plans = filter.location ? file.plans.filter((p) => p.location === filter.location) : file.plans;
  return expandSessions({
    plans,
    closures: file.closures,
    holidays: publicHolidaysBetween(file.holidayRegion, filter.from, filter.to),
    timeZone: file.timeZone,
    from: filter.from,
    to: filter.to,
  });
}
