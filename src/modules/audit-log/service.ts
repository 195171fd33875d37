import {
  type Actor,
  type AuditDetail,
  type AuditRow,
  listAudit,
  recordAudit,
} from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { type AuditLogFilter, filterInstants } from "./domain/audit-filter";

/** Entries on one page of the viewer. */
export const PAGE_SIZE = 50;
/** The most entries one download holds; a larger choice must be narrowed first. */
export const MAX_EXPORT = 50_000;
const BATCH = 1_000;

export type AuditExport = { ok: true; entries: AuditRow[] } | { ok: false; tooMany: true };

/**
 * Reading the audit log, which is itself recorded: who looked at the log (`audit.read`) or
 * took a copy (`audit.export`), with the choice they made but without the user name they
 * looked for.
 */
export class AuditLogService {
  constructor(
    private readonly database: Database,
    readonly tenantId: string,
  ) {}

  private get db() {
    return this.database.db;
  }

  /**
   * One page of entries, newest first, and whether older ones follow.
   * @param beforeId the last entry of the previous page, for the next one
   */
  async page(
    actor: Actor,
    filter: AuditLogFilter,
    timeZone: string,
    beforeId?: number,
  ): Promise<{ entries: AuditRow[]; more: boolean }> {
    const rows = await listAudit(this.db, this.tenantId, {
      ...this.query(filter, timeZone),
      limit: PAGE_SIZE + 1,
      beforeId,
    });
    const entries = rows.slice(0, PAGE_SIZE);
    await recordAudit(this.db, this.tenantId, actor, {
      action: "audit.read",
      detail: { ...describeChoice(filter), older: beforeId !== undefined, rows: entries.length },
    });
    return { entries, more: rows.length > PAGE_SIZE };
  }

  /** Every entry of the choice, newest first, for the download; refused above `MAX_EXPORT`. */
  async export(actor: Actor, filter: AuditLogFilter, timeZone: string): Promise<AuditExport> {
    const query = this.query(filter, timeZone);
    const entries: AuditRow[] = [];
    let beforeId: number | undefined;
    for (;;) {
      const batch = await listAudit(this.db, this.tenantId, { ...query, limit: BATCH, beforeId });
      entries.push(...batch);
      if (entries.length > MAX_EXPORT) return { ok: false, tooMany: true };
      if (batch.length < BATCH) break;
      beforeId = batch.at(-1)?.id;
    }
    await recordAudit(this.db, this.tenantId, actor, {
      action: "audit.export",
      detail: { ...describeChoice(filter), rows: entries.length },
    });
    return { ok: true, entries };
  }

  private query(filter: AuditLogFilter, timeZone: string) {
    return { ...filterInstants(filter, timeZone), username: filter.username, action: filter.actionPrefix };
  }
}

/** The choice as the log records it: dates and action, and only whether a person was looked for. */
function describeChoice(filter: AuditLogFilter): AuditDetail {
  return {
    from: filter.fromDate ?? null,
    to: filter.toDate ?? null,
    action: filter.actionPrefix ?? null,
    user: filter.username !== undefined,
  };
}
