import { type ExpressionBuilder, type Kysely, sql, type Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../../../platform/db/schema";
import { CASE_STATUSES, type CaseStatus } from "../domain";
import "../storage/tables";

/*
 * The back office's reads of cases for the inbox, and the one change that is not an event of
 * the status machine: who is assigned. Lists select no sealed column, so they name no
 * resident; the case itself is read through `Cases.byId`, whose caller audits the read.
 */

type Db = Kysely<DB> | Transaction<DB>;

/** Which places' cases a person sees: every place, or these (and always the general inbox). */
export type VisiblePlaces = "all" | readonly string[];

export interface InboxFilter {
  statuses: readonly CaseStatus[];
  visible: VisiblePlaces;
  serviceKey?: string;
  /** a place's key, or null for the general inbox (cases of no place) */
  place?: string | null;
  assignedTo?: number;
}

/** One line of the inbox: what a case is and where it stands, nothing of the resident. */
export const InboxRow = z.object({
  id: z.uuid(),
  reference: z.string(),
  serviceKey: z.string(),
  status: z.enum(CASE_STATUSES),
  placeKey: z.string().nullable(),
  submittedAt: z.date().nullable(),
  lastEventAt: z.date(),
  assignedTo: z.number().int().nullable(),
  assigneeName: z.string().nullable(),
});
export type InboxRow = z.infer<typeof InboxRow>;

/** Postgres drivers return a bigint count as text (node-postgres) or a number (PGlite). */
const Count = z.union([z.number(), z.string(), z.bigint()]).transform(Number);

function where(filter: Omit<InboxFilter, "statuses">) {
  return (eb: ExpressionBuilder<DB, "cases">) => {
    const all = [];
    if (filter.visible !== "all")
      all.push(
        filter.visible.length === 0
          ? eb("cases.place_key", "is", null)
          : eb.or([eb("cases.place_key", "is", null), eb("cases.place_key", "in", [...filter.visible])]),
      );
    if (filter.serviceKey !== undefined) all.push(eb("cases.service_key", "=", filter.serviceKey));
    if (filter.place !== undefined)
      all.push(
        filter.place === null ? eb("cases.place_key", "is", null) : eb("cases.place_key", "=", filter.place),
      );
    if (filter.assignedTo !== undefined) all.push(eb("cases.assigned_to", "=", filter.assignedTo));
    return eb.and(all);
  };
}

/**
 * The cases of the inbox matching `filter`, at most `limit`: the longest waiting first
 * (`oldest`, for open cases), or the most recently changed first (`newest`).
 */
export async function listInbox(
  db: Db,
  tenantId: string,
  filter: InboxFilter,
  order: "oldest" | "newest",
  limit: number,
): Promise<InboxRow[]> {
  if (filter.statuses.length === 0) return [];
  let query = db
    .selectFrom("cases")
    .leftJoin("staff_accounts", "staff_accounts.id", "cases.assigned_to")
    .select([
      "cases.id",
      "cases.reference",
      "cases.service_key",
      "cases.status",
      "cases.place_key",
      "cases.submitted_at",
      "cases.last_event_at",
      "cases.assigned_to",
      "staff_accounts.display_name",
    ])
    .where("cases.tenant_id", "=", tenantId)
    .where("cases.status", "in", [...filter.statuses])
    .where(where(filter));
  query =
    order === "oldest"
      ? query.orderBy("cases.submitted_at", "asc").orderBy("cases.reference", "asc")
      : query.orderBy("cases.last_event_at", "desc").orderBy("cases.reference", "desc");
  const rows = await query.limit(limit).execute();
  return rows.map((r) =>
    InboxRow.parse({
      id: r.id,
      reference: r.reference,
      serviceKey: r.service_key,
      status: r.status,
      placeKey: r.place_key,
      submittedAt: r.submitted_at,
      lastEventAt: r.last_event_at,
      assignedTo: r.assigned_to,
      assigneeName: r.display_name,
    }),
  );
}

/** How many cases of each status match the filter (its statuses aside); statuses without cases are 0. */
export async function countInbox(
  db: Db,
  tenantId: string,
  filter: Omit<InboxFilter, "statuses">,
): Promise<Record<CaseStatus, number>> {
  const rows = await db
    .selectFrom("cases")
    .select(["cases.status", (eb) => eb.fn.countAll().as("count")])
    .where("cases.tenant_id", "=", tenantId)
    .where(where(filter))
    .groupBy("cases.status")
    .execute();
  const counts = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  for (const r of rows) counts[z.enum(CASE_STATUSES).parse(r.status)] = Count.parse(r.count);
  return counts;
}

/** A staff member as the case's page names them. */
export const StaffName = z.object({ id: z.number().int(), displayName: z.string() });
export type StaffName = z.infer<typeof StaffName>;

/**
 * The active clerks who work at `place` (every active clerk for a case of no place), by name:
 * whom a case can be assigned to. Administrators who are also clerks work everywhere.
 */
export async function clerksAt(db: Db, tenantId: string, place: string | null): Promise<StaffName[]> {
  let query = db
    .selectFrom("staff_accounts")
    .select(["staff_accounts.id", "staff_accounts.display_name"])
    .where("staff_accounts.tenant_id", "=", tenantId)
    .where("staff_accounts.active", "=", true)
    .where(sql<boolean>`staff_accounts.roles @> ${JSON.stringify(["clerk"])}::jsonb`);
  if (place !== null)
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`staff_accounts.roles @> ${JSON.stringify(["administrator"])}::jsonb`,
        eb.exists(
          eb
            .selectFrom("staff_places")
            .select("staff_places.staff_id")
            .whereRef("staff_places.staff_id", "=", "staff_accounts.id")
            .where("staff_places.location_key", "=", place),
        ),
      ]),
    );
  const rows = await query.orderBy("staff_accounts.display_name").orderBy("staff_accounts.id").execute();
  return rows.map((r) => StaffName.parse({ id: r.id, displayName: r.display_name }));
}

/** The display names of these staff accounts (of this tenant), for a case's timeline. */
export async function staffNames(db: Db, tenantId: string, ids: readonly number[]): Promise<StaffName[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db
    .selectFrom("staff_accounts")
    .select(["id", "display_name"])
    .where("tenant_id", "=", tenantId)
    .where("id", "in", unique)
    .execute();
  return rows.map((r) => StaffName.parse({ id: r.id, displayName: r.display_name }));
}

/**
 * Assigns a case to a staff member, only while it is still as the person saw it: at
 * `revision`, and assigned to `seen` (null: nobody). False when it changed meanwhile.
 */
export async function assignCase(
  db: Db,
  change: { tenantId: string; id: string; revision: number; seen: number | null; to: number },
): Promise<boolean> {
  const result = await db
    .updateTable("cases")
    .set({ assigned_to: change.to })
    .where("tenant_id", "=", change.tenantId)
    .where("id", "=", change.id)
    .where("revision", "=", change.revision)
    .where((eb) =>
      change.seen === null ? eb("assigned_to", "is", null) : eb("assigned_to", "=", change.seen),
    )
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
