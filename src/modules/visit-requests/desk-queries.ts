import type { ExpressionBuilder, Kysely } from "kysely";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { Locale, type LocalizedText } from "../../domain/locale";
import type { DB } from "../../platform/db/schema";
import type { Schedule } from "./domain/scheduling";
import { PLACE_KINDS, VISIT_PERIODS, VISIT_REASONS } from "./domain/visit-request";
import {
  type ClosingStatus,
  SCHEDULED_KINDS,
  VISIT_REQUEST_STATUSES,
  type VisitRequestStatus,
  type VisitRequestVersion,
} from "./domain/visit-status";

/*
 * The back office's reads and writes of `visit_requests`. Lists select no names, phones or
 * addresses; only `findVisitRequest` reads the whole request (its caller audits the read).
 * Every change names the version the person saw, so a change made meanwhile is never
 * silently overwritten.
 */

/** A Date from the driver as the canonical instant string ("…Z"), which sorts and compares as text. */
const Instant = z.date().transform((d) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toString());

const ScheduleColumns = z.object({
  scheduled_kind: z.enum(SCHEDULED_KINDS).nullable(),
  scheduled_location: z.string().nullable(),
  scheduled_at: Instant.nullable(),
  scheduled_until: Instant.nullable(),
  reopened_at: Instant.nullable(),
  reopened_stop: z.string().nullable(),
  reopened_visit_at: Instant.nullable(),
});

/** When and where a request is (or was) scheduled. */
export interface ScheduleView {
  kind: (typeof SCHEDULED_KINDS)[number];
  /** the stop of a mobile visit; null for a home visit */
  location: string | null;
  /** instant "…Z" */
  at: string;
  /** the end of the time window (instant); null for visits scheduled before windows were kept */
  until: string | null;
}

/** The visit a request was scheduled into and that was cancelled, which set it back to new. */
export interface ReopenedView {
  /** instants "…Z": when it was cancelled, and when the visit would have begun */
  at: string;
  stop: string;
  visitAt: string;
}

const scheduleOf = (row: z.infer<typeof ScheduleColumns>): ScheduleView | null =>
  row.scheduled_kind && row.scheduled_at
    ? {
        kind: row.scheduled_kind,
        location: row.scheduled_location,
        at: row.scheduled_at,
        until: row.scheduled_until,
      }
    : null;

const reopenedOf = (row: z.infer<typeof ScheduleColumns>): ReopenedView | null =>
  row.reopened_at && row.reopened_stop && row.reopened_visit_at
    ? { at: row.reopened_at, stop: row.reopened_stop, visitAt: row.reopened_visit_at }
    : null;

const SummaryRow = ScheduleColumns.extend({
  id: z.number().int(),
  code: z.string(),
  status: z.enum(VISIT_REQUEST_STATUSES),
  reason: z.enum(VISIT_REASONS),
  place_kind: z.enum(PLACE_KINDS),
  district_key: z.string().nullable(),
  services: z.array(z.string()),
  preferred_periods: z.array(z.enum(VISIT_PERIODS)),
  created_at: Instant,
});

/** A request as the list shows it: no names, phone numbers, e-mail or street addresses. */
export interface VisitRequestSummary {
  id: number;
  code: string;
  status: VisitRequestStatus;
  reason: (typeof VISIT_REASONS)[number];
  placeKind: (typeof PLACE_KINDS)[number];
  district: string | null;
  services: string[];
  periods: (typeof VISIT_PERIODS)[number][];
  receivedAt: string;
  schedule: ScheduleView | null;
  reopened: ReopenedView | null;
}

const toSummary = (row: z.infer<typeof SummaryRow>): VisitRequestSummary => ({
  id: row.id,
  code: row.code,
  status: row.status,
  reason: row.reason,
  placeKind: row.place_kind,
  district: row.district_key,
  services: row.services,
  periods: row.preferred_periods,
  receivedAt: row.created_at,
  schedule: scheduleOf(row),
  reopened: reopenedOf(row),
});

const SUMMARY_COLUMNS = [
  "id",
  "code",
  "status",
  "reason",
  "place_kind",
  "district_key",
  "services",
  "preferred_periods",
  "created_at",
  "scheduled_kind",
  "scheduled_location",
  "scheduled_at",
  "scheduled_until",
  "reopened_at",
  "reopened_stop",
  "reopened_visit_at",
] as const;

/**
 * The requests in `status`: new ones oldest first (first come, first served), scheduled ones
 * by their date, done and cancelled ones newest first, at most `limit`.
 */
