import type { Database } from "../../platform/db/database";
import type { Mailer } from "../../platform/mail";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentWords } from "./appointment-service";
import type { BookingMessages } from "./messages/de";
import { hashToken, newToken } from "./secrets";

export interface ReminderDeps {
  database: Database;
  tenantId: string;
  mailer: Mailer;
  messages: (locale: "de" | "en") => BookingMessages;
  describe: (a: AppointmentView) => Promise<AppointmentWords>;
  manageUrl: (locale: "de" | "en", token: string) => string;
}

/**
 * Sends the reminders that are due, one appointment per transaction: the row is claimed with
 * FOR UPDATE SKIP LOCKED (so parallel runs and instances never take the same one), the mail is
 * sent, and `reminder_sent_at` commits with the claim. A restart never sends a reminder twice;
 * if sending fails, the claim rolls back and the next run tries again.
 * @returns how many reminders were sent
 */
export async function sendDueReminders(deps: ReminderDeps, now: Date, batch = 50): Promise<number> {
  const { db } = deps.database;
  const candidates = await db
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
    .where("tenant_id", "=", deps.tenantId)
    .where("status", "=", "confirmed")
    .where("reminder_sent_at", "is", null)
    .where("reminder_due_at", "<=", now)
    .where("starts_at", ">", now)
    .orderBy("reminder_due_at")
    .limit(batch)
    .execute();
  let sent = 0;
  for (const row of candidates) {
    if (!row.email) continue;
    const appointment: AppointmentView = {
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
    };
    // Described before the claim: the embedded database has one connection, held by the claim.
    const words = await deps.describe(appointment);
    const m = deps.messages(row.locale);
    const claimed = await db.transaction().execute(async (trx) => {
      const mine = await trx
        .selectFrom("appointments")
        .select("id")
        .where("id", "=", row.id)
        .where("status", "=", "confirmed")
        .where("reminder_sent_at", "is", null)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!mine) return false;
      const token = newToken();
      await trx
        .updateTable("appointments")
        .set({ reminder_sent_at: now, reminder_token_hash: hashToken(token) })
        .where("id", "=", row.id)
        .execute();
      await deps.mailer.send({
        to: row.email as string,
        subject: m.mail.reminderSubject(row.code),
        text: m.mail.reminderBody({
          name: row.name ?? "",
          when: words.when,
          place: words.place,
          manageUrl: deps.manageUrl(row.locale, token),
        }),
      });
      return true;
    });
    if (claimed) sent++;
  }
  return sent;
}
