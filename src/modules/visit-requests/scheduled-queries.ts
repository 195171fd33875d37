import type { Kysely } from "kysely";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import { SCHEDULED_KINDS } from "./domain/visit-status";

/** A Date from the driver as the canonical instant string ("…Z"). */
const Instant = z.date().transform((d) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toString());

const ScheduledRow = z.object({
  id: z.number().int(),
  code: z.string(),
  scheduled_kind: z.enum(SCHEDULED_KINDS),
  scheduled_location: z.string().nullable(),
  scheduled_at: Instant,
  district_key: z.string().nullable(),
  services: z.array(z.string()),
});

/** A scheduled visit as a day's plan lists it: no names, contact or address. */
export interface ScheduledVisit {
  id: number;
  code: string;
  kind: (typeof SCHEDULED_KINDS)[number];
  /** the stop of a mobile visit; null for a home visit */
  location: string | null;
  /** instant "…Z" */
  at: string;
  district: string | null;
  /** service keys */
  services: string[];
}

/** The scheduled requests with `from <= scheduled_at < to`, in time order; only mobile visits at `location` when given. */
export async function findScheduledBetween(
  db: Kysely<DB>,
  tenantId: string,
  range: { from: Date; to: Date; location?: string },
): Promise<ScheduledVisit[]> {
  let q = db
    .selectFrom("visit_requests")
    .select([
      "id",
      "code",
      "scheduled_kind",
      "scheduled_location",
      "scheduled_at",
      "district_key",
      "services",
    ])
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "scheduled")
    .where("scheduled_at", ">=", range.from)
    .where("scheduled_at", "<", range.to);
  if (range.location !== undefined) q = q.where("scheduled_location", "=", range.location);
  const rows = await q.orderBy("scheduled_at", "asc").orderBy("id", "asc").execute();
  return rows.map((row) => {
    const r = ScheduledRow.parse(row);
    return {
      id: r.id,
      code: r.code,
      kind: r.scheduled_kind,
      location: r.scheduled_location,
      at: r.scheduled_at,
      district: r.district_key,
      services: r.services,
    };
  });
}
