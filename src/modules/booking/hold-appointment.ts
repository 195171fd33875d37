import type { Database } from "../../platform/db/database";
import { ensureUnits, releaseDue, takeUnits, type UnitWithCapacity } from "./capacity-queries";
import { hashToken, newBookingCode, newToken } from "./secrets";

export interface HoldRequest {
  tenantId: string;
  location: string;
  counter: string;
  startsAt: Date;
  endsAt: Date;
  services: string[];
  units: UnitWithCapacity[];
  channel: "public" | "staff";
  holdMinutes: number;
  locale: "de" | "en";
  clientHash: string | null;
  now: Date;
}

export type HoldResult =
  | { ok: true; id: number; code: string; holdToken: string }
  | { ok: false; reason: "slot-taken" | "too-many" };

/**
 * Holds a slot for a few minutes while the resident completes the form: release what is due,
 * then in one transaction take a place on every unit of the slot (or none) and record the
 * held appointment. Whatever the concurrency, at most `capacity` claims exist per unit.
 */
export async function holdAppointment(database: Database, request: HoldRequest): Promise<HoldResult> {
  const holdToken = newToken();
  // Released in a transaction of its own: its unit locks and this booking's would not be in
  // one key order together, and two such bookings could deadlock.
  await database.db.transaction().execute((trx) => releaseDue(trx, request.tenantId, request.now));
  return database.db.transaction().execute(async (trx) => {
    await ensureUnits(trx, request.tenantId, request.units);
    if (!(await takeUnits(trx, request.tenantId, request.units)))
      return { ok: false, reason: "slot-taken" } as const;
    const code = newBookingCode();
    const row = await trx
      .insertInto("appointments")
      .values({
        tenant_id: request.tenantId,
        code,
        status: "held",
        channel: request.channel,
        location_key: request.location,
        counter_key: request.counter,
        starts_at: request.startsAt,
        ends_at: request.endsAt,
        services: JSON.stringify(request.services),
        hold_expires_at: new Date(request.now.getTime() + request.holdMinutes * 60_000),
        hold_token_hash: hashToken(holdToken),
        created_at: request.now,
        client_hash: request.clientHash,
        locale: request.locale,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("appointment_units")
      .values(
        request.units.map((u) => ({
          appointment_id: row.id,
          tenant_id: request.tenantId,
          location_key: u.location,
          counter_key: u.counter,
          starts_at: u.startsAt,
        })),
      )
      .execute();
    return { ok: true, id: row.id, code, holdToken } as const;
  });
}
