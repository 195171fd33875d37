import type { Counter, OpeningPlan } from "../../booking/domain/index";
import { type FormValues, type IssuePlacement, type Problem, textOf, wholeNumberOf } from "./form-values";

/**
 * The counters (Schalter) of one opening plan: their public capacity (online booking) and
 * staff capacity (kept back for phone and urgent cases), a new counter, removing one.
 * Field names carry the plan's key, as a place shows the counters of all its plans at once.
 */

/** the most parallel appointments per slot unit one counter can sensibly take */
export const MAX_CAPACITY = 20;
export const CAPACITY_PARTS = ["public", "staff"] as const;
type Part = (typeof CAPACITY_PARTS)[number];

export const capacityField = (plan: string, counter: string, part: Part) =>
  `cap__${plan}__${counter}__${part}`;
export const newCounterField = (plan: string, part: "key" | Part) => `new__${plan}__${part}`;

function capacity(values: FormValues, field: string, problems: Problem[]): number {
  const text = textOf(values, field);
  const n = wholeNumberOf(text);
  if (n === null) problems.push({ field, code: "required" });
  else if (Number.isNaN(n)) problems.push({ field, code: "whole-number" });
  else if (n > MAX_CAPACITY) problems.push({ field, code: "range", min: 0, max: MAX_CAPACITY });
  return n ?? Number.NaN;
}

/** The plan's counters with the capacities from the form. */
export function countersFromForm(
  plan: OpeningPlan,
  values: FormValues,
): { counters: Counter[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const counters = plan.counters.map((c) => ({
    key: c.key,
    publicCapacity: capacity(values, capacityField(plan.key, c.key, "public"), problems),
    staffCapacity: capacity(values, capacityField(plan.key, c.key, "staff"), problems),
  }));
  return { counters, problems };
}

/** The plan's counters with a new one at the end. */
export function addCounterFromForm(
  plan: OpeningPlan,
  values: FormValues,
): { counters: unknown[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const key = textOf(values, newCounterField(plan.key, "key"));
  if (key === "") problems.push({ field: newCounterField(plan.key, "key"), code: "required" });
  const counter = {
    key,
    publicCapacity: capacity(values, newCounterField(plan.key, "public"), problems),
    staffCapacity: capacity(values, newCounterField(plan.key, "staff"), problems),
  };
  return { counters: [...plan.counters, counter], problems };
}

/** Where a problem the schema found in a plan's counters (path below the plan) belongs. */
export function placeCounterIssue(
  path: readonly PropertyKey[],
  custom: boolean,
  plan: string,
  counters: readonly { key: string }[],
  added: boolean,
): IssuePlacement {
  const [first, index, part] = path;
  if (first !== "counters") return undefined;
  if (index === undefined) return { field: `remove__${plan}`, code: "counter-needed" };
  const i = Number(index);
  if (added && i === counters.length - 1) {
    if (part === "key") return { field: newCounterField(plan, "key"), code: custom ? "duplicate" : "slug" };
    return {
      field: newCounterField(plan, part === "staffCapacity" ? "staff" : "public"),
      code: "whole-number",
    };
  }
  const key = counters[i]?.key ?? "";
  return {
    field: capacityField(plan, key, part === "staffCapacity" ? "staff" : "public"),
    code: "whole-number",
  };
}
