import type { FastifyInstance } from "fastify";
import { Temporal } from "temporal-polyfill";
import type { Database } from "../../src/platform/db/database";
import { postForm, type SignedIn } from "./staff";
import { formSession } from "./test-app";

let client = 0;

export interface RequestOptions {
  locale?: "de" | "en";
  email?: string;
  name?: string;
  /** a care home of this name instead of a private home at Am Grün 12, 35037 */
  careHome?: string;
}

/**
 * Sends the public visit request form as a resident would, each from an address of its own
 * (the form is rate-limited per address); returns the new request's id and code.
 */
export async function submitVisitRequest(
  app: FastifyInstance,
  database: Database,
  options: RequestOptions = {},
): Promise<{ id: number; code: string }> {
  const base = options.locale === "en" ? "/en/hausbesuch" : "/hausbesuch";
  const { cookie, token } = await formSession(app, base);
  const place: [string, string][] = options.careHome
    ? [
        ["place", "care-home"],
        ["careHomeName", options.careHome],
      ]
    : [
        ["place", "private"],
        ["street", "Am Grün 12"],
        ["postalCode", "35037"],
      ];
  client += 1;
  const res = await app.inject({
    method: "POST",
    url: base,
    remoteAddress: `198.18.${Math.floor(client / 250)}.${(client % 250) + 1}`,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams([
      ["_csrf", token],
      ["reason", options.careHome ? "care-home" : "limited-mobility"],
      ...place,
      ["district", "cappel"],
      ["services", "personalausweis"],
      ["periods", "weekday-mornings"],
      ["name", options.name ?? "Karl Muster"],
      ["contactName", "Petra Muster"],
      ["phone", "06421 987654"],
      ["email", options.email ?? ""],
      ["consent", "yes"],
      ["website", ""],
    ]).toString(),
  });
  if (res.statusCode !== 303) throw new Error(`visit request not sent: ${res.statusCode}\n${res.body}`);
  const code = /ref=(HB-\w{4})$/.exec(String(res.headers.location))?.[1] ?? "";
  const { id } = await database.db
    .selectFrom("visit_requests")
    .select("id")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return { id, code };
}

/** The version a person sees on the request's page (opening it is a read). */
export async function versionSeen(app: FastifyInstance, who: SignedIn, id: number): Promise<string> {
  const page = await app.inject({
    method: "GET",
    url: `/verwaltung/hausbesuche/${id}`,
    headers: { cookie: who.cookie },
  });
  return /name="version" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
}

/** Schedules a request through the back office's form; throws unless it was saved. */
export async function scheduleVisit(
  app: FastifyInstance,
  who: SignedIn,
  id: number,
  form: Record<string, string>,
): Promise<void> {
  const version = await versionSeen(app, who, id);
  const res = await postForm(app, who, `/verwaltung/hausbesuche/${id}/termin`, { version, ...form });
  if (res.statusCode !== 303) throw new Error(`not scheduled: ${res.statusCode}\n${res.body}`);
}

/** The upcoming visits of a stop (sessions that have not begun), within eight weeks. */
export async function upcomingVisits(app: FastifyInstance, location: string) {
  const timeZone = await app.booking.timeZone();
  const now = Temporal.Instant.fromEpochMilliseconds(app.clock.now().getTime());
  const today = now.toZonedDateTimeISO(timeZone).toPlainDate();
  const sessions = await app.booking.sessions({
    location,
    from: today.toString(),
    to: today.add({ weeks: 8 }).subtract({ days: 1 }).toString(),
  });
  return sessions.filter((s) => Temporal.Instant.compare(Temporal.Instant.from(s.start), now) > 0);
}
