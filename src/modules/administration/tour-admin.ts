import type { Actor } from "../../platform/audit/audit";
import { recordAudit } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import { type AdminContext, type ChangeResult, inPlan } from "./admin-context";
import { addDays, type FormValues, firstPerField } from "./domain/form-values";
import {
  cancelReasonFromForm,
  DEFAULT_VISIT_TEMPLATE,
  placeVisitIssue,
  templatePlan,
  VISIT_FIELDS,
  visitPlanFromForm,
} from "./domain/visit-form";

/** The tour plan's list of visits: eight weeks from today. */
export const TOUR_WEEKS = 8;

/** The mobile Stadtbüro's tour plan: visits, one-off visits, cancellations. */
export class TourAdmin {
  constructor(private readonly ctx: AdminContext) {}

  /** The stops with their plans and the visits of the next eight weeks with their booked appointments. */
  async tourPlan(now: Date) {
    const { schedule, booking } = this.ctx.deps;
    const today = await this.ctx.today(now);
    const to = addDays(today, TOUR_WEEKS * 7 - 1);
    const [{ stops }, file] = await Promise.all([schedule.stops(), booking.openingPlans()]);
    const visits = await schedule.visits(stops, today, to);
    const first = visits[0];
    const last = visits[visits.length - 1];
    const starts =
      first && last
        ? await booking.bookedStarts({
            locations: stops.map((s) => s.location.key),
            from: new Date(first.session.start),
            to: new Date(last.session.end),
          })
        : [];
    const plans = file?.plans ?? [];
    const planByKey = new Map(plans.map((p) => [p.key, p]));
    return {
      today,
      to,
      stops: stops.map((stop) => ({ stop, plans: plans.filter((p) => p.location === stop.location.key) })),
      visits: visits.map((visit) => {
        const from = new Date(visit.session.start).getTime();
        const end = new Date(visit.session.end).getTime();
        const plan = planByKey.get(visit.session.planKey);
        return {
          visit,
          oneOff: plan !== undefined && plan.validFrom === plan.validTo,
          booked: starts.filter(
            (s) =>
              s.location === visit.stop.location.key &&
              s.startsAt.getTime() >= from &&
              s.startsAt.getTime() < end,
          ).length,
        };
      }),
    };
  }

  /** Adds a one-off visit (a plan valid for one day) at a stop. */
  async addVisit(
    actor: Actor,
    values: FormValues,
    now: Date,
  ): Promise<ChangeResult<{ stop: string; date: string }>> {
    const today = await this.ctx.today(now);
    const { stops } = await this.ctx.deps.schedule.stops();
    const stopKeys = new Set(stops.map((s) => s.location.key));
    const result = await this.ctx.changePlans(actor, now, (file) => {
      const { candidate, problems } = visitPlanFromForm(values, {
        stops: stopKeys,
        today,
        planKeys: new Set(file.plans.map((p) => p.key)),
        template: (stop, date) =>
          templatePlan(
            file.plans.filter((p) => p.location === stop),
            date,
          ) ?? DEFAULT_VISIT_TEMPLATE,
      });
      const index = file.plans.length;
      const plan = candidate as { key: string; location: string; validFrom: string } | undefined;
      return {
        problems,
        next: plan && { ...file, plans: [...file.plans, plan] },
        place: inPlan(index, placeVisitIssue),
        fallbackField: "visit-date",
        order: VISIT_FIELDS,
        ...(plan && {
          check: { plan: plan.key, field: "visit-start" },
          sessionOn: { plan: plan.key, location: plan.location, date: plan.validFrom, field: "visit-date" },
        }),
        audit: {
          action: "admin.visit-added",
          subject: plan ? `location:${plan.location}/${plan.validFrom}` : undefined,
          detail: plan ? { plan: plan.key } : undefined,
        },
        value: plan && { stop: plan.location, date: plan.validFrom },
      };
    });
    return result.ok ? { ok: true, value: result.value as { stop: string; date: string } } : result;
  }

  /**
   * A visit that can be cancelled: a stop's sessions on one day from today on, with the
   * number of appointments booked and of home visit requests scheduled into it.
   * @throws AppError not-found when the place is no stop or has no visit that day, or the day is past
   */
  async visitToCancel(location: string, date: string, now: Date) {
    const [{ stops }, today] = await Promise.all([this.ctx.deps.schedule.stops(), this.ctx.today(now)]);
    const stop = stops.find((s) => s.location.key === location);
    if (!stop || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date < today)
      throw new AppError("not-found", { location, date });
    const visits = await this.ctx.deps.schedule.visits([stop], date, date);
    const first = visits[0];
    const last = visits[visits.length - 1];
    if (!first || !last) throw new AppError("not-found", { location, date });
    const span = { from: new Date(first.session.start), to: new Date(last.session.end) };
    const [booked, homeVisits] = await Promise.all([
      this.ctx.deps.booking.bookedStarts({ locations: [location], ...span }),
      this.ctx.deps.visitRequests.scheduledInto({ location, ...span }),
    ]);
    return { stop, date, from: first.from, to: last.to, booked: booked.length, homeVisits };
  }

  /**
   * Cancels a visit through the booking module (closure, cancelled appointments, home visit
   * requests set back to new, mails) and records it. The booking module runs its own
   * transaction, so the audit entry follows it.
   * @returns how many residents with an appointment were written to, and how many requests went back to new
   * @throws AppError not-found when there is no such visit
   */
  async cancelVisit(
    actor: Actor,
    location: string,
    date: string,
    values: FormValues,
    now: Date,
  ): Promise<ChangeResult<{ notified: number; reopened: number }>> {
    const { reason, problems } = cancelReasonFromForm(values);
    if (problems.length > 0) return { ok: false, problems: firstPerField(problems) };
    await this.visitToCancel(location, date, now);
    const codes = await this.ctx.deps.visits.cancel({ location, date, reason, now, actor });
    const [{ withEmail }, { reopened }] = await Promise.all([
      this.ctx.deps.booking.countCancelledAt({ location, cancelledAt: now }),
      this.ctx.deps.visitRequests.reopenedAt({ location, at: now }),
    ]);
    await recordAudit(this.ctx.db, this.ctx.tenantId, actor, {
      action: "admin.visit-cancelled",
      subject: `location:${location}/${date}`,
      detail: { cancelled: codes.length, notified: withEmail, reopened },
    });
    this.ctx.reloadCaches();
    return { ok: true, value: { notified: withEmail, reopened } };
  }
}
