import type { Database } from "../../platform/db/database";
import type { Mailer } from "../../platform/mail";
import type { AppointmentView } from "./appointment-queries";
import type { AppointmentWords } from "./appointment-service";
import type { BookingMessages } from "./messages/de";
import { claimReminder, findDueReminders } from "./reminder-queries";
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
  const candidates = await findDueReminders(db, deps.tenantId, now, batch);
  let sent = 0;
  for (const row of candidates) {
    const email = row.email;
    if (!email) continue;
    // Described before the claim: the embedded database has one connection, held by the claim.
    const words = await deps.describe(row);
    const m = deps.messages(row.locale);
    const claimed = await db.transaction().execute(async (trx) => {
      const token = newToken();
      if (!(await claimReminder(trx, row.id, now, hashToken(token)))) return false;
      await deps.mailer.send({
        to: email,
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
