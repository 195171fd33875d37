import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import { needsJson } from "./appointment-queries";
import { BOOKED_BY_STAFF, STAFF_BOOKING_CHANNELS, type StaffBookingDetails } from "./domain/staff-booking";

/**
 * Stores the person's details on a hold made by staff, while the hold lasts.
 * @returns false when the hold ran out (or is not a staff hold)
 */
export async function saveStaffBookingDetails(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
  details: StaffBookingDetails,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("appointments")
    .set({
      name: details.name,
      email: details.email ?? null,
      phone: details.phone ?? null,
      channel: details.kanal,
      locale: details.sprache,
      needs: needsJson(details),
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("status", "=", "held")
    .where("channel", "in", [...BOOKED_BY_STAFF])
    .where("hold_expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Books a staff hold that has the person's details, inside the caller's transaction. The
 * manage link and the reminder come only with an e-mail address.
 * @returns false when the hold ran out or has no details yet
 */
export async function confirmStaffBooking(
  trx: Transaction<DB>,
  tenantId: string,
  input: { id: number; now: Date; manageTokenHash: string | null; reminderDueAt: Date | null },
): Promise<boolean> {
  const result = await trx
    .updateTable("appointments")
    .set({
      status: "confirmed",
      confirmed_at: input.now,
      hold_expires_at: null,
      manage_token_hash: input.manageTokenHash,
      reminder_due_at: input.reminderDueAt,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", input.id)
    .where("status", "=", "held")
    .where("channel", "in", [...STAFF_BOOKING_CHANNELS])
    .where("name", "is not", null)
    .where("hold_expires_at", ">", input.now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
