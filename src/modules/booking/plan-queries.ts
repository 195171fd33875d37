import { type Kysely, sql, type Transaction } from "kysely";
import { civilDate, instantFromEpochMs } from "../../domain/zoned-time";
import type { DB } from "../../platform/db/schema";
import { type Closure, OpeningPlansFile } from "./domain/opening-plan";
import { expandSessions, MAX_EXPANSION_DAYS } from "./domain/sessions";

/** Stores the tenant's opening plans inside the caller's (import) transaction. */
export async function replaceOpeningPlans(
  trx: Transaction<DB>,
  tenantId: string,
  plans: OpeningPlansFile,
): Promise<void> {
  await trx
    .insertInto("opening_plans")
    .values({ tenant_id: tenantId, data: JSON.stringify(plans) })
    .onConflict((oc) =>
      oc.column("tenant_id").doUpdateSet((eb) => ({ data: eb.ref("excluded.data"), updated_at: sql`now()` })),
    )
    .execute();
}

export async function findOpeningPlans(
  db: Kysely<DB>,
  tenantId: string,
): Promise<OpeningPlansFile | undefined> {
  const row = await db
    .selectFrom("opening_plans")
    .select("data")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return row ? OpeningPlansFile.parse(row.data) : undefined;
}

/**
 * The tenant's plans, locked until the caller's transaction ends, so an edit cannot lose a
 * concurrent one (the visit cancellation locks the same row).
 */
export async function lockOpeningPlans(
  trx: Transaction<DB>,
  tenantId: string,
): Promise<OpeningPlansFile | undefined> {
  const row = await trx
    .selectFrom("opening_plans")
    .select("data")
    .where("tenant_id", "=", tenantId)
    .forUpdate()
    .executeTakeFirst();
  return row ? OpeningPlansFile.parse(row.data) : undefined;
}

/**
 * Adds a closure to the tenant's plans inside the caller's transaction, the plans row locked
 * (as `lockOpeningPlans`); capacities stay as they are, since a closed day offers no times.
 * @throws Error when the tenant has no plans
 */
export async function addClosure(
  trx: Transaction<DB>,
  tenantId: string,
  closure: Closure,
  now: Date,
): Promise<void> {
  const file = await lockOpeningPlans(trx, tenantId);
  if (!file) throw new Error(`no opening plans for tenant ${tenantId}`);
  file.closures.push(closure);
  await trx
    .updateTable("opening_plans")
    .set({ data: JSON.stringify(file), updated_at: now })
    .where("tenant_id", "=", tenantId)
    .execute();
}

/**
 * Stores changed plans inside the caller's transaction and brings the capacity of future
 * slot units in line with their counters. Appointments keep their own times and units: a
 * unit that no plan covers any more keeps its capacity, and no unit's capacity falls below
 * what is already taken.
 * @throws ZodError when the plans are invalid (callers validate first and show the problems)
 */
export async function saveOpeningPlans(
  trx: Transaction<DB>,
  tenantId: string,
  plans: OpeningPlansFile,
  now: Date,
): Promise<void> {
  const valid = OpeningPlansFile.parse(plans);
  await trx
    .insertInto("opening_plans")
    .values({ tenant_id: tenantId, data: JSON.stringify(valid), updated_at: now })
    .onConflict((oc) =>
      oc.column("tenant_id").doUpdateSet((eb) => ({ data: eb.ref("excluded.data"), updated_at: now })),
    )
    .execute();
  await syncUnitCapacities(trx, tenantId, valid, now);
}

const DAY_MS = 86_400_000;

async function syncUnitCapacities(
  trx: Transaction<DB>,
  tenantId: string,
  file: OpeningPlansFile,
  now: Date,
): Promise<void> {
  const rows = await trx
    .selectFrom("slot_units")
    .select(["location_key", "counter_key", "starts_at", "capacity", "taken"])
    .where("tenant_id", "=", tenantId)
    .where("starts_at", ">=", now)
    .where("starts_at", "<", new Date(now.getTime() + (MAX_EXPANSION_DAYS - 2) * DAY_MS))
    .execute();
  if (rows.length === 0) return;
  const units = rows.map((r) => ({ ...r, starts_at: new Date(r.starts_at) }));
  const day = (ms: number) => civilDate(instantFromEpochMs(ms), file.timeZone).toString();
  const times = units.map((u) => u.starts_at.getTime());
  const from = day(Math.min(...times) - DAY_MS);
  const to = day(Math.max(...times) + DAY_MS);
  const sessions = expandSessions({
    plans: file.plans,
    closures: [],
    holidays: new Set(),
    timeZone: file.timeZone,
    from,
    to,
  });
  // the same order bookings lock units in (capacity-queries.ts), so the two never deadlock
  units.sort(
    (a, b) =>
      a.location_key.localeCompare(b.location_key) ||
      a.counter_key.localeCompare(b.counter_key) ||
      a.starts_at.getTime() - b.starts_at.getTime(),
  );
  for (const u of units) {
    const at = u.starts_at.getTime();
    const session = sessions.find(
      (s) =>
        s.location === u.location_key &&
        new Date(s.start).getTime() <= at &&
        at < new Date(s.end).getTime() &&
        s.counters.some((c) => c.key === u.counter_key),
    );
    const counter = session?.counters.find((c) => c.key === u.counter_key);
    if (!counter) continue;
    const capacity = Math.max(u.taken, counter.publicCapacity + counter.staffCapacity);
    if (capacity === u.capacity) continue;
    await trx
      .updateTable("slot_units")
      .set({ capacity: sql<number>`greatest(taken, ${capacity})` })
      .where("tenant_id", "=", tenantId)
      .where("location_key", "=", u.location_key)
      .where("counter_key", "=", u.counter_key)
      .where("starts_at", "=", u.starts_at)
      .execute();
  }
}
