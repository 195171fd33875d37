import type { FastifyInstance } from "fastify";
import type { Transaction } from "kysely";
import type { z } from "zod";
import { type Actor, type AuditEntry, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { bumpCatalogRevision } from "../../platform/db/revision-cache";
import type { DB } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import {
  expandPlanSessions,
  findPlanConflicts,
  lockOpeningPlans,
  type OpeningPlan,
  OpeningPlansFile,
  saveOpeningPlans,
} from "../booking";
import type { MobileOfficeSchedule } from "../mobile-office";
import {
  addDays,
  firstPerField,
  type IssuePlacement,
  type Problem,
  problemsOfIssues,
} from "./domain/form-values";

/** A change either happened, or did not because of these problems with the form. */
export type ChangeResult<T = undefined> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export interface AdministrationDeps {
  database: Database;
  tenantId: string;
  catalog: FastifyInstance["catalog"];
  locations: FastifyInstance["locations"];
  booking: FastifyInstance["booking"];
  visits: FastifyInstance["visits"];
  /** counts of home visit requests scheduled into a visit, for cancelling one */
  visitRequests: FastifyInstance["visitRequests"];
  schedule: MobileOfficeSchedule;
}

/** How far ahead a changed plan is checked against the others. */
const CONFLICT_HORIZON_DAYS = 730;

type Trx = Transaction<DB>;

/** One change of the opening plans: the changed file, and how to read the schema's problems. */
export interface PlanEdit {
  /** the problems the form found before the schema */
  problems: Problem[];
  /** the whole file as changed; undefined when the form did not get that far */
  next: unknown;
  /** where a problem the schema found (path from the file's root) belongs */
  place: (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => IssuePlacement;
  fallbackField: string;
  /** the form's fields in page order, for the error summary */
  order?: readonly string[];
  /** a plan whose clashes with the other plans are checked, and where to report them */
  check?: { plan: string; field: string };
  /** the plan must hold a session on this date (a one-off visit) */
  sessionOn?: { plan: string; location: string; date: string; field: string };
  audit: AuditEntry;
  /** what the change hands back on success */
  value?: unknown;
}

/** The plan of a place that starts last. */
export function latestPlan(plans: readonly OpeningPlan[], location: string): OpeningPlan | undefined {
  return plans.filter((p) => p.location === location).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/** Places a problem of plan number `index` with `place` (path below the plan). */
export function inPlan(
  index: number,
  place: (path: readonly PropertyKey[], custom: boolean) => IssuePlacement,
): PlanEdit["place"] {
  return (path, issue) =>
    path[0] === "plans" && path[1] === index ? place(path.slice(2), issue.code === "custom") : undefined;
}

/**
 * What every administrative change shares: the database, the other modules' services, one
 * transaction per change that raises the catalogue revision, and reloading this process's
 * caches afterwards, so citizen pages show a change at once.
 */
export class AdminContext {
  constructor(readonly deps: AdministrationDeps) {}

  get db() {
    return this.deps.database.db;
  }

  get tenantId() {
    return this.deps.tenantId;
  }

  /** Forget this process's cached catalogue, places and plans (after a change). */
  reloadCaches(): void {
    this.deps.catalog.reload();
    this.deps.locations.reload();
    this.deps.booking.reload();
  }

  /** Runs a change in a transaction; on success raises the revision there and reloads the caches after. */
  async change<T>(work: (trx: Trx) => Promise<ChangeResult<T>>): Promise<ChangeResult<T>> {
    const result = await this.db.transaction().execute(async (trx) => {
      const r = await work(trx);
      if (r.ok) await bumpCatalogRevision(trx, this.tenantId);
      return r;
    });
    if (result.ok) this.reloadCaches();
    return result;
  }

  /** Today's civil date in the tenant's zone. */
  async today(now: Date): Promise<string> {
    return this.deps.booking.today(now);
  }

  /**
   * Changes the opening plans in one transaction: lock, edit, validate with the import's
   * schema, check clashes, store (with the capacities of future units), audit.
   */
  async changePlans(
    actor: Actor,
    now: Date,
    edit: (file: OpeningPlansFile) => PlanEdit,
  ): Promise<ChangeResult<unknown>> {
    const today = await this.today(now);
    const dir = await this.deps.locations.directory();
    const mobileStops = new Set(dir.locations.filter((l) => l.kind === "mobile-stop").map((l) => l.key));
    return this.change(async (trx) => {
      const file = await lockOpeningPlans(trx, this.tenantId);
      if (!file) throw new AppError("not-found");
      const e = edit(file);
      if (e.next === undefined) return { ok: false, problems: firstPerField(e.problems, e.order) };
      const parsed = OpeningPlansFile.safeParse(e.next);
      const problems = firstPerField(
        [
          ...e.problems,
          ...(parsed.success ? [] : problemsOfIssues(parsed.error.issues, e.place, e.fallbackField)),
        ],
        e.order,
      );
      if (!parsed.success || problems.length > 0) return { ok: false, problems };
      const next = parsed.data;
      if (e.sessionOn) {
        const { plan, location, date, field } = e.sessionOn;
        const sessions = expandPlanSessions(next, { location, from: date, to: date });
        if (!sessions.some((s) => s.planKey === plan))
          return { ok: false, problems: [{ field, code: "no-session" }] };
      }
      if (e.check) {
        const [conflict] = findPlanConflicts(next, {
          planKey: e.check.plan,
          from: today,
          to: addDays(today, CONFLICT_HORIZON_DAYS),
          mobileStops,
        });
        if (conflict) {
          const otherName = dir.byKey.get(conflict.otherLocation)?.name;
          return {
            ok: false,
            problems: [
              {
                field: e.check.field,
                code: conflict.kind,
                date: conflict.date,
                other: conflict.kind === "same-counter" ? conflict.otherPlan : conflict.otherLocation,
                ...(otherName && { otherName }),
              },
            ],
          };
        }
      }
      await saveOpeningPlans(trx, this.tenantId, next, now);
      await recordAudit(trx, this.tenantId, actor, e.audit);
      return { ok: true, value: e.value };
    });
  }
}

/** A plan of a place in the (locked) file. @throws AppError not-found */
export function planOf(
  file: OpeningPlansFile,
  place: string,
  planKey: string,
): { plan: OpeningPlan; index: number } {
  const index = file.plans.findIndex((p) => p.key === planKey && p.location === place);
  const plan = file.plans[index];
  if (!plan) throw new AppError("not-found", { place, plan: planKey });
  return { plan, index };
}

/** The file with plan number `index` replaced (for the schema to check). */
export function withPlan(file: OpeningPlansFile, index: number, plan: unknown): unknown {
  return { ...file, plans: file.plans.map((p, i) => (i === index ? plan : p)) };
}
