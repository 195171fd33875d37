import type { ColumnType, Generated, Kysely } from "kysely";
import type { Locale } from "../../domain/locale";
import type { DB } from "../../platform/db/schema";
import type { VisitRequestInput } from "./domain/visit-request";
import type { ScheduledKind, VisitRequestStatus } from "./domain/visit-status";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export type { VisitRequestStatus };

/** `visit_requests` as Kysely sees it; declared here so the module owns its table. */
export interface VisitRequestsTable {
  id: Generated<number>;
  tenant_id: string;
  code: string;
  status: Generated<VisitRequestStatus>;
  locale: Locale;
  reason: VisitRequestInput["reason"];
  reason_note: string | null;
  place_kind: VisitRequestInput["place"];
  care_home_name: string | null;
  street: string | null;
  postal_code: string | null;
  district_key: string | null;
  /** service keys */
  services: Json;
  /** period keys; empty: no preference */
  preferred_periods: Json;
  period_note: string | null;
  visitee_name: string;
  contact_name: string | null;
  phone: string;
  email: string | null;
  consent_at: Timestamp;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  /** set when staff schedule the request (status `scheduled` requires kind and time) */
  scheduled_kind: ScheduledKind | null;
  /** the stop of a mobile visit; null for a home visit (the request's own address) */
  scheduled_location: string | null;
  scheduled_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** for the team only; never sent to the resident */
  scheduled_note: string | null;
  /** the staff account that scheduled it */
  scheduled_by: number | null;
  /** the end of the time window: the team arrives by then (home visit), the stop's session ends (mobile visit) */
  scheduled_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** set when the request went back from scheduled to new because its visit was cancelled */
  reopened_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** the stop whose visit was cancelled */
  reopened_stop: string | null;
  /** the start of the cancelled visit */
  reopened_visit_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** the reason the cancellation gave, in both languages */
  reopened_reason_de: string | null;
  reopened_reason_en: string | null;
}

declare module "../../platform/db/schema" {
  interface DB {
    visit_requests: VisitRequestsTable;
  }
}

/**
 * Stores a new request under `code`, with status `new`.
 * @returns the new row's id, or undefined when the code is already taken in this tenant
 */
export async function insertVisitRequest(
  db: Kysely<DB>,
  row: { tenantId: string; code: string; locale: Locale; consentAt: Date; input: VisitRequestInput },
): Promise<number | undefined> {
  const { input } = row;
  const inserted = await db
    .insertInto("visit_requests")
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      locale: row.locale,
      created_at: row.consentAt,
      reason: input.reason,
      reason_note: input.reasonNote ?? null,
      place_kind: input.place,
      care_home_name: input.careHomeName ?? null,
      street: input.street ?? null,
      postal_code: input.postalCode ?? null,
      district_key: input.district ?? null,
      services: JSON.stringify(input.services),
      preferred_periods: JSON.stringify(input.periods),
      period_note: input.periodNote ?? null,
      visitee_name: input.name,
      contact_name: input.contactName ?? null,
      phone: input.phone,
      email: input.email ?? null,
      consent_at: row.consentAt,
    })
    .onConflict((oc) => oc.columns(["tenant_id", "code"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted?.id;
}
