import { type Kysely, sql } from "kysely";
import type { DB } from "../../../platform/db/schema";
import "./tables";

/**
 * Deletes the cases of a tenant that ended before `before`: completed or withdrawn (their closing
 * time), or rejected and not touched since. Only the services named in `services` (or, when
 * `except` is given, every service but those). Their timelines, files and documents go with them
 * (foreign keys cascade); an appointment keeps no link to them. Returns how many.
 */
export async function deleteEndedCases(
  db: Kysely<DB>,
  filter: { tenantId: string; before: Date } & (
    | { services: readonly string[] }
    | { except: readonly string[] }
  ),
): Promise<number> {
  let query = db
    .deleteFrom("cases")
    .where("tenant_id", "=", filter.tenantId)
    .where((eb) =>
      eb.or([
        eb("closed_at", "<", filter.before),
        eb.and([eb("status", "=", "rejected"), eb("last_event_at", "<", filter.before)]),
      ]),
    );
  if ("services" in filter) {
    if (filter.services.length === 0) return 0;
    query = query.where("service_key", "in", [...filter.services]);
  } else if (filter.except.length > 0) query = query.where("service_key", "not in", [...filter.except]);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many cases of a tenant are stored (for the retention test and reports). */
export async function countCases(db: Kysely<DB>, tenantId: string): Promise<number> {
  const row = await sql<{ n: string }>`select count(*) as n from cases where tenant_id = ${tenantId}`.execute(
    db,
  );
  return Number(row.rows[0]?.n ?? 0);
}
