import { WEEKDAYS } from "../../../domain/weekday";
import type { Closure, OpeningPlan } from "../../booking/domain/index";
import {
  clockTimeOf,
  type FormValues,
  type IssuePlacement,
  isoDateOf,
  listOf,
  type Problem,
  textOf,
  textProblem,
  wholeNumberOf,
} from "./form-values";

/**
 * The opening-plan form (validity, recurrence, windows, slot length, booking window) and
 * the closure form. Counters and services of a plan are kept as they are (counters are
 * edited with their place). The booking module's `OpeningPlansFile` schema has the last word.
 */

export { WEEKDAYS };
/** window rows the form offers; blank rows are left out */
export const WINDOW_ROWS = 6;
export const NTH_CHOICES = ["1", "2", "3", "4", "5", "-1"] as const;
export const RECURRENCE_KINDS = ["weekly", "monthly"] as const;
export const REASON_MAX = 300;

export const windowField = (row: number, part: "days" | "start" | "end") => `window-${row}-${part}`;

/** The plan form's fields in the order the page shows them. */
export const PLAN_FIELDS = [
  "valid-from",
  "valid-to",
  "recurrence",
  "every-weeks",
  "nth",
  ...Array.from({ length: WINDOW_ROWS }, (_, row) => [
    windowField(row, "days"),
    windowField(row, "start"),
    windowField(row, "end"),
  ]).flat(),
  "slot-minutes",
  "min-days",
  "max-days",
];

/** What a plan brings that the form does not change. */
export type PlanBase = Pick<OpeningPlan, "key" | "location" | "counters" | "services">;

export function planFormValues(plan: OpeningPlan): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    "valid-from": plan.validFrom,
    "valid-to": plan.validTo ?? "",
    recurrence: plan.recurrence.kind,
    "every-weeks": plan.recurrence.kind === "weekly" ? String(plan.recurrence.everyWeeks) : "1",
    nth: plan.recurrence.kind === "monthly" ? String(plan.recurrence.nth) : "1",
    "slot-minutes": String(plan.slotMinutes),
    "min-days": String(plan.bookingWindow.minDaysAhead),
    "max-days": String(plan.bookingWindow.maxDaysAhead),
  };
  plan.windows.forEach((w, row) => {
    values[windowField(row, "days")] = [...w.weekdays];
    values[windowField(row, "start")] = w.start;
    values[windowField(row, "end")] = w.end;
  });
  return values;
}

/** Sensible first values for a new plan of a place, from its latest plan when it has one. */
export function newPlanValues(
  latest: OpeningPlan | undefined,
  today: string,
): Record<string, string | string[]> {
  if (latest) return { ...planFormValues(latest), "valid-from": today, "valid-to": "" };
  return {
    "valid-from": today,
    "valid-to": "",
    recurrence: "weekly",
    "every-weeks": "1",
    nth: "1",
    "slot-minutes": "15",
    "min-days": "1",
    "max-days": "42",
  };
}

/**
 * The plan as the form would make it, for the schema to check. `windowRows[i]` is the form
 * row of window i, to place the schema's problems.
 */
export function planFromForm(
  base: PlanBase,
  values: FormValues,
): { candidate: unknown; problems: Problem[]; windowRows: number[] } {
  const t = (name: string) => textOf(values, name);
  const problems: Problem[] = [];
  const windowRows: number[] = [];
  const windows: unknown[] = [];
  for (let row = 0; row < WINDOW_ROWS; row++) {
    const days = listOf(values, windowField(row, "days"));
    const start = t(windowField(row, "start"));
    const end = t(windowField(row, "end"));
    if (days.length === 0 && start === "" && end === "") continue;
    if (start === "") problems.push({ field: windowField(row, "start"), code: "required" });
    if (end === "") problems.push({ field: windowField(row, "end"), code: "required" });
    windowRows.push(row);
    windows.push({ weekdays: days, start: clockTimeOf(start), end: clockTimeOf(end) });
  }
  const kind = t("recurrence");
  const recurrence =
    kind === "weekly"
      ? { kind, everyWeeks: wholeNumberOf(t("every-weeks")) }
      : kind === "monthly"
        ? { kind, nth: t("nth") === "" ? Number.NaN : Number(t("nth")) }
        : { kind };
  const validTo = t("valid-to");
  const candidate = {
    key: base.key,
    location: base.location,
    validFrom: isoDateOf(t("valid-from")),
    validTo: validTo === "" ? null : isoDateOf(validTo),
    recurrence,
    windows,
    slotMinutes: wholeNumberOf(t("slot-minutes")),
    counters: base.counters,
    bookingWindow: {
      minDaysAhead: wholeNumberOf(t("min-days")),
      maxDaysAhead: wholeNumberOf(t("max-days")),
    },
    services: base.services,
  };
  return { candidate, problems, windowRows };
}

