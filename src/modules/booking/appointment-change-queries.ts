import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import { contactColumns, type HoldContact } from "./appointment-queries";
import type { UnitRef } from "./capacity-queries";

/*
 * The writes that change an appointment's state: hold, contact, confirm, cancel, move. Each
 * names the state it expects in its WHERE clause, so a change that lost a race changes nothing.
 */

/** Records which slot units an appointment occupies (the units were taken before). */
export async function insertAppointmentUnits(
  trx: Transaction<DB>,
  tenantId: string,
  appointmentId: number,
  units: readonly UnitRef[],
): Promise<void> {
  await trx
    .insertInto("appointment_units")
    .values(
      units.map((u) => ({
        appointment_id: appointmentId,
        tenant_id: tenantId,
        location_key: u.location,
        counter_key: u.counter,
        starts_at: u.startsAt,
      })),
    )
    .execute();
}

export interface NewHold {
  tenantId: string;
  code: string;
  channel: "public" | "staff";
  location: string;
  counter: string;
  startsAt: Date;
  endsAt: Date;
  services: string[];
  holdExpiresAt: Date;
  holdTokenHash: string;
  clientHash: string | null;
  locale: "de" | "en";
  /** the online application (case) the visit is for, if any */
  caseId?: string | null;
  now: Date;
}

/** Inserts a held appointment inside the caller's transaction. @returns its id */
export async function insertHeldAppointment(trx: Transaction<DB>, hold: NewHold): Promise<number> {
  const row = await trx
    .insertInto("appointments")
    .values({
      tenant_id: hold.tenantId,
      code: hold.code,
      status: "held",
      channel: hold.channel,
      location_key: hold.location,
      counter_key: hold.counter,
      starts_at: hold.startsAt,
      ends_at: hold.endsAt,
      services: JSON.stringify(hold.services),
      hold_expires_at: hold.holdExpiresAt,
      hold_token_hash: hold.holdTokenHash,
      created_at: hold.now,
      client_hash: hold.clientHash,
      locale: hold.locale,
      case_id: hold.caseId ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The hold token hash of an appointment (a waitlist offer keeps only the id). */
export async function findHoldTokenHash(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom("appointments")
    .select("hold_token_hash")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.hold_token_hash;
}

/**
 * Stores the contact on a hold while it lasts.
 * @returns false when the hold ran out
 */
export async function saveHoldContact(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
  contact: HoldContact,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("appointments")
    .set(contactColumns(contact))
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .where("status", "=", "held")
    .where("hold_expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Books a hold that has an e-mail address, while the hold lasts.
 * @returns false when the hold ran out or has no contact yet
 */
export async function confirmHold(
  db: Kysely<DB>,
  tenantId: string,
  input: { id: number; now: Date; manageTokenHash: string; reminderDueAt: Date | null },
): Promise<boolean> {
  const result = await db
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
    .where("hold_expires_at", ">", input.now)
    .where("email", "is not", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Cancels a booked appointment; its units are released at `releaseAt`. The calendar
 * sequence rises, for the cancellation sent to the resident's calendar.
 * @returns the new calendar sequence, or undefined when it was not booked (any more)
 */
export async function cancelConfirmed(
  db: Kysely<DB>,
  tenantId: string,
  input: { id: number; now: Date; releaseAt: Date },
): Promise<number | undefined> {
  const row = await db
    .updateTable("appointments")
    .set((eb) => ({
      status: "cancelled",
      cancelled_at: input.now,
      release_at: input.releaseAt,
      calendar_sequence: eb("calendar_sequence", "+", 1),
    }))
    .where("tenant_id", "=", tenantId)
    .where("id", "=", input.id)
    .where("status", "=", "confirmed")
    .returning("calendar_sequence")
    .executeTakeFirst();
  return row?.calendar_sequence;
}

/** What a moved appointment keeps and what it gets anew. */
export interface MovedAppointment {
  code: string;
  /** how it was booked first: a move keeps it (a phone booking stays one) */
  channel: "public" | "staff" | "phone" | "counter";
  location: string;
  counter: string;
  startsAt: Date;
  endsAt: Date;
  services: string[];
  name: string | null;
  email: string | null;
  phone: string | null;
  needs: unknown;
  locale: "de" | "en";
  manageTokenHash: string;
  reminderDueAt: Date | null;
}

/**
 * Inside the caller's transaction (which has taken the new units): cancels the booked
 * appointment `fromId` without its links, and inserts the moved one with the next calendar
 * sequence and the case the old one was for, pointing the old one to it.
 * @returns the new appointment's id, or undefined when `fromId` was not booked (any more)
 */
export async function moveConfirmed(
  trx: Transaction<DB>,
  tenantId: string,
  input: { fromId: number; now: Date; releaseAt: Date; to: MovedAppointment },
): Promise<number | undefined> {
  const old = await trx
    .updateTable("appointments")
    .set({
      status: "cancelled",
      cancelled_at: input.now,
      release_at: input.releaseAt,
      manage_token_hash: null,
      reminder_token_hash: null,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", input.fromId)
    .where("status", "=", "confirmed")
    .returning(["calendar_sequence", "case_id"])
    .executeTakeFirst();
  if (!old) return undefined;
  const { to } = input;
  const row = await trx
    .insertInto("appointments")
    .values({
      tenant_id: tenantId,
      code: to.code,
      status: "confirmed",
      channel: to.channel,
      location_key: to.location,
      counter_key: to.counter,
      starts_at: to.startsAt,
      ends_at: to.endsAt,
      services: JSON.stringify(to.services),
      name: to.name,
      email: to.email,
      phone: to.phone,
      needs: to.needs ? JSON.stringify(to.needs) : null,
      locale: to.locale,
      manage_token_hash: to.manageTokenHash,
      confirmed_at: input.now,
      reminder_due_at: to.reminderDueAt,
      calendar_sequence: old.calendar_sequence + 1,
      case_id: old.case_id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx
    .updateTable("appointments")
    .set({ rescheduled_to: row.id })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", input.fromId)
    .execute();
  return row.id;
}

/**
 * Cancels, inside the caller's transaction, every held or booked appointment at a place
 * starting in `[from, to)`; their units are released at once (the capacity is gone).
 * @returns what the residents are told about
 */
export async function cancelAppointmentsBetween(
  trx: Transaction<DB>,
  tenantId: string,
  input: { location: string; from: Date; to: Date; now: Date },
) {
  return trx
    .updateTable("appointments")
    .set((eb) => ({
      status: "cancelled",
      cancelled_at: input.now,
      release_at: input.now,
      calendar_sequence: eb("calendar_sequence", "+", 1),
    }))
    .where("tenant_id", "=", tenantId)
    .where("location_key", "=", input.location)
    .where("status", "in", ["confirmed", "held"])
    .where("starts_at", ">=", input.from)
    .where("starts_at", "<", input.to)
    .returning([
      "id",
      "code",
      "status",
      "channel",
      "email",
      "name",
      "locale",
      "starts_at",
      "ends_at",
      "services",
      "counter_key",
      "calendar_sequence",
      "confirmed_at",
    ])
    .execute();
}
