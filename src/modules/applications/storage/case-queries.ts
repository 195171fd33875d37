import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import type { CasesTable } from "./tables";
import "./tables";

type Db = Kysely<DB> | Transaction<DB>;

/** The next running number of a tenant's case references in `year` (1 for the first). */
export async function nextCaseNumber(db: Db, tenantId: string, year: number): Promise<number> {
  const row = await db
    .insertInto("case_counters")
    .values({ tenant_id: tenantId, year, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(["tenant_id", "year"]).doUpdateSet({ last_number: sql`case_counters.last_number + 1` }),
    )
    .returning("last_number")
    .executeTakeFirstOrThrow();
  return row.last_number;
}

/**
 * Records a form version as used, the first time a case is filed with it, and returns the
 * fingerprint stored for it (the one just given, or the one recorded earlier).
 */
export async function useFormVersion(
  db: Db,
  version: { serviceKey: string; version: number; fingerprint: string; at: Date },
): Promise<string> {
  await db
    .insertInto("form_versions")
    .values({
      service_key: version.serviceKey,
      version: version.version,
      fingerprint: version.fingerprint,
      first_used_at: version.at,
    })
    .onConflict((oc) => oc.columns(["service_key", "version"]).doNothing())
    .execute();
  const row = await db
    .selectFrom("form_versions")
    .select("fingerprint")
    .where("service_key", "=", version.serviceKey)
    .where("version", "=", version.version)
    .executeTakeFirstOrThrow();
  return row.fingerprint;
}

/** Every form version cases use, with its fingerprint. */
export async function usedFormVersions(
  db: Db,
): Promise<{ serviceKey: string; version: number; fingerprint: string }[]> {
  const rows = await db
    .selectFrom("form_versions")
    .select(["service_key", "version", "fingerprint"])
    .execute();
  return rows.map((r) => ({ serviceKey: r.service_key, version: r.version, fingerprint: r.fingerprint }));
}

export type CaseRow = Selectable<CasesTable>;

export async function insertCase(db: Db, row: Insertable<CasesTable>): Promise<void> {
  await db.insertInto("cases").values(row).execute();
}

export interface CaseEventRow {
  case_id: string;
  position: number;
  at: Date;
  type: string;
  actor_kind: "resident" | "staff" | "system";
  staff_id: number | null;
  from_status: CasesTable["status"] | null;
  to_status: CasesTable["status"];
  entry_sealed: string;
}

export async function insertCaseEvents(db: Db, rows: readonly CaseEventRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto("case_events")
      .values([...rows])
      .execute();
}

const CASE_COLUMNS = [
  "id",
  "tenant_id",
  "reference",
  "service_key",
  "form_version",
  "channel",
  "assisted_by",
  "status",
  "place_key",
  "assigned_to",
  "locale",
  "tracking_token_hash",
  "answers_sealed",
  "contact_sealed",
  "opened_at",
  "submitted_at",
  "closed_at",
  "last_event_at",
  "revision",
  "election_id",
] as const;

export async function findCase(
  db: Db,
  tenantId: string,
  by: { id: string } | { trackingTokenHash: string } | { reference: string },
): Promise<CaseRow | undefined> {
  let query = db.selectFrom("cases").select(CASE_COLUMNS).where("tenant_id", "=", tenantId);
  if ("id" in by) query = query.where("id", "=", by.id);
  else if ("trackingTokenHash" in by) query = query.where("tracking_token_hash", "=", by.trackingTokenHash);
  else query = query.where("reference", "=", by.reference);
  return query.executeTakeFirst();
}

/** A case's row, locked for a change in this transaction. */
export async function lockCase(
  db: Transaction<DB>,
  tenantId: string,
  id: string,
): Promise<CaseRow | undefined> {
  return db
    .selectFrom("cases")
    .select(CASE_COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
}

export async function caseEvents(db: Db, caseId: string): Promise<CaseEventRow[]> {
  return db.selectFrom("case_events").selectAll().where("case_id", "=", caseId).orderBy("position").execute();
}

/** Writes what an event changed on the case row; only when nobody changed it since `revision` was read. */
export async function updateCaseAfterEvent(
  db: Db,
  change: {
    id: string;
    expectedRevision: number;
    status: CasesTable["status"];
    submittedAt: Date | null;
    closedAt: Date | null;
    lastEventAt: Date;
    revision: number;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("cases")
    .set({
      status: change.status,
      submitted_at: change.submittedAt,
      closed_at: change.closedAt,
      last_event_at: change.lastEventAt,
      revision: change.revision,
    })
    .where("id", "=", change.id)
    .where("revision", "=", change.expectedRevision)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
