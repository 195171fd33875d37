import { Temporal } from "temporal-polyfill";
import type { Database } from "../../platform/db/database";
import { findScheduledBetween, type ScheduledVisit } from "./scheduled-queries";

export type { ScheduledVisit } from "./scheduled-queries";

/*
 * The scheduled visits of a day, for the day view of the Stadtbüro and the mobile team: what
 * is planned where and when, without the names, contact data or addresses of the people.
 */

/**
 * The requests scheduled on a civil `date` ("YYYY-MM-DD") in `timeZone`, in time order, for
 * the plan of a day: mobile visits and home visits, or only the mobile visits at `location`.
 * Names, contact data and addresses are left out.
 * @throws RangeError when `date` is not a valid date
 * @example await scheduledVisitsOn(database, "marburg", { date: "2026-11-24", timeZone: "Europe/Berlin", location: "mobil-cappel" })
 */
export async function scheduledVisitsOn(
  database: Database,
  tenantId: string,
  query: { date: string; timeZone: string; location?: string },
): Promise<ScheduledVisit[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.date)) throw new RangeError(`not a date: ${query.date}`);
  const day = Temporal.PlainDate.from(query.date, { overflow: "reject" });
  // Midnight may not exist in every zone; startOfDay finds the day's first instant.
  const from = day.toZonedDateTime({ timeZone: query.timeZone }).startOfDay();
  const to = day.add({ days: 1 }).toZonedDateTime({ timeZone: query.timeZone }).startOfDay();
  return findScheduledBetween(database.db, tenantId, {
    from: new Date(from.epochMilliseconds),
    to: new Date(to.epochMilliseconds),
    location: query.location,
  });
}
