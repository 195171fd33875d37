import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";

/** One slot unit of one counter at one place: the grain at which capacity is counted. */
export interface UnitRef {
  location: string;
  counter: string;
  startsAt: Date;
}

export interface UnitWithCapacity extends UnitRef {
  /** all places of the unit (public and staff): what the CHECK constraint enforces */
  capacity: number;
  /** how many of them this booking's channel may fill (public bookings leave staff places free) */
  limit?: number;
}

const byKey = (a: UnitRef, b: UnitRef) =>
  a.location.localeCompare(b.location) ||
  a.counter.localeCompare(b.counter) ||
  a.startsAt.getTime() - b.startsAt.getTime();

/** Creates the unit rows an appointment needs, with the plan's capacity, if not there yet. */
export async function ensureUnits(
  trx: Transaction<DB>,
  tenantId: string,
  units: UnitWithCapacity[],
): Promise<void> {
  if (units.length === 0) return;
  await trx
    .insertInto("slot_units")
    .values(
      units.map((u) => ({
        tenant_id: tenantId,
        location_key: u.location,
        counter_key: u.counter,
        starts_at: u.startsAt,
        capacity: u.capacity,
      })),
    )
    .onConflict((oc) => oc.columns(["tenant_id", "location_key", "counter_key", "starts_at"]).doNothing())
    .execute();
}

/**
 * Takes one place on every unit, or on none. Locks the unit rows in key order first, so two
 * bookings that share units always queue in the same order and never deadlock. The CHECK
 * constraint `taken <= capacity` backs this up: even a wrong caller cannot overbook.
 * @returns false (and changes nothing) when any unit is full
 */
export async function takeUnits(
  trx: Transaction<DB>,
  tenantId: string,
  units: (UnitRef & { limit?: number })[],
): Promise<boolean> {
  const sorted = [...units].sort(byKey);
  const rows = [];
  for (const u of sorted) {
    const row = await trx
      .selectFrom("slot_units")
      .select(["taken", "capacity"])
      .where("tenant_id", "=", tenantId)
      .where("location_key", "=", u.location)
      .where("counter_key", "=", u.counter)
      .where("starts_at", "=", u.startsAt)
      .forUpdate()
      .executeTakeFirst();
    rows.push(row);
  }
  // Checked under the row locks, so the channel's limit is as exact as the constraint.
  if (rows.some((r, i) => !r || r.taken >= Math.min(r.capacity, sorted[i]?.limit ?? r.capacity)))
    return false;
  for (const u of sorted) {
    await trx
      .updateTable("slot_units")
      .set({ taken: sql`taken + 1` })
      .where("tenant_id", "=", tenantId)
      .where("location_key", "=", u.location)
      .where("counter_key", "=", u.counter)
      .where("starts_at", "=", u.startsAt)
      .execute();
  }
  return true;
}

/** Gives back one place on each unit of the given appointments (in key order). */
async function giveBackUnitsOf(
  trx: Transaction<DB>,
  tenantId: string,
  appointmentIds: number[],
): Promise<void> {
  if (appointmentIds.length === 0) return;
  const units = await trx
    .selectFrom("appointment_units")
    .select(["location_key", "counter_key", "starts_at"])
    .where("appointment_id", "in", appointmentIds)
    .orderBy(["location_key", "counter_key", "starts_at"])
    .execute();
  for (const u of units) {
    await trx
      .updateTable("slot_units")
      .set({ taken: sql`taken - 1` })
      .where("tenant_id", "=", tenantId)
      .where("location_key", "=", u.location_key)
      .where("counter_key", "=", u.counter_key)
      .where("starts_at", "=", u.starts_at)
      .execute();
  }
}

/**
 * Returns the capacity of holds that have run out and of cancellations whose release time
 * has come. Safe under concurrency: an appointment is released by whichever transaction
 * first changes its row; the others see the new state and skip it.
 * @returns how many appointments were released
 */
export async function releaseDue(trx: Transaction<DB>, tenantId: string, now: Date): Promise<number> {
  const expired = await trx
    .updateTable("appointments")
    .set({ status: "expired", units_released_at: now })
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "held")
    .where("hold_expires_at", "<=", now)
    .returning("id")
    .execute();
  const cancelled = await trx
    .updateTable("appointments")
    .set({ units_released_at: now })
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "cancelled")
    .where("units_released_at", "is", null)
    .where("release_at", "<=", now)
    .returning("id")
    .execute();
  const ids = [...expired, ...cancelled].map((r) => r.id);
  await giveBackUnitsOf(trx, tenantId, ids);
  return ids.length;
}

/**
 * How many places are taken per unit of a place between two instants, counting only live
 * claims: confirmed appointments, holds not yet run out, cancellations not yet due for
 * release. (The counters in slot_units may still include claims that ran out until the next
 * booking releases them; they are the guard, this is the view.)
 */
export async function findTakenUnits(
  db: Kysely<DB>,
  tenantId: string,
  location: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<{ counter: string; startsAt: Date; taken: number }[]> {
  const rows = await db
    .selectFrom("appointment_units as au")
    .innerJoin("appointments as a", "a.id", "au.appointment_id")
    .select(["au.counter_key", "au.starts_at", sql<number>`count(*)::int`.as("taken")])
    .where("au.tenant_id", "=", tenantId)
    .where("au.location_key", "=", location)
    .where("au.starts_at", ">=", from)
    .where("au.starts_at", "<", to)
    .where((eb) =>
      eb.or([
        eb("a.status", "=", "confirmed"),
        eb.and([eb("a.status", "=", "held"), eb("a.hold_expires_at", ">", now)]),
        eb.and([
          eb("a.status", "=", "cancelled"),
          eb("a.units_released_at", "is", null),
          eb("a.release_at", ">", now),
        ]),
      ]),
    )
    .groupBy(["au.counter_key", "au.starts_at"])
    .execute();
  return rows.map((r) => ({ counter: r.counter_key, startsAt: new Date(r.starts_at), taken: r.taken }));
}
