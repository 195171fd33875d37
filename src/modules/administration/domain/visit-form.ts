import { WEEKDAYS } from "../../../domain/weekday";
import type { OpeningPlan } from "../../booking/domain/index";
import {
  clockTimeOf,
  type FormValues,
  type IssuePlacement,
  isIsoDate,
  isoDateOf,
  type Problem,
  textOf,
  textProblem,
} from "./form-values";
import { REASON_MAX } from "./plan-form";

/**
 * A one-off visit of the mobile Stadtbüro is an opening plan valid for one day. It takes its
 * counters, slot length, booking window and services from the stop's regular plan.
 */

export type VisitTemplate = Pick<OpeningPlan, "slotMinutes" | "counters" | "bookingWindow" | "services">;

/** For a stop without any plan: one desk, quarter-hour slots, bookable up to eight weeks ahead. */
export const DEFAULT_VISIT_TEMPLATE: VisitTemplate = {
  slotMinutes: 15,
  counters: [{ key: "mobil", publicCapacity: 1, staffCapacity: 0 }],
  bookingWindow: { minDaysAhead: 1, maxDaysAhead: 56 },
  services: "all",
};

/** True for a plan of a single day (a one-off visit), as opposed to a recurring schedule. */
export function isOneOff(plan: Pick<OpeningPlan, "validFrom" | "validTo">): boolean {
  return plan.validTo === plan.validFrom;
}

/** The regular plan of a stop that applies on `date`, else its latest one; undefined when it has none. */
export function templatePlan(plans: readonly OpeningPlan[], date: string): OpeningPlan | undefined {
  const regular = plans.filter((p) => !isOneOff(p));
  const current = regular.find((p) => p.validFrom <= date && (p.validTo === null || date <= p.validTo));
  return current ?? [...regular].sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/** A key for a one-off visit not yet taken: "mobil-cappel-2026-12-03", then "-2", "-3" … */
export function oneOffPlanKey(stop: string, date: string, taken: ReadonlySet<string>): string {
  const base = `${stop}-${date}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function weekdayOf(date: string) {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7] ?? "mo";
}

export const VISIT_FIELDS = ["visit-stop", "visit-date", "visit-start", "visit-end"] as const;

/**
 * The plan of a one-off visit from the form, for the schema to check; `undefined` plan when
 * the stop or the date is not usable (the problems say why).
 */
export function visitPlanFromForm(
  values: FormValues,
  input: {
    stops: ReadonlySet<string>;
    today: string;
    planKeys: ReadonlySet<string>;
    template: (stop: string, date: string) => VisitTemplate;
  },
): { candidate: unknown; problems: Problem[] } {
  const t = (name: string) => textOf(values, name);
  const stop = t("visit-stop");
  const date = isoDateOf(t("visit-date"));
  const start = clockTimeOf(t("visit-start"));
  const end = clockTimeOf(t("visit-end"));
  const problems: Problem[] = [];
  if (!input.stops.has(stop)) problems.push({ field: "visit-stop", code: "choose" });
  if (date === "") problems.push({ field: "visit-date", code: "required" });
  else if (!isIsoDate(date)) problems.push({ field: "visit-date", code: "date" });
  else if (date < input.today) problems.push({ field: "visit-date", code: "past" });
  if (start === "") problems.push({ field: "visit-start", code: "required" });
  if (end === "") problems.push({ field: "visit-end", code: "required" });
  if (problems.some((p) => p.field === "visit-stop" || p.field === "visit-date"))
    return { candidate: undefined, problems };
  const template = input.template(stop, date);
  const candidate = {
    key: oneOffPlanKey(stop, date, input.planKeys),
    location: stop,
    validFrom: date,
    validTo: date,
    recurrence: { kind: "weekly", everyWeeks: 1 },
    windows: [{ weekdays: [weekdayOf(date)], start, end }],
    slotMinutes: template.slotMinutes,
    counters: template.counters,
    bookingWindow: template.bookingWindow,
    services: template.services,
  };
  return { candidate, problems };
}

/** Where a problem the schema found in a one-off visit's plan (path below the plan) belongs. */
export function placeVisitIssue(path: readonly PropertyKey[], custom: boolean): IssuePlacement {
  const [first, , third] = path;
  if (first === "windows" && third === "start") return { field: "visit-start", code: "time" };
  if (first === "windows") return { field: "visit-end", code: custom ? "end-before-start" : "time" };
  return { field: "visit-date", code: "invalid" };
}

/** The reason for cancelling a visit, in both languages (residents get it in theirs). */
export function cancelReasonFromForm(values: FormValues): {
  reason: { de: string; en: string };
  problems: Problem[];
} {
  const de = textOf(values, "reason-de");
  const en = textOf(values, "reason-en");
  const problems: Problem[] = [
    ...(de === "" ? [{ field: "reason-de", code: "required" as const }] : []),
    ...(en === "" ? [{ field: "reason-en", code: "required" as const }] : []),
    ...textProblem("reason-de", de, REASON_MAX),
    ...textProblem("reason-en", en, REASON_MAX),
  ];
  return { reason: { de, en }, problems };
}
