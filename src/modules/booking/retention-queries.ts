import type { Database } from "../../platform/db/database";

const DAY = 86_400_000;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): appointment data has no statutory retention period,
 * so the personal data of an appointment is removed `retentionDays` after it ended (holds that
 * ran out: after a day), and ended waitlist wishes are deleted after the same period. What
 * stays is anonymous: place, time, services and status, for statistics.
 * @returns how many appointments and wishes were cleared
 */
export async function removeExpiredPersonalData(
  database: Database,
  tenantId: string,
  retentionDays: number,
  now: Date,
): Promise<{ appointments: number; wishes: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY);
  const cleared = {
    name: null,
    email: null,
    phone: null,
    needs: null,
    hold_token_hash: null,
    manage_token_hash: null,
    reminder_token_hash: null,
    client_hash: null,
    anonymised_at: now,
  };
  const ended = await database.db
    .updateTable("appointments")
    .set(cleared)
    .where("tenant_id", "=", tenantId)
    .where("anonymised_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("ends_at", "<", cutoff),
        eb.and([eb("status", "=", "expired"), eb("hold_expires_at", "<", new Date(now.getTime() - DAY))]),
      ]),
    )
    .executeTakeFirst();
  const wishes = await database.db
    .deleteFrom("waitlist_wishes")
    .where("tenant_id", "=", tenantId)
    .where("status", "in", ["booked", "lapsed", "withdrawn"])
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  return { appointments: Number(ended.numUpdatedRows), wishes: Number(wishes.numDeletedRows) };
}
