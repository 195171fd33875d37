import type { FastifyInstance } from "fastify";
import { type Actor, recordAudit } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import { checkElection, type Election } from "../applications";
import type { AdminContext, ChangeResult } from "./admin-context";
import { electionInputOf } from "./domain/election-form";
import type { FormValues } from "./domain/form-values";

/**
 * Elections a Wahlschein (Briefwahl) is applied for online: list, add, change, withdraw and
 * restore. The elections belong to the applications module (`app.elections`); each change runs
 * in the administration's transaction with its audit entry.
 */
export class ElectionAdmin {
  constructor(
    private readonly ctx: AdminContext,
    private readonly elections: FastifyInstance["elections"],
  ) {}

  list(): Promise<Election[]> {
    return this.elections.list();
  }

  /** @throws AppError not-found */
  async get(key: string): Promise<Election> {
    const election = await this.elections.find(key);
    if (!election) throw new AppError("not-found", { key });
    return election;
  }

  timeZone(): Promise<string> {
    return this.ctx.deps.booking.timeZone();
  }

  /** Adds an election: its day after today, first day ≤ deadline < election day, a free key. */
  async create(actor: Actor, values: FormValues, now: Date): Promise<ChangeResult<Election>> {
    const [today, timeZone] = await Promise.all([this.ctx.today(now), this.timeZone()]);
    const checked = checkElection(electionInputOf(values), { today, timeZone, requireFuture: true });
    if (!checked.ok) return { ok: false, problems: checked.problems };
    const result = await this.ctx.change<Election>(async (trx) => {
      // "neu" is the path of the page that adds one
      if (checked.values.key === "neu" || (await this.elections.find(checked.values.key, trx)))
        return { ok: false, problems: [{ field: "key", code: "key-taken" }] };
      const election = await this.elections.add(trx, checked.values, now);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: "admin.election-added",
        subject: `election:${election.key}`,
        detail: { electionDay: election.electionDay, applicationsFrom: election.applicationsFrom },
      });
      return { ok: true, value: election };
    });
    if (result.ok) this.elections.reload();
    return result;
  }

  /** Changes an election's names, days and deadline (a changed election day must lie ahead). @throws AppError not-found */
  async update(actor: Actor, key: string, values: FormValues, now: Date): Promise<ChangeResult> {
    const [today, timeZone] = await Promise.all([this.ctx.today(now), this.timeZone()]);
    const result = await this.ctx.change(async (trx) => {
      const stored = await this.elections.find(key, trx);
      if (!stored) throw new AppError("not-found", { key });
      const input = electionInputOf(values, stored.key);
      const requireFuture = input.electionDay !== stored.electionDay;
      const checked = checkElection(input, { today, timeZone, requireFuture });
      if (!checked.ok) return { ok: false, problems: checked.problems };
      await this.elections.update(trx, { ...stored, ...checked.values }, now);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: "admin.election-updated",
        subject: `election:${key}`,
        detail: {
          electionDay: checked.values.electionDay,
          applicationsFrom: checked.values.applicationsFrom,
        },
      });
      return { ok: true, value: undefined };
    });
    if (result.ok) this.elections.reload();
    return result;
  }

  /** Withdraws an election (the Briefwahl is no longer offered for it) or restores it. @throws AppError not-found */
  async setWithdrawn(actor: Actor, key: string, withdraw: boolean, now: Date): Promise<ChangeResult> {
    const result = await this.ctx.change(async (trx) => {
      const stored = await this.elections.find(key, trx);
      if (!stored) throw new AppError("not-found", { key });
      if (stored.withdrawn === withdraw) return { ok: true, value: undefined };
      await this.elections.update(trx, { ...stored, withdrawn: withdraw }, now);
      await recordAudit(trx, this.ctx.tenantId, actor, {
        action: withdraw ? "admin.election-withdrawn" : "admin.election-restored",
        subject: `election:${key}`,
      });
      return { ok: true, value: undefined };
    });
    if (result.ok) this.elections.reload();
    return result;
  }
}
