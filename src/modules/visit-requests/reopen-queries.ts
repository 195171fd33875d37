import type { Kysely } from "kysely";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { Locale, type LocalizedText } from "../../domain/locale";
import type { DB } from "../../platform/db/schema";
import { PLACE_KINDS } from "./domain/visit-request";

/*
 * Requests scheduled into a visit of the mobile Stadtbüro that is being cancelled: they go
 * back to new, with a note of the cancelled visit for the staff who schedule them again.
 */

/** A visit of a stop: requests scheduled into it start at or after `from` and before `to`. */
export interface StopVisitSpan {
  tenantId: string;
  location: string;
  from: Date;
  to: Date;
}

const Instant = z.date().transform((d) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toString());

const LockedRow = z.object({
  id: z.number().int(),
  code: z.string(),
  locale: Locale,
  email: z.string().nullable(),
  place_kind: z.enum(PLACE_KINDS),
  care_home_name: z.string().nullable(),
  street: z.string().nullable(),
  postal_code: z.string().nullable(),
  scheduled_at: Instant,
  scheduled_until: Instant.nullable(),
});

/** A request set back to new: what its mail needs (the language, the address to write to). */
export interface ReopenedRequest {
  id: number;
  code: string;
  locale: Locale;
  email: string | null;
  placeKind: (typeof PLACE_KINDS)[number];
  careHomeName: string | null;
  street: string | null;
  postalCode: string | null;
  /** the cancelled visit's window (instants "…Z"); `until` is unknown for older schedules */
  visitAt: string;
  visitUntil: string | null;
}

const scheduledInto = (span: StopVisitSpan) => (db: Kysely<DB>) =>
  db
    .selectFrom("visit_requests")
    .where("tenant_id", "=", span.tenantId)
    .where("status", "=", "scheduled")
    .where("scheduled_kind", "=", "mobile-visit")
    .where("scheduled_location", "=", span.location)
    .where("scheduled_at", ">=", span.from)
    .where("scheduled_at", "<", span.to);

/** How many requests are scheduled into the visit (for the page that asks before cancelling it). */
export async function countScheduledInto(db: Kysely<DB>, span: StopVisitSpan): Promise<number> {
  const row = await scheduledInto(span)(db)
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Sets every request scheduled into the visit back to new inside the caller's transaction:
 * the schedule goes (the team's note stays for the next one), the cancelled visit and its
 * reason are kept as a note. Rows are locked first, so a scheduling change made meanwhile
 * either lands before (and is seen here) or finds the request changed.
 * @returns the requests set back, in time order
 */
export async function reopenScheduledInto(
  trx: Kysely<DB>,
  span: StopVisitSpan,
  note: { at: Date; reason: LocalizedText },
): Promise<ReopenedRequest[]> {
  const locked = await scheduledInto(span)(trx)
    .select([
      "id",
      "code",
      "locale",
      "email",
      "place_kind",
      "care_home_name",
      "street",
      "postal_code",
      "scheduled_at",
      "scheduled_until",
    ])
    .orderBy("scheduled_at")
    .orderBy("id")
    .forUpdate()
    .execute();
  if (locked.length === 0) return [];
  const updated = await trx
    .updateTable("visit_requests")
    .set((eb) => ({
      status: "new",
      reopened_at: note.at,
      reopened_stop: eb.ref("scheduled_location"),
      reopened_visit_at: eb.ref("scheduled_at"),
      reopened_reason_de: note.reason.de,
      reopened_reason_en: note.reason.en,
      scheduled_kind: null,
      scheduled_location: null,
      scheduled_at: null,
      scheduled_until: null,
    }))
    .where("tenant_id", "=", span.tenantId)
    .where("status", "=", "scheduled")
    .where(
      "id",
      "in",
      locked.map((r) => r.id),
    )
    .returning("id")
    .execute();
  const ids = new Set(updated.map((r) => r.id));
  return locked
    .filter((r) => ids.has(r.id))
    .map((row) => {
      const r = LockedRow.parse(row);
      return {
        id: r.id,
        code: r.code,
        locale: r.locale,
        email: r.email,
        placeKind: r.place_kind,
        careHomeName: r.care_home_name,
        street: r.street,
        postalCode: r.postal_code,
        visitAt: r.scheduled_at,
        visitUntil: r.scheduled_until,
      };
    });
}

/** How many requests a cancellation at `at` set back to new at a stop, and how many of them were written to. */
export async function countReopenedAt(
  db: Kysely<DB>,
  filter: { tenantId: string; location: string; at: Date },
): Promise<{ reopened: number; withEmail: number }> {
  const row = await db
    .selectFrom("visit_requests")
    .select((eb) => [eb.fn.countAll<string>().as("reopened"), eb.fn.count<string>("email").as("with_email")])
    .where("tenant_id", "=", filter.tenantId)
    .where("reopened_stop", "=", filter.location)
    .where("reopened_at", "=", filter.at)
    .executeTakeFirst();
  return { reopened: Number(row?.reopened ?? 0), withEmail: Number(row?.with_email ?? 0) };
}
