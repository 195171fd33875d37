import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import type { AppointmentView } from "./appointment-queries";

/** Confirmed appointments whose reminder is due at `now` and not yet sent, oldest due first. */
export async function findDueReminders(
  db: Kysely<DB>,
  tenantId: string,
  now: Date,
  batch: number,
): Promise<AppointmentView[]> {
  const rows = await db
    .selectFrom("appointments")
    .select([
      "id",
      "code",
      "channel",
      "starts_at",
      "ends_at",
      "location_key",
      "counter_key",
      "services",
      "name",
      "email",
      "locale",
      "calendar_sequence",
    ])
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "confirmed")
    .where("reminder_sent_at", "is", null)
    .where("reminder_due_at", "<=", now)
    .where("starts_at", ">", now)
    .orderBy("reminder_due_at")
    .limit(batch)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    status: "confirmed",
    channel: row.channel,
    location: row.location_key,
    counter: row.counter_key,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    services: row.services as string[],
    holdExpiresAt: null,
    name: row.name,
    email: row.email,
    phone: null,
    needs: null,
    locale: row.locale,
    calendarSequence: row.calendar_sequence,
  }));
}

/**
 * Claims an appointment's reminder for this transaction (FOR UPDATE SKIP LOCKED, so parallel
 * runs never take the same one) and marks it sent with the reminder link's hash; the mark
 * commits with the transaction. @returns whether this run has it
 */
export async function claimReminder(
  trx: Transaction<DB>,
  id: number,
  now: Date,
  reminderTokenHash: string,
): Promise<boolean> {
  const mine = await trx
    .selectFrom("appointments")
    .select("id")
    .where("id", "=", id)
    .where("status", "=", "confirmed")
    .where("reminder_sent_at", "is", null)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!mine) return false;
  await trx
    .updateTable("appointments")
    .set({ reminder_sent_at: now, reminder_token_hash: reminderTokenHash })
    .where("id", "=", id)
    .execute();
  return true;
}
