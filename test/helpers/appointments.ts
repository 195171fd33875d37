import { randomBytes } from "node:crypto";
import type { Database } from "../../src/platform/db/database";

let n = 0;

/**
 * A confirmed appointment written straight into the database (the booking flow only books
 * days ahead; the back office works on today).
 */
export async function insertConfirmedAppointment(
  database: Database,
  input: {
    location?: string;
    counter?: string;
    startsAt: Date;
    minutes?: number;
    name?: string;
    services?: string[];
    channel?: "public" | "staff";
  },
): Promise<{ id: number; code: string }> {
  n += 1;
  const code = `T${String(n).padStart(3, "0")}-${randomBytes(2).toString("hex").toUpperCase()}`;
  const row = await database.db
    .insertInto("appointments")
    .values({
      tenant_id: "marburg",
      code,
      status: "confirmed",
      channel: input.channel ?? "public",
      location_key: input.location ?? "stadtbuero",
      counter_key: input.counter ?? "schalter-1",
      starts_at: input.startsAt,
      ends_at: new Date(input.startsAt.getTime() + (input.minutes ?? 15) * 60_000),
      services: JSON.stringify(input.services ?? ["personalausweis"]),
      name: input.name ?? "Erika Mustermann",
      email: `person${n}@example.org`,
      manage_token_hash: randomBytes(16).toString("hex"),
      confirmed_at: new Date(input.startsAt.getTime() - 86_400_000),
    })
    .returning(["id", "code"])
    .executeTakeFirstOrThrow();
  return row;
}
