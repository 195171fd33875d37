import type { Kysely } from "kysely";
import type { DB } from "../db/schema";

/**
 * The audit log: who read or changed personal data (or the access to it), when, what and
 * from where. Entries name records by id or code, never by a resident's name or address.
 */

/** The person acting and where from; `undefined` staff for residents and the system. */
export interface Actor {
  staffId: number;
  username: string;
  ip: string;
}

/** Scalar details only: a detail is a key or a number, never free text a person typed. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  /** `noun.verb`, e.g. `appointment.check-in`, `day-view.read`, `staff.sign-in-failed` */
  action: string;
  /** the record, e.g. `appointment:42`, `location:stadtbuero/2026-11-21` */
  subject?: string;
  detail?: AuditDetail;
}

export interface AuditRow {
  id: number;
  at: Date;
  username: string | null;
  action: string;
  subject: string | null;
  detail: AuditDetail | null;
  ip: string | null;
}

export interface AuditLogTable {
  id: import("kysely").Generated<number>;
  tenant_id: string;
  at: import("kysely").ColumnType<Date, Date | string | undefined, never>;
  staff_id: number | null;
  staff_username: string | null;
  action: string;
  subject: string | null;
  detail: import("kysely").ColumnType<unknown, string | null, never>;
  ip: string | null;
}

declare module "../db/schema" {
  interface DB {
    audit_log: AuditLogTable;
  }
}

/**
 * Writes one entry. Pass the transaction that makes the change, so the change and its
 * record commit together (or neither does). Without `at`, the entry carries the time the
 * database writes it.
 */
export async function recordAudit(
  db: Kysely<DB>,
  tenantId: string,
  actor: Actor | { staffId: null; username: string | null; ip: string | null },
  entry: AuditEntry,
  at?: Date,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      tenant_id: tenantId,
      ...(at && { at }),
      staff_id: actor.staffId,
      staff_username: actor.username,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: actor.ip?.slice(0, 64) ?? null,
    })
    .execute();
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  username?: string;
  action?: string;
  limit: number;
  /** entries with a smaller id (the next page) */
  beforeId?: number;
}

/** Entries newest first, filtered; for the viewer and the export. */
export async function listAudit(db: Kysely<DB>, tenantId: string, filter: AuditFilter): Promise<AuditRow[]> {
  let q = db
    .selectFrom("audit_log")
    .select(["id", "at", "staff_username", "action", "subject", "detail", "ip"])
    .where("tenant_id", "=", tenantId);
  if (filter.from) q = q.where("at", ">=", filter.from);
  if (filter.to) q = q.where("at", "<", filter.to);
  if (filter.username) q = q.where("staff_username", "=", filter.username);
  if (filter.action) q = q.where("action", "like", `${filter.action.replace(/[%_\\]/g, "")}%`);
  if (filter.beforeId !== undefined) q = q.where("id", "<", filter.beforeId);
  const rows = await q.orderBy("id", "desc").limit(filter.limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at),
    username: r.staff_username,
    action: r.action,
    subject: r.subject,
    detail: (r.detail as AuditDetail | null) ?? null,
    ip: r.ip,
  }));
}
