/**
 * The ceiling for the booking rush: the transaction of `holdAppointment` written as plain SQL
 * over node-postgres, statement for statement (release due claims, ensure unit rows, lock the
 * units in key order, check, raise `taken`, insert the held appointment and its units), without
 * Kysely or any other layer of the application.
 */
import type pg from "pg";
import type { HoldRequest, HoldResult } from "../src/modules/booking/hold-appointment";
import { hashToken, newBookingCode, newToken } from "../src/modules/booking/secrets";

type Unit = HoldRequest["units"][number];

// Same order as takeUnits: two bookings that share units lock them in the same order.
const byKey = (a: Unit, b: Unit) =>
  a.location.localeCompare(b.location) ||
  a.counter.localeCompare(b.counter) ||
  a.startsAt.getTime() - b.startsAt.getTime();

const UNIT_WHERE = "tenant_id = $1 and location_key = $2 and counter_key = $3 and starts_at = $4";

/** `($1, $2, …), ($k, …)` for `rows` rows of `width` parameters each. */
function placeholders(rows: number, width: number): string {
  return Array.from(
    { length: rows },
    (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(", ")})`,
  ).join(", ");
}

/** holdAppointment as raw SQL: same statements, same order, same result. */
export async function holdRaw(pool: pg.Pool, r: HoldRequest): Promise<HoldResult> {
  const holdToken = newToken();
  const client = await pool.connect();
  try {
    await client.query("begin");
    // releaseDue
    const expired = await client.query<{ id: number }>(
      `update appointments set status = 'expired', units_released_at = $2
       where tenant_id = $1 and status = 'held' and hold_expires_at <= $2 returning id`,
      [r.tenantId, r.now],
    );
    const cancelled = await client.query<{ id: number }>(
      `update appointments set units_released_at = $2
       where tenant_id = $1 and status = 'cancelled' and units_released_at is null and release_at <= $2
       returning id`,
      [r.tenantId, r.now],
    );
    const ids = [...expired.rows, ...cancelled.rows].map((x) => x.id);
    if (ids.length > 0) {
      const given = await client.query<{ location_key: string; counter_key: string; starts_at: Date }>(
        `select location_key, counter_key, starts_at from appointment_units
         where appointment_id = any($1) order by location_key, counter_key, starts_at`,
        [ids],
      );
      for (const u of given.rows)
        await client.query(`update slot_units set taken = taken - 1 where ${UNIT_WHERE}`, [
          r.tenantId,
          u.location_key,
          u.counter_key,
          u.starts_at,
        ]);
    }
    // the release commits on its own, as in holdAppointment (one key order per transaction)
    await client.query("commit");
    await client.query("begin");
    // ensureUnits
    if (r.units.length > 0)
      await client.query(
        `insert into slot_units (tenant_id, location_key, counter_key, starts_at, capacity)
         values ${placeholders(r.units.length, 5)}
         on conflict (tenant_id, location_key, counter_key, starts_at) do nothing`,
        r.units.flatMap((u) => [r.tenantId, u.location, u.counter, u.startsAt, u.capacity]),
      );
    // takeUnits: lock in key order, check under the locks, then raise the counters
    const sorted = [...r.units].sort(byKey);
    const rows: ({ taken: number; capacity: number } | undefined)[] = [];
    for (const u of sorted) {
      const res = await client.query<{ taken: number; capacity: number }>(
        `select taken, capacity from slot_units where ${UNIT_WHERE} for update`,
        [r.tenantId, u.location, u.counter, u.startsAt],
      );
      rows.push(res.rows[0]);
    }
    if (rows.some((x, i) => !x || x.taken >= Math.min(x.capacity, sorted[i]?.limit ?? x.capacity))) {
      // holdAppointment returns from its transaction callback here, so Kysely commits.
      await client.query("commit");
      return { ok: false, reason: "slot-taken" };
    }
    for (const u of sorted)
      await client.query(`update slot_units set taken = taken + 1 where ${UNIT_WHERE}`, [
        r.tenantId,
        u.location,
        u.counter,
        u.startsAt,
      ]);
    const code = newBookingCode();
    const inserted = await client.query<{ id: number }>(
      `insert into appointments (tenant_id, code, status, channel, location_key, counter_key, starts_at,
         ends_at, services, hold_expires_at, hold_token_hash, client_hash, locale)
       values ($1, $2, 'held', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning id`,
      [
        r.tenantId,
        code,
        r.channel,
        r.location,
        r.counter,
        r.startsAt,
        r.endsAt,
        JSON.stringify(r.services),
        new Date(r.now.getTime() + r.holdMinutes * 60_000),
        hashToken(holdToken),
        r.clientHash,
        r.locale,
      ],
    );
    const id = inserted.rows[0]?.id;
    if (id === undefined) throw new Error("insert into appointments returned no id");
    await client.query(
      `insert into appointment_units (appointment_id, tenant_id, location_key, counter_key, starts_at)
       values ${placeholders(r.units.length, 5)}`,
      r.units.flatMap((u) => [id, r.tenantId, u.location, u.counter, u.startsAt]),
    );
    await client.query("commit");
    return { ok: true, id, code, holdToken };
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
