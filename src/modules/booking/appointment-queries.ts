import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";

/** An appointment as the booking pages and mails see it. */
export const AppointmentView = z.object({
  id: z.number(),
  code: z.string(),
  status: z.enum(["held", "confirmed", "cancelled", "expired"]),
  /** online ("public"), or booked by staff: "phone", "counter" ("staff" while held) */
  channel: z.enum(["public", "staff", "phone", "counter"]),
  location: z.string(),
  counter: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  services: z.array(z.string()),
  holdExpiresAt: z.date().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  needs: z.object({ wheelchair: z.boolean(), signLanguage: z.boolean(), other: z.string() }).nullable(),
  locale: z.enum(["de", "en"]),
  /** SEQUENCE of its calendar entry (rises with each change mailed) */
  calendarSequence: z.number().int().min(0),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

const COLUMNS = [
  "id",
  "code",
  "status",
  "channel",
  "location_key",
  "counter_key",
  "starts_at",
  "ends_at",
  "services",
  "hold_expires_at",
  "name",
  "email",
  "phone",
  "needs",
  "locale",
  "calendar_sequence",
] as const;

type Row = Record<(typeof COLUMNS)[number], unknown>;

function toView(row: Row): AppointmentView {
  return AppointmentView.parse({
    id: row.id,
    code: row.code,
    status: row.status,
    channel: row.channel,
    location: row.location_key,
    counter: row.counter_key,
    startsAt: new Date(row.starts_at as string),
    endsAt: new Date(row.ends_at as string),
    services: row.services,
    holdExpiresAt: row.hold_expires_at ? new Date(row.hold_expires_at as string) : null,
    name: row.name,
    email: row.email,
    phone: row.phone,
    needs: row.needs,
    locale: row.locale,
    calendarSequence: row.calendar_sequence,
  });
}

export async function findAppointmentByTokenHash(
  db: Kysely<DB>,
  tenantId: string,
  kind: "hold" | "manage",
  hash: string,
): Promise<AppointmentView | undefined> {
  const row = await db
    .selectFrom("appointments")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where((eb) =>
      kind === "hold"
        ? eb("hold_token_hash", "=", hash)
        : eb.or([eb("manage_token_hash", "=", hash), eb("reminder_token_hash", "=", hash)]),
    )
    .executeTakeFirst();
  return row ? toView(row) : undefined;
}

/** A booked visit for an online application, as the application's page names it. */
export const CaseVisit = z.object({
  code: z.string(),
  location: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
});
export type CaseVisit = z.infer<typeof CaseVisit>;

/** The booked appointments for a case that are not over yet, the earliest first. */
export async function findUpcomingVisitsOfCase(
  db: Kysely<DB>,
  tenantId: string,
  caseId: string,
  now: Date,
): Promise<CaseVisit[]> {
  const rows = await db
    .selectFrom("appointments")
    .select(["code", "location_key", "starts_at", "ends_at"])
    .where("tenant_id", "=", tenantId)
    .where("case_id", "=", caseId)
    .where("status", "=", "confirmed")
    .where("ends_at", ">", now)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
  return rows.map((r) =>
    CaseVisit.parse({
      code: r.code,
      location: r.location_key,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
    }),
  );
}

/** Active (held or confirmed, not yet over) appointments booked with an e-mail address. */
export async function countActiveByEmail(
  db: Kysely<DB>,
  tenantId: string,
  email: string,
  now: Date,
  exceptId: number,
) {
  const row = await db
    .selectFrom("appointments")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("tenant_id", "=", tenantId)
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .where("status", "=", "confirmed")
    .where("ends_at", ">", now)
    .where("id", "<>", exceptId)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Slots reserved from one client address since a moment, whatever became of them. */
export async function countHoldsByClient(db: Kysely<DB>, tenantId: string, clientHash: string, since: Date) {
  const row = await db
    .selectFrom("appointments")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("tenant_id", "=", tenantId)
    .where("client_hash", "=", clientHash)
    .where("created_at", ">=", since)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The contact of a hold; `needs` as the contact form gives them. */
export interface HoldContact {
  name: string;
  email: string;
  phone?: string | undefined;
  needWheelchair: boolean;
  needSignLanguage: boolean;
  needOther?: string | undefined;
}

/** The needs column from the answers of a contact form. */
export function needsJson(
  answers: Pick<HoldContact, "needWheelchair" | "needSignLanguage" | "needOther">,
): string {
  return JSON.stringify({
    wheelchair: answers.needWheelchair,
    signLanguage: answers.needSignLanguage,
    other: answers.needOther ?? "",
  });
}

/** The contact columns of an appointment as the contact form gives them. */
export function contactColumns(contact: HoldContact) {
  return {
    name: contact.name,
    email: contact.email,
    phone: contact.phone ?? null,
    needs: needsJson(contact),
  };
}

/**
 * Keeps what a resident entered on a hold that has run out (held past its time, or already
 * released), so that a new time can continue with it. Personal data of such holds is removed
 * a day later by the retention job.
 * @returns false when the appointment is no longer a lapsed hold
 */
export async function keepContactOfLapsedHold(
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
    .where("anonymised_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("status", "=", "expired"),
        eb.and([eb("status", "=", "held"), eb("hold_expires_at", "<=", now)]),
      ]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Copies name, e-mail, phone, needs and the case it is for from one appointment to a hold (a
 * new time for the same entries).
 */
export async function copyContactToHold(
  db: Kysely<DB>,
  tenantId: string,
  fromId: number,
  toId: number,
): Promise<void> {
  const source = await db
    .selectFrom("appointments")
    .select(["name", "email", "phone", "needs", "case_id"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", fromId)
    .executeTakeFirst();
  if (!source) return;
  await db
    .updateTable("appointments")
    .set({
      name: source.name,
      email: source.email,
      phone: source.phone,
      needs: source.needs === null ? null : JSON.stringify(source.needs),
      case_id: source.case_id,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", toId)
    .where("status", "=", "held")
    .execute();
}
