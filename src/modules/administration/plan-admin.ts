import type { Actor } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import type { OpeningPlan, OpeningPlansFile } from "../booking";
import { findLocationEntry, type LocationEntry, listLocationEntries } from "../locations";
import { type AdminContext, type ChangeResult, inPlan, latestPlan, withPlan } from "./admin-context";
import { type FormValues, isoDateOf, textOf } from "./domain/form-values";
import {
  CLOSURE_FIELDS,
  closureFingerprint,
  closureFromForm,
  PLAN_FIELDS,
  placeClosureIssue,
  placePlanIssue,
  planFromForm,
  windowField,
} from "./domain/plan-form";
import { DEFAULT_VISIT_TEMPLATE, oneOffPlanKey } from "./domain/visit-form";

/** Opening plans (edit, add) and closures (add, remove). */
export class PlanAdmin {
  constructor(private readonly ctx: AdminContext) {}

  /** The stored plans and closures with the places they may name. */
  async plansOverview(): Promise<{ file: OpeningPlansFile | undefined; places: LocationEntry[] }> {
    const [file, entries] = await Promise.all([
      this.ctx.deps.booking.openingPlans(),
      listLocationEntries(this.ctx.db, this.ctx.tenantId),
    ]);
    return { file, places: entries.filter((e) => !e.withdrawn) };
  }

  /** @throws AppError not-found */
  async getPlan(planKey: string): Promise<{ plan: OpeningPlan; place: LocationEntry }> {
    const file = await this.ctx.deps.booking.openingPlans();
    const plan = file?.plans.find((p) => p.key === planKey);
    const place = plan && (await findLocationEntry(this.ctx.db, this.ctx.tenantId, plan.location));
    if (!plan || !place) throw new AppError("not-found", { plan: planKey });
    return { plan, place };
  }

  /** Changes a plan's validity, rhythm, windows, slot length and booking window. @throws AppError not-found */
  updatePlan(actor: Actor, planKey: string, values: FormValues, now: Date) {
    return this.ctx.changePlans(actor, now, (file) => {
      const index = file.plans.findIndex((p) => p.key === planKey);
      const plan = file.plans[index];
      if (!plan) throw new AppError("not-found", { plan: planKey });
      const { candidate, problems, windowRows } = planFromForm(plan, values);
      return {
        problems,
        next: withPlan(file, index, candidate),
        place: inPlan(index, (path, custom) => placePlanIssue(path, custom, windowRows)),
        fallbackField: "valid-from",
        order: PLAN_FIELDS,
        check: { plan: plan.key, field: windowField(windowRows[0] ?? 0, "start") },
        audit: {
          action: "admin.plan-updated",
          subject: `plan:${plan.key}`,
          detail: { location: plan.location },
        },
      };
    });
  }

  /**
   * What a new plan of a place starts from: the place, its latest plan, today.
   * @throws AppError not-found for an unknown or withdrawn place
   */
  async newPlanBasis(location: string, now: Date) {
    const [dir, file, today] = await Promise.all([
      this.ctx.deps.locations.directory(),
      this.ctx.deps.booking.openingPlans(),
      this.ctx.today(now),
    ]);
    const place = dir.byKey.get(location);
    if (!place) throw new AppError("not-found", { location });
    return { place, latest: latestPlan(file?.plans ?? [], location), today };
  }

  /**
   * Adds a plan to an active place; it takes the counters of the place's latest plan.
   * @throws AppError not-found for an unknown or withdrawn place
   */
  async createPlan(actor: Actor, location: string, values: FormValues, now: Date) {
    const { place, today } = await this.newPlanBasis(location, now);
    return this.ctx.changePlans(actor, now, (file) => {
      const latest = latestPlan(file.plans, location);
      const counters =
        latest?.counters ??
        (place.kind === "mobile-stop"
          ? DEFAULT_VISIT_TEMPLATE.counters
          : [{ key: "schalter-1", publicCapacity: 1, staffCapacity: 0 }]);
      const from = isoDateOf(textOf(values, "valid-from"));
      const key = oneOffPlanKey(
        location,
        /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : today,
        new Set(file.plans.map((p) => p.key)),
      );
      const { candidate, problems, windowRows } = planFromForm(
        { key, location, counters, services: "all" },
        values,
      );
      const index = file.plans.length;
      return {
        problems,
        next: { ...file, plans: [...file.plans, candidate] },
        place: inPlan(index, (path, custom) => placePlanIssue(path, custom, windowRows)),
        fallbackField: "valid-from",
        order: PLAN_FIELDS,
        check: { plan: key, field: windowField(windowRows[0] ?? 0, "start") },
        audit: { action: "admin.plan-created", subject: `plan:${key}`, detail: { location } },
        value: key,
      };
    });
  }

  /**
   * Records a closure; booked appointments in it stay (the result counts them).
   * @returns the number of confirmed appointments in the closed days
   */
  async addClosure(actor: Actor, values: FormValues, now: Date): Promise<ChangeResult<number>> {
    const dir = await this.ctx.deps.locations.directory();
    const places = new Set(dir.locations.map((l) => l.key));
    const result = await this.ctx.changePlans(actor, now, (file) => {
      const { candidate, problems } = closureFromForm(values, places);
      const index = file.closures.length;
      const c = candidate as { location: string; from: string; to: string };
      return {
        problems,
        next: { ...file, closures: [...file.closures, candidate] },
        place: (path, issue) =>
          path[0] === "closures" && path[1] === index
            ? placeClosureIssue(path.slice(2), issue.code === "custom")
            : undefined,
        fallbackField: "closure-location",
        order: CLOSURE_FIELDS,
        audit: {
          action: "admin.closure-added",
          subject: `location:${c.location}`,
          detail: { from: c.from, to: c.to },
        },
        value: c,
      };
    });
    if (!result.ok) return result;
    const c = result.value as { location: string; from: string; to: string };
    return { ok: true, value: await this.ctx.deps.booking.countBookedOnDays(c) };
  }

  /**
   * Removes closure number `index`, if it still is the one the page showed.
   * @throws AppError conflict when the list changed in between
   */
  async removeClosure(actor: Actor, index: number, fingerprint: string, now: Date): Promise<ChangeResult> {
    const result = await this.ctx.changePlans(actor, now, (file) => {
      const closure = file.closures[index];
      if (!closure || closureFingerprint(closure) !== fingerprint) throw new AppError("conflict");
      return {
        problems: [],
        next: { ...file, closures: file.closures.filter((_, i) => i !== index) },
        place: () => undefined,
        fallbackField: "closure-location",
        audit: {
          action: "admin.closure-removed",
          subject: `location:${closure.location}`,
          detail: { from: closure.from, to: closure.to },
        },
      };
    });
    return result.ok ? { ok: true, value: undefined } : result;
  }
}
