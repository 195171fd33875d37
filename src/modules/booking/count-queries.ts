import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema";

/** Counts of appointments for the back office's overviews: no personal data. */

/** The start times of confirmed appointments at the given places in [from, to). */
export async function findBookedStarts(
  db: Kysely<DB>,
  tenantId: string,
  filter: { locations: readonly string[]; from: Date; to: Date },
): Promise<{ location: string; startsAt: Date }[]> {
  const rows = await db
    .selectFrom("appointments")
    .select(["location_key", "starts_at"])
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "confirmed")
    .where("location_key", "in", filter.locations)
    .where("starts_at", ">=", filter.from)
    .where("starts_at", "<", filter.to)
    .execute();
  return rows.map((r) => ({ location: r.location_key, startsAt: new Date(r.starts_at) }));
}

/** Confirmed appointments starting in [start, end), at one place or at all ("all"). */
export async function countConfirmedBetween(
  db: Kysely<DB>,
  tenantId: string,
  filter: { location: string; start: Date; end: Date },
): Promise<number> {
  let q = db
    .selectFrom("appointments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "confirmed")
    .where("starts_at", ">=", filter.start)
    .where("starts_at", "<", filter.end);
  if (filter.location !== "all") q = q.where("location_key", "=", filter.location);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The appointments of a place cancelled at exactly `cancelledAt`, and how many had an e-mail address. */
export async function countCancelledAt(
  db: Kysely<DB>,
  tenantId: string,
  filter: { location: string; cancelledAt: Date },
): Promise<{ cancelled: number; withEmail: number }> {
  const rows = await db
    .selectFrom("appointments")
    .select((eb) => [eb.fn.countAll<number>().as("cancelled"), eb.fn.count<number>("email").as("with_email")])
    .where("tenant_id", "=", tenantId)
    .where("location_key", "=", filter.location)
    .where("status", "=", "cancelled")
    .where("cancelled_at", "=", filter.cancelledAt)
    .executeTakeFirst();
  return { cancelled: Number(rows?.cancelled ?? 0), withEmail: Number(rows?.with_email ?? 0) };
}
