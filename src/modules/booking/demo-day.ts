import { Temporal } from "temporal-polyfill";
import type { Database } from "../../platform/db/database";
import { hashToken, newToken } from "../../platform/secrets";
import { insertDemoAppointment } from "./check-in-queries";
import { newBookingCode } from "./secrets";

// Made-up people, plainly fictitious, for trying the back office on a demo tenant.
const PEOPLE = ["Erika Musterfrau", "Max Mustermann", "Lea Beispiel", "Jonas Probe"];
const SERVICES = [
  ["personalausweis"],
  ["meldebescheinigung"],
  ["reisepass"],
  ["personalausweis", "reisepass"],
];
/**
 * Books a few made-up appointments for today at the Stadtbüro, every 15 minutes from the
 * next quarter hour, so that a demo's day view has people to check in. They take no slot
 * capacity (they may lie outside the opening hours on a weekend).
 * @returns the booking codes
 */
export async function seedDemoDay(
  database: Database,
  tenantId: string,
  now: Date,
  timeZone: string,
): Promise<string[]> {
  const start = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone);
  const firstQuarter = start.round({ smallestUnit: "minute", roundingIncrement: 15, roundingMode: "ceil" });
  const codes: string[] = [];
  for (const [i, name] of PEOPLE.entries()) {
    const startsAt = new Date(firstQuarter.add({ minutes: 15 * i }).epochMilliseconds);
    const c = newBookingCode();
    await insertDemoAppointment(database.db, {
      tenantId,
      code: c,
      channel: i % 2 === 0 ? "public" : "staff",
      location: "stadtbuero",
      counter: "schalter-1",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      services: SERVICES[i] ?? [],
      name,
      email: `demo-${i + 1}@example.org`,
      // nobody holds the link of a made-up appointment
      manageTokenHash: hashToken(newToken()),
      now,
    });
    codes.push(c);
  }
  return codes;
}