export async function listVisitRequests(
  db: Kysely<DB>,
  tenantId: string,
  status: VisitRequestStatus,
  limit: number,
): Promise<VisitRequestSummary[]> {
  let q = db
    .selectFrom("visit_requests")
    .select(SUMMARY_COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("status", "=", status);
  q =
    status === "new"
      ? q.orderBy("created_at", "asc")
      : status === "scheduled"
        ? q.orderBy("scheduled_at", "asc")
        : q.orderBy("created_at", "desc");
  const rows = await q.orderBy("id", "asc").limit(limit).execute();
  return rows.map((r) => toSummary(SummaryRow.parse(r)));
}

const RecordRow = SummaryRow.extend({
  locale: Locale,
  reason_note: z.string().nullable(),
  care_home_name: z.string().nullable(),
  street: z.string().nullable(),
  postal_code: z.string().nullable(),
  period_note: z.string().nullable(),
  visitee_name: z.string(),
  contact_name: z.string().nullable(),
  phone: z.string(),
  email: z.string().nullable(),
  scheduled_note: z.string().nullable(),
  scheduled_by: z.number().int().nullable(),
  reopened_reason_de: z.string().nullable(),
  reopened_reason_en: z.string().nullable(),
});

/** The whole request, with the person, their contact and the place. */
export interface VisitRequestRecord extends VisitRequestSummary {
  /** the language the resident wrote in, and gets mail in */
  locale: Locale;
  reasonNote: string | null;
  careHomeName: string | null;
  street: string | null;
  postalCode: string | null;
  periodNote: string | null;
  visiteeName: string;
  contactName: string | null;
  phone: string;
  email: string | null;
  scheduleNote: string | null;
  scheduledBy: number | null;
  /** the reason the cancelled visit was given, when the request was set back to new */
  reopenedReason: LocalizedText | null;
}

/** The state a change is made against. */
export function versionOf(request: Pick<VisitRequestSummary, "status" | "schedule">): VisitRequestVersion {
  return { status: request.status, scheduledAt: request.schedule?.at ?? null };
}

/** The whole request with `id` in the tenant, or undefined. */
export async function findVisitRequest(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
): Promise<VisitRequestRecord | undefined> {
  const row = await db
    .selectFrom("visit_requests")
    .select([
      ...SUMMARY_COLUMNS,
      "locale",
      "reason_note",
      "care_home_name",
      "street",
      "postal_code",
      "period_note",
      "visitee_name",
      "contact_name",
      "phone",
      "email",
      "scheduled_note",
      "scheduled_by",
      "reopened_reason_de",
      "reopened_reason_en",
    ])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const r = RecordRow.parse(row);
  return {
    ...toSummary(r),
    locale: r.locale,
    reasonNote: r.reason_note,
    careHomeName: r.care_home_name,
    street: r.street,
    postalCode: r.postal_code,
    periodNote: r.period_note,
    visiteeName: r.visitee_name,
    contactName: r.contact_name,
    phone: r.phone,
    email: r.email,
    scheduleNote: r.scheduled_note,
    scheduledBy: r.scheduled_by,
    reopenedReason:
      r.reopened_reason_de !== null && r.reopened_reason_en !== null
        ? { de: r.reopened_reason_de, en: r.reopened_reason_en }
        : null,
  };
}

type Where = { tenantId: string; id: number; expected: VisitRequestVersion };

/** The request in exactly the version the person saw. */
function inVersion(where: Where) {
  return (eb: ExpressionBuilder<DB, "visit_requests">) =>
    eb.and([
      eb("tenant_id", "=", where.tenantId),
      eb("id", "=", where.id),
      eb("status", "=", where.expected.status),
      where.expected.scheduledAt === null
        ? eb("scheduled_at", "is", null)
        : eb("scheduled_at", "=", new Date(where.expected.scheduledAt)),
    ]);
}

/**
 * Sets the schedule (status `scheduled`) of the request if it is still in the `expected`
 * version; the note of a cancelled earlier visit goes (the audit log keeps it).
 * @returns false when it is not (changed meanwhile, or gone)
 */
export async function updateSchedule(
  db: Kysely<DB>,
  where: Where,
  schedule: Schedule,
  staffId: number,
): Promise<boolean> {
  const result = await db
    .updateTable("visit_requests")
    .set({
      status: "scheduled",
      scheduled_kind: schedule.kind,
      scheduled_location: schedule.kind === "mobile-visit" ? schedule.location : null,
      scheduled_at: new Date(schedule.at),
      scheduled_until: new Date(schedule.end),
      scheduled_note: schedule.note ?? null,
      scheduled_by: staffId,
      reopened_at: null,
      reopened_stop: null,
      reopened_visit_at: null,
      reopened_reason_de: null,
      reopened_reason_en: null,
    })
    .where(inVersion(where))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Closes the request as done or cancelled if it is still in the `expected` version; the
 * schedule stays as a record of what was planned.
 * @returns false when it is not (changed meanwhile, or gone)
 */
export async function updateStatus(db: Kysely<DB>, where: Where, status: ClosingStatus): Promise<boolean> {
  const result = await db
    .updateTable("visit_requests")
    .set({ status })
    .where(inVersion(where))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