/** Where a problem the schema found in one plan (path below the plan) belongs on the plan form. */
export function placePlanIssue(
  path: readonly PropertyKey[],
  custom: boolean,
  windowRows: readonly number[],
): IssuePlacement {
  const [first, second, third] = path;
  switch (first) {
    case "validFrom":
      return { field: "valid-from", code: "date" };
    case "validTo":
      return { field: "valid-to", code: custom ? "to-before-from" : "date" };
    case "recurrence":
      if (second === "everyWeeks") return { field: "every-weeks", code: "range", min: 1, max: 8 };
      if (second === "nth") return { field: "nth", code: "choose" };
      return { field: "recurrence", code: "choose" };
    case "slotMinutes":
      return { field: "slot-minutes", code: "range", min: 5, max: 120 };
    case "bookingWindow":
      if (second === "minDaysAhead") return { field: "min-days", code: "range", min: 0 };
      return { field: "max-days", code: custom ? "max-below-min" : "range", min: 1 };
    case "windows": {
      if (second === undefined) return { field: windowField(0, "start"), code: "window-needed" };
      const row = windowRows[Number(second)] ?? 0;
      if (third === undefined) return { field: windowField(row, "start"), code: "overlap" };
      if (third === "weekdays") return { field: windowField(row, "days"), code: "weekday-needed" };
      if (third === "start") return { field: windowField(row, "start"), code: "time" };
      return { field: windowField(row, "end"), code: custom ? "end-before-start" : "time" };
    }
    case "counters":
      return { field: "valid-from", code: "counter-needed" };
    default:
      return undefined;
  }
}

export const CLOSURE_FIELDS = [
  "closure-location",
  "closure-from",
  "closure-to",
  "closure-reason-de",
  "closure-reason-en",
] as const;

/** A closure as the form would make it; `places` are the keys a closure may name besides "all". */
export function closureFromForm(
  values: FormValues,
  places: ReadonlySet<string>,
): { candidate: unknown; problems: Problem[] } {
  const t = (name: string) => textOf(values, name);
  const location = t("closure-location");
  const problems: Problem[] = [
    ...textProblem("closure-reason-de", t("closure-reason-de"), REASON_MAX),
    ...textProblem("closure-reason-en", t("closure-reason-en"), REASON_MAX),
  ];
  if (location !== "all" && !places.has(location))
    problems.push({ field: "closure-location", code: "choose" });
  const candidate = {
    location,
    from: isoDateOf(t("closure-from")),
    to: isoDateOf(t("closure-to")),
    reason: { de: t("closure-reason-de"), en: t("closure-reason-en") },
  };
  return { candidate, problems };
}

/** Where a problem the schema found in one closure (path below the closure) belongs on the form. */
export function placeClosureIssue(path: readonly PropertyKey[], custom: boolean): IssuePlacement {
  const [first, second] = path;
  if (first === "location") return { field: "closure-location", code: "choose" };
  if (first === "from") return { field: "closure-from", code: "date" };
  if (first === "to") return { field: "closure-to", code: custom ? "to-before-from" : "date" };
  if (first === "reason")
    return { field: `closure-reason-${second === "en" ? "en" : "de"}`, code: "required" };
  return undefined;
}

/** A closure's identity on the remove button, so a changed list never loses the wrong one. */
export function closureFingerprint(c: Closure): string {
  return `${c.location}/${c.from}/${c.to}`;
}
