import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";
import { Slug } from "../../../domain/text";
import { Weekday } from "../../../domain/weekday";

/** A civil clock time "HH:MM" (00:00–23:59) in the tenant's time zone. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time as HH:MM");
export type ClockTime = z.infer<typeof ClockTime>;

/** A calendar date "YYYY-MM-DD". */
export const IsoDate = z.iso.date();

/** True when the IANA time zone is known to Temporal (e.g. "Europe/Berlin"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * How often a plan repeats.
 * - `weekly`: every N-th ISO week (Monday to Sunday), counted from the week that contains
 *   the plan's `validFrom` (that week is week 0, so it always takes part).
 * - `monthly`: the N-th given weekday of the month (1–5), or the last one (-1). With `nth: 5`
 *   only months that have five of that weekday take part.
 */
export const Recurrence = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("weekly"), everyWeeks: z.number().int().min(1).max(8) }),
  z.object({
    kind: z.literal("monthly"),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
  }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

/** Civil opening time on the given weekdays ("Mo–Fr 08:00–12:00"); `start` before `end`. */
export const OpeningWindow = z
  .object({
    weekdays: z.array(Weekday).min(1),
    start: ClockTime,
    end: ClockTime,
  })
  .refine((w) => w.start < w.end, { message: "start must be before end", path: ["end"] });
export type OpeningWindow = z.infer<typeof OpeningWindow>;

/**
 * One counter (Schalter, or the mobile office's desk): how many appointments it takes in
 * parallel per slot unit. Online booking may use `publicCapacity`; staff may use
 * `publicCapacity + staffCapacity` (the rest is held back for phone and urgent cases).
 */
export const Counter = z.object({
  key: Slug,
  publicCapacity: z.number().int().nonnegative(),
  staffCapacity: z.number().int().nonnegative(),
});
export type Counter = z.infer<typeof Counter>;

/** How far ahead a plan's slots can be booked, in civil days from today in the tenant's zone. */
export const BookingWindow = z
  .object({
    minDaysAhead: z.number().int().nonnegative(),
    maxDaysAhead: z.number().int().min(1),
  })
  .refine((b) => b.minDaysAhead <= b.maxDaysAhead, {
    message: "minDaysAhead must not exceed maxDaysAhead",
    path: ["maxDaysAhead"],
  });
export type BookingWindow = z.infer<typeof BookingWindow>;

/** When and how one location takes appointments. */
export const OpeningPlan = z
  .object({
    key: Slug,
    location: Slug,
    validFrom: IsoDate,
    /** inclusive; null = open-ended */
    validTo: IsoDate.nullable(),
    recurrence: Recurrence,
    windows: z.array(OpeningWindow).min(1),
    /** length of one slot unit in minutes of real (elapsed) time */
    slotMinutes: z.number().int().min(5).max(120),
    counters: z.array(Counter).min(1),
    bookingWindow: BookingWindow,
    /** "all": every service the location offers; otherwise only these */
    services: z.union([z.literal("all"), z.array(Slug).min(1)]),
  })
  .superRefine((plan, ctx) => {
    if (plan.validTo !== null && plan.validTo < plan.validFrom) {
      ctx.addIssue({ code: "custom", message: "validTo must not be before validFrom", path: ["validTo"] });
    }
    const keys = plan.counters.map((c) => c.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        ctx.addIssue({ code: "custom", message: `duplicate counter "${key}"`, path: ["counters", i, "key"] });
      }
    });
    plan.windows.forEach((a, i) => {
      plan.windows.slice(0, i).forEach((b) => {
        const sharedDay = a.weekdays.some((d) => b.weekdays.includes(d));
        if (sharedDay && a.start < b.end && b.start < a.end) {
          ctx.addIssue({
            code: "custom",
            message: `window ${a.start}–${a.end} overlaps ${b.start}–${b.end} on a shared weekday`,
            path: ["windows", i],
          });
        }
      });
    });
  });
export type OpeningPlan = z.infer<typeof OpeningPlan>;

/** Days (inclusive) on which a location — or every location — takes no appointments. */
export const Closure = z
  .object({
    location: z.union([z.literal("all"), Slug]),
    from: IsoDate,
    to: IsoDate,
    reason: LocalizedText,
  })
  .refine((c) => c.from <= c.to, { message: "to must not be before from", path: ["to"] });
export type Closure = z.infer<typeof Closure>;

/** German states as `date-holidays` names them. */
export const GERMAN_STATES = [
  "BB",
  "BE",
  "BW",
  "BY",
  "HB",
  "HE",
  "HH",
  "MV",
  "NI",
  "NW",
  "RP",
  "SH",
  "SL",
  "SN",
  "ST",
  "TH",
] as const;

/** Where public holidays are taken from (country and state decide them in Germany). */
export const HolidayRegion = z.object({ country: z.literal("DE"), state: z.enum(GERMAN_STATES) });
export type HolidayRegion = z.infer<typeof HolidayRegion>;

/** The tenant file `opening-plans.json`. */
export const OpeningPlansFile = z
  .object({
    timeZone: z.string().refine(isKnownTimeZone, "unknown IANA time zone"),
    holidayRegion: HolidayRegion,
    plans: z.array(OpeningPlan),
    closures: z.array(Closure),
  })
  .superRefine((file, ctx) => {
    const keys = file.plans.map((p) => p.key);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        ctx.addIssue({ code: "custom", message: `duplicate plan "${key}"`, path: ["plans", i, "key"] });
      }
    });
  });
export type OpeningPlansFile = z.infer<typeof OpeningPlansFile>;
