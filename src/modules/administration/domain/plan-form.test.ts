import { describe, expect, it } from "vitest";
import demoPlans from "../../../../tenants/marburg/opening-plans.json";
import { OpeningPlansFile } from "../../booking/domain/index";
import { firstPerField, type Problem, problemsOfIssues } from "./form-values";
import {
  closureFromForm,
  PLAN_FIELDS,
  placeClosureIssue,
  placePlanIssue,
  planFormValues,
  planFromForm,
} from "./plan-form";
import { DEFAULT_VISIT_TEMPLATE, oneOffPlanKey, templatePlan, visitPlanFromForm } from "./visit-form";

const file = OpeningPlansFile.parse(demoPlans);

/** The problems the file schema finds in plan `index` after the form changed it. */
function planProblems(index: number, values: Record<string, string | string[]>): Problem[] {
  const plan = file.plans[index];
  if (!plan) throw new Error("no plan");
  const { candidate, problems, windowRows } = planFromForm(plan, { ...planFormValues(plan), ...values });
  const result = OpeningPlansFile.safeParse({
    ...file,
    plans: file.plans.map((p, i) => (i === index ? candidate : p)),
  });
  const place = (path: readonly PropertyKey[], issue: { code: string }) =>
    path[0] === "plans" && path[1] === index
      ? placePlanIssue(path.slice(2), issue.code === "custom", windowRows)
      : undefined;
  return firstPerField(
    [...problems, ...(result.success ? [] : problemsOfIssues(result.error.issues, place, "valid-from"))],
    PLAN_FIELDS,
  );
}

describe("the opening-plan form", () => {
  it("gives back every demo plan unchanged", () => {
    for (const plan of file.plans) {
      const { candidate, problems } = planFromForm(plan, planFormValues(plan));
      expect(problems).toEqual([]);
      expect(candidate).toEqual(plan);
    }
  });

  it("places the schema's problems at the form's fields, in the rows as shown", () => {
    expect(
      planProblems(0, {
        "window-1-days": [],
        "window-1-start": "",
        "window-1-end": "",
        "window-3-days": ["mo"],
        "window-3-start": "12:00",
        "window-3-end": "11:00",
        "valid-to": "2025-01-01",
      }),
    ).toEqual([
      { field: "valid-to", code: "to-before-from" },
      { field: "window-3-end", code: "end-before-start" },
    ]);
    expect(
      planProblems(0, { "window-2-days": ["mo"], "window-2-start": "11:00", "window-2-end": "13:00" }),
    ).toEqual([{ field: "window-2-start", code: "overlap" }]);
    expect(planProblems(1, { recurrence: "monthly", nth: "7", "max-days": "0" })).toEqual([
      { field: "nth", code: "choose" },
      { field: "max-days", code: "range", min: 1 },
    ]);
    expect(planProblems(1, { "min-days": "10", "max-days": "5" })).toEqual([
      { field: "max-days", code: "max-below-min", min: 1 },
    ]);
    expect(planProblems(1, { "window-0-days": [], "window-0-start": "", "window-0-end": "" })).toEqual([
      { field: "window-0-start", code: "window-needed" },
    ]);
  });

  it("makes a closure from the form and names unknown places", () => {
    const values = {
      "closure-location": "nirgendwo",
      "closure-from": "24.12.2027",
      "closure-to": "2027-12-23",
      "closure-reason-de": "Weihnachten",
      "closure-reason-en": "Christmas",
    };
    const { candidate, problems } = closureFromForm(values, new Set(["stadtbuero"]));
    expect(problems).toEqual([{ field: "closure-location", code: "choose" }]);
    expect(candidate).toMatchObject({ from: "2027-12-24", to: "2027-12-23" });
    expect(placeClosureIssue(["to"], true)).toEqual({ field: "closure-to", code: "to-before-from" });
  });
});

describe("one-off visits", () => {
  const input = {
    stops: new Set(["mobil-cappel"]),
    today: "2026-11-21",
    planKeys: new Set(["mobil-cappel-2026-12-05"]),
    template: (stop: string, date: string) =>
      templatePlan(
        file.plans.filter((p) => p.location === stop),
        date,
      ) ?? DEFAULT_VISIT_TEMPLATE,
  };

  it("is a plan of one day on its weekday, with the stop's counters and a key not yet taken", () => {
    const { candidate, problems } = visitPlanFromForm(
      {
        "visit-stop": "mobil-cappel",
        "visit-date": "5.12.2026",
        "visit-start": "9:00",
        "visit-end": "10:30",
      },
      input,
    );
    expect(problems).toEqual([]);
    expect(candidate).toEqual({
      key: "mobil-cappel-2026-12-05-2",
      location: "mobil-cappel",
      validFrom: "2026-12-05",
      validTo: "2026-12-05",
      recurrence: { kind: "weekly", everyWeeks: 1 },
      windows: [{ weekdays: ["sa"], start: "09:00", end: "10:30" }],
      slotMinutes: 15,
      counters: [{ key: "mobil", publicCapacity: 1, staffCapacity: 0 }],
      bookingWindow: { minDaysAhead: 1, maxDaysAhead: 56 },
      services: "all",
    });
    expect(oneOffPlanKey("mobil-cappel", "2026-12-06", input.planKeys)).toBe("mobil-cappel-2026-12-06");
  });

  it("refuses unknown stops and past or impossible dates before building a plan", () => {
    const base = { "visit-stop": "mobil-cappel", "visit-start": "09:00", "visit-end": "10:00" };
    expect(
      visitPlanFromForm({ ...base, "visit-stop": "stadtbuero", "visit-date": "2026-12-05" }, input),
    ).toEqual({
      candidate: undefined,
      problems: [{ field: "visit-stop", code: "choose" }],
    });
    expect(visitPlanFromForm({ ...base, "visit-date": "2026-11-20" }, input).problems).toEqual([
      { field: "visit-date", code: "past" },
    ]);
    expect(visitPlanFromForm({ ...base, "visit-date": "2026-02-30" }, input).problems).toEqual([
      { field: "visit-date", code: "date" },
    ]);
  });
});
