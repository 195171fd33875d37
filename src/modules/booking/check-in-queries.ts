import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema";

/** What the queue needs to know of an appointment to check its resident in. */
export interface AppointmentForCheckIn {
  id: number;
  code: string;
  status: string;
  location: string;
  startsAt: Date;
  services: string[];
}

export async function findAppointmentForCheckIn(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
): Promise<AppointmentForCheckIn | undefined> {
  const row = await db
    .selectFrom("appointments")
    .select(["id", "code", "status", "location_key", "starts_at", "services"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      code: row.code,
      status: row.status,
      location: row.location_key,
      startsAt: new Date(row.starts_at),
      services: (row.services as string[]) ?? [],
    }
  );
}

/** A made-up, confirmed appointment for a demo day; it takes no capacity. */
export async function insertDemoAppointment(
  db: Kysely<DB>,
  row: {
    tenantId: string;
    code: string;
    channel: "public" | "staff";
    location: string;
    counter: string;
    startsAt: Date;
    endsAt: Date;
    services: string[];
    name: string;
    email: string;
    manageTokenHash: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto("appointments")
    .values({
      tenant_id: row.tenantId,
      code: row.code,
      status: "confirmed",
      channel: row.channel,
      location_key: row.location,
      counter_key: row.counter,
      starts_at: row.startsAt,
      ends_at: row.endsAt,
      services: JSON.stringify(row.services),
      name: row.name,
      email: row.email,
      manage_token_hash: row.manageTokenHash,
      confirmed_at: row.now,
      created_at: row.now,
    })
    .execute();
}
