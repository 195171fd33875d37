import type { Kysely } from "kysely";
import type { AppointmentChannel, DB } from "../../platform/db/schema";

const keys = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Appointments booked at a location on a civil day (between two instants), with what the day view shows. */
export async function appointmentsBetween(
  db: Kysely<DB>,
  tenantId: string,
  location: string,
  from: Date,
  to: Date,
): Promise<
  {
    id: number;
    code: string;
    status: "confirmed" | "cancelled";
    channel: AppointmentChannel;
    startsAt: Date;
    endsAt: Date;
    services: string[];
    name: string | null;
    needs: unknown;
    /** the online application the visit is for */
    caseId: string | null;
  }[]
> {
  const rows = await db
    .selectFrom("appointments")
    .select([
      "id",
      "code",
      "status",
      "channel",
      "starts_at",
      "ends_at",
      "services",
      "name",
      "needs",
      "case_id",
    ])
    .where("tenant_id", "=", tenantId)
    .where("location_key", "=", location)
    .where("status", "in", ["confirmed", "cancelled"])
    .where("rescheduled_to", "is", null)
    .where("starts_at", ">=", from)
    .where("starts_at", "<", to)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: r.status as "confirmed" | "cancelled",
    channel: r.channel,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    services: keys(r.services),
    name: r.name,
    needs: r.needs,
    caseId: r.case_id,
  }));
}
