import type { Database } from "../../platform/db/database";
import { insertAppointmentUnits, insertHeldAppointment } from "./appointment-change-queries";
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
  /** the online application (case) the visit is for, if any */
  caseId?: string | null;
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
    const id = await insertHeldAppointment(trx, {
      ...request,
      code,
      holdExpiresAt: new Date(request.now.getTime() + request.holdMinutes * 60_000),
      holdTokenHash: hashToken(holdToken),
    });
    await insertAppointmentUnits(trx, request.tenantId, id, request.units);
    return { ok: true, id, code, holdToken } as const;
  });
}
