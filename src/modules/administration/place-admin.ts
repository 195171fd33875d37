import type { Actor } from "../../platform/audit/audit";
import { recordAudit } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import { lockOpeningPlans, type OpeningPlan } from "../booking";
import {
  findLocationEntry,
  Location,
  type LocationEntry,
  listLocationEntries,
  setLocationWithdrawn,
  updateLocation,
} from "../locations";
import { type AdminContext, type ChangeResult, inPlan, planOf, withPlan } from "./admin-context";
import {
  addCounterFromForm,
  countersFromForm,
  newCounterField,
  placeCounterIssue,
} from "./domain/counter-form";
import { type FormValues, firstPerField, problemsOfIssues, textOf } from "./domain/form-values";
import { PLACE_FIELDS, placeFromForm, placePlaceIssue } from "./domain/place-form";

/** Places (name, kind, address, withdrawn) and the counters of their opening plans. */
export class PlaceAdmin {
  constructor(private readonly ctx: AdminContext) {}

  async listPlaces(): Promise<{ entries: LocationEntry[]; plans: OpeningPlan[] }> {
    const [entries, file] = await Promise.all([
      listLocationEntries(this.ctx.db, this.ctx.tenantId),
      this.ctx.deps.booking.openingPlans(),
    ]);
    return { entries, plans: file?.plans ?? [] };
  }

  /** @throws AppError not-found */
  async getPlace(key: string): Promise<{ entry: LocationEntry; plans: OpeningPlan[] }> {
    const [entry, file] = await Promise.all([
      findLocationEntry(this.ctx.db, this.ctx.tenantId, key),
      this.ctx.deps.booking.openingPlans(),
    ]);
    if (!entry) throw new AppError("not-found", { key });
    return { entry, plans: (file?.plans ?? []).filter((p) => p.location === key) };
  }

  /** @throws AppError not-found */
  updatePlace(actor: Actor, key: string, values: FormValues): Promise<ChangeResult> {
    return this.ctx.change(async (trx) => {
      const entry = await findLocationEntry(trx, this.ctx.tenantId, key, true);
      if (!entry) throw new AppError("not-found", { key });
      const { candidate, problems } = placeFromForm(entry.location, values);
      const parsed = Location.safeParse(candidate);
      const all = firstPerField(
        [
          ...problems,
          ...(parsed.success ? [] : problemsOfIssues(parsed.error.issues, placePlaceIssue, "name-de")),
        ],
        PLACE_FIELDS,
      );
      if (!parsed.success || all.length > 0) return { ok: false, problems: all };
      await updateLocation(trx, this.ctx.tenantId, parsed.data);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: "admin.location-updated",
        subject: `location:${key}`,
        detail: { kind: parsed.data.kind, address: parsed.data.address !== null },
      });
      return { ok: true, value: undefined };
    });
  }

  /**
   * Withdraws a place (only when no opening plan still applies to it) or restores it.
   * @throws AppError not-found
   */
  async setPlaceWithdrawn(actor: Actor, key: string, withdraw: boolean, now: Date): Promise<ChangeResult> {
    const today = await this.ctx.today(now);
    return this.ctx.change(async (trx) => {
      const entry = await findLocationEntry(trx, this.ctx.tenantId, key, true);
      if (!entry) throw new AppError("not-found", { key });
      if (entry.withdrawn === withdraw) return { ok: true, value: undefined };
      if (withdraw) {
        const file = await lockOpeningPlans(trx, this.ctx.tenantId);
        const current = (file?.plans ?? []).some(
          (p) => p.location === key && (p.validTo === null || p.validTo >= today),
        );
        if (current) return { ok: false, problems: [{ field: "status", code: "place-has-plans" }] };
      }
      await setLocationWithdrawn(trx, this.ctx.tenantId, key, withdraw);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: withdraw ? "admin.location-withdrawn" : "admin.location-restored",
        subject: `location:${key}`,
      });
      return { ok: true, value: undefined };
    });
  }

  /** The plan of a place, from the locked file. @throws AppError not-found */
  /** Sets the capacities of a plan's counters. @throws AppError not-found */
  updateCapacities(actor: Actor, place: string, planKey: string, values: FormValues, now: Date) {
    return this.ctx.changePlans(actor, now, (file) => {
      const { plan, index } = planOf(file, place, planKey);
      const { counters, problems } = countersFromForm(plan, values);
      return {
        problems,
        next: withPlan(file, index, { ...plan, counters }),
        place: inPlan(index, (path, custom) => placeCounterIssue(path, custom, plan.key, counters, false)),
        fallbackField: `remove__${plan.key}`,
        audit: {
          action: "admin.counters-updated",
          subject: `plan:${plan.key}`,
          detail: {
            location: place,
            public: counters.reduce((n, c) => n + c.publicCapacity, 0),
            staff: counters.reduce((n, c) => n + c.staffCapacity, 0),
          },
        },
      };
    });
  }

  /** Adds a counter to a plan. @throws AppError not-found */
  addCounter(actor: Actor, place: string, planKey: string, values: FormValues, now: Date) {
    return this.ctx.changePlans(actor, now, (file) => {
      const { plan, index } = planOf(file, place, planKey);
      const { counters, problems } = addCounterFromForm(plan, values);
      const key = textOf(values, newCounterField(plan.key, "key"));
      return {
        problems,
        next: withPlan(file, index, { ...plan, counters }),
        place: inPlan(index, (path, custom) =>
          placeCounterIssue(path, custom, plan.key, counters as { key: string }[], true),
        ),
        fallbackField: newCounterField(plan.key, "key"),
        check: { plan: plan.key, field: newCounterField(plan.key, "key") },
        audit: {
          action: "admin.counter-added",
          subject: `plan:${plan.key}`,
          detail: { location: place, counter: key },
        },
      };
    });
  }

  /** Removes a counter from a plan (not its last one). @throws AppError not-found */
  removeCounter(actor: Actor, place: string, planKey: string, counter: string, now: Date) {
    return this.ctx.changePlans(actor, now, (file) => {
      const { plan, index } = planOf(file, place, planKey);
      if (!plan.counters.some((c) => c.key === counter)) throw new AppError("not-found", { counter });
      const counters = plan.counters.filter((c) => c.key !== counter);
      return {
        problems: [],
        next: withPlan(file, index, { ...plan, counters }),
        place: inPlan(index, (path, custom) => placeCounterIssue(path, custom, plan.key, counters, false)),
        fallbackField: `remove__${plan.key}`,
        audit: {
          action: "admin.counter-removed",
          subject: `plan:${plan.key}`,
          detail: { location: place, counter },
        },
      };
    });
  }
}
