import { WEEKDAYS, type Weekday } from "../domain/location";

/**
 * An opening plan as the place page reads it: the shape of booking's `OpeningPlan`, named
 * here so that places do not import booking (which imports places).
 */
export interface PlanWindows {
  key: string;
  location: string;
  validFrom: string;
  validTo: string | null;
  recurrence: { kind: "weekly"; everyWeeks: number } | { kind: "monthly"; nth: number };
  windows: readonly { weekdays: readonly Weekday[]; start: string; end: string }[];
}

/** One weekday's windows ("Dienstag: 08:00 bis 12:00 Uhr, 14:00 bis 18:00 Uhr"). */
export interface DayHours {
  day: Weekday;
  windows: { start: string; end: string }[];
}

/** The opening hours of one recurring plan, as the place page shows them. */
export interface PlanHours {
  /** shown when the plan starts after today */
  validFrom: string | undefined;
  validTo: string | null;
  recurrence: PlanWindows["recurrence"];
  days: DayHours[];
  /** the next day with hours, for plans that do not repeat every week */
  nextDate: string | undefined;
}

/** A visit on one day only (a one-off plan of a mobile stop). */
export interface ExtraDay {
  date: string;
  windows: { start: string; end: string }[];
}

export interface PlaceHours {
  plans: PlanHours[];
  extraDays: ExtraDay[];
}

/**
 * The opening hours of a place from the opening plans that drive its booking: every plan
 * of the place that has not ended by `today`, its windows by weekday in week order; plans
 * valid for one day are extra days. `nextDate` gives the first day from today on with a
 * session of a plan (after closures and holidays): shown for plans that skip weeks.
 */
export function placeHours(
  plans: readonly PlanWindows[],
  location: string,
  today: string,
  nextDate: (planKey: string) => string | undefined,
): PlaceHours {
  const current = plans
    .filter((p) => p.location === location && (p.validTo === null || p.validTo >= today))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
  const windowsOn = (p: PlanWindows, day: Weekday) =>
    p.windows
      .filter((w) => w.weekdays.includes(day))
      .map((w) => ({ start: w.start, end: w.end }))
      .sort((a, b) => (a.start < b.start ? -1 : 1));
  const oneDay = (p: PlanWindows) => p.validFrom === p.validTo;
  return {
    plans: current
      .filter((p) => !oneDay(p))
      .map((p) => ({
        validFrom: p.validFrom > today ? p.validFrom : undefined,
        validTo: p.validTo,
        recurrence: p.recurrence,
        days: WEEKDAYS.map((day) => ({ day, windows: windowsOn(p, day) })).filter(
          (d) => d.windows.length > 0,
        ),
        nextDate:
          p.recurrence.kind === "weekly" && p.recurrence.everyWeeks === 1 ? undefined : nextDate(p.key),
      })),
    // a one-off visit is shown while it still takes place (not past, not closed)
    extraDays: current.filter(oneDay).flatMap((p) => {
      const windows = windowsOn(p, weekdayOf(p.validFrom));
      return windows.length > 0 && nextDate(p.key) === p.validFrom ? [{ date: p.validFrom, windows }] : [];
    }),
  };
}

/** The weekday of a civil date "YYYY-MM-DD" (calendar arithmetic only, no clock). */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7] as Weekday;
}
