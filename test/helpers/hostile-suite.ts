import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { RouteEntry } from "../../src/app";
import { ROLES } from "../../src/modules/staff";
import { type DatabaseKind, describeEachDatabase } from "./databases";
import {
  FORBIDDEN_STORED,
  hostileRequest,
  type KnownValues,
  PII_MARKER,
  SECRET_MARKER,
  type Session,
} from "./hostile";
import { signInAs } from "./staff";
import { createTestApp, formSession, type TestApp } from "./test-app";

/**
 * How many hostile requests each route gets, and how long it may take at most: cheap routes
 * get the full count, expensive ones (a password hash per sign-in, the audit log's export)
 * what fits in the time; the log of a run lists what each route got.
 */
export interface FuzzBudget {
  /** German routes (the handlers); their English twins share the handler and get `runsEnglish` */
  runs: number;
  runsEnglish: number;
  msPerRoute: number;
}

/**
 * On PostgreSQL the same handlers run again, with a smaller share: the database is what differs.
 * The time per route bounds the suite as routes are added (the back office's hostile file was
 * the longest of the suite, six minutes on two cores, with 2 and 0.8 s per route).
 */
export function budgetFor(kind: DatabaseKind): FuzzBudget {
  return kind === "pglite"
    ? { runs: 1000, runsEnglish: 50, msPerRoute: 1200 }
    : { runs: 200, runsEnglish: 10, msPerRoute: 500 };
}

// Streams stay open (the call display's events are tested on their own).
const SKIPPED = new Set(["GET /anzeige/:location/ereignisse", "GET /en/anzeige/:location/ereignisse"]);

/**
 * The hostile-input property for a set of routes (see `hostile.ts`): never a 5xx, never an
 * error in the log, never personal data or a secret in the log; and afterwards no stored
 * text that its schema refuses.
 */
export function describeHostileInput(name: string, select: (route: RouteEntry) => boolean): void {
  describeEachDatabase(name, (kind) => {
    let t: TestApp;
    const lines: string[] = [];
    let known: KnownValues;
    let publicSession: Session;
    let staffSession: Session | undefined;
    let routes: RouteEntry[];
    const budget = budgetFor(kind);

    beforeAll(async () => {
      t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
      const [catalog, dir] = await Promise.all([t.app.catalog.catalog(), t.app.locations.directory()]);
      const day = (offset: number) =>
        new Date(t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      known = {
        services: catalog.services.slice(0, 8).map((s) => s.key),
        places: dir.locations.slice(0, 6).map((l) => l.key),
        dates: ["2026-12-07", "2027-01-12", day(1), day(7), day(14)],
        ids: ["1", "2", "3", "999999999"],
      };
      publicSession = await formSession(t.app, "/barrierefreiheit");
      routes = t.app.routeList.filter((r) => !SKIPPED.has(`${r.method} ${r.url}`) && select(r));
    });
    afterAll(() => t?.close());

    /** A signed-in person holding every role; signed in again when a request ended the session. */
    async function staff(): Promise<Session> {
      const alive =
        staffSession &&
        (await t.app.inject({ method: "GET", url: "/verwaltung", headers: { cookie: staffSession.cookie } }))
          .statusCode === 200;
      if (!alive) staffSession = await signInAs(t.app, t.database, [...ROLES]);
      return staffSession as Session;
    }

    it("answers every hostile request without a server error, and logs nothing personal", {
      timeout: 1_800_000,
    }, async () => {
      expect(routes.length).toBeGreaterThan(10);
      const failures: string[] = [];
      const counts: string[] = [];
      for (const route of routes) {
        const english = route.url.startsWith("/en/") || route.url === "/en";
        const session = /^(\/en)?\/verwaltung/.test(route.url) ? await staff() : publicSession;
        const before = lines.length;
        let runs = 0;
        const failedBefore = failures.length;
        await fc
          .assert(
            fc.asyncProperty(hostileRequest(route, session, known), async (request) => {
              runs += 1;
              const res = await t.app.inject(request);
              if (res.statusCode < 500) return true;
              failures.push(
                `${route.method} ${route.url}: ${res.statusCode} for ${JSON.stringify(request).slice(0, 300)}`,
              );
              return false;
            }),
            {
              numRuns: english ? budget.runsEnglish : budget.runs,
              interruptAfterTimeLimit: budget.msPerRoute,
              endOnFailure: true,
            },
          )
          .catch((error: unknown) => {
            // a failed property is listed already; anything else is the harness failing
            if (failures.length === failedBefore)
              failures.push(`${route.method} ${route.url}: ${String(error)}`);
          });
        counts.push(`${runs} ${route.method} ${route.url}`);
        const logged = lines.slice(before);
        const text = logged.join("\n");
        if (text.includes(PII_MARKER))
          failures.push(`${route.method} ${route.url}: personal data in the log`);
        if (text.includes(SECRET_MARKER)) failures.push(`${route.method} ${route.url}: a secret in the log`);
        const error = logged.find((l) => (JSON.parse(l) as { level: number }).level >= 50);
        if (error) failures.push(`${route.method} ${route.url}: logged ${error.slice(0, 400)}`);
      }
      // the runs each route got, for the closing note and for anyone tuning the budget
      console.log(`${name} [${kind}] runs per route:\n${counts.join("\n")}`);
      expect(failures).toEqual([]);
    });

    it("stores no text its schema refuses and no unknown key", async () => {
      const problems: string[] = [];
      const [catalog, dir] = await Promise.all([t.app.catalog.catalog(), t.app.locations.directory()]);
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(t.database.db);
      for (const { table_name: table } of tables.rows) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
          t.database.db,
        );
        for (const row of rows.rows) {
          for (const value of strings(JSON.parse(JSON.stringify(row))))
            if (FORBIDDEN_STORED.test(value))
              problems.push(`${table}: ${JSON.stringify(value).slice(0, 80)}`);
        }
      }
      for (const a of await t.database.db
        .selectFrom("appointments")
        .select(["services", "location_key"])
        .execute()) {
        for (const key of a.services as string[])
          if (!catalog.byKey.has(key))
            problems.push(`appointment with unknown service ${JSON.stringify(key)}`);
        if (!dir.byKey.has(a.location_key)) problems.push(`appointment at unknown place ${a.location_key}`);
      }
      for (const w of await t.database.db
        .selectFrom("waitlist_wishes")
        .select(["services", "locations"])
        .execute()) {
        for (const key of w.services as string[])
          if (!catalog.byKey.has(key)) problems.push(`wish with unknown service ${JSON.stringify(key)}`);
        for (const key of w.locations as string[])
          if (!dir.byKey.has(key)) problems.push(`wish at unknown place ${JSON.stringify(key)}`);
      }
      expect(problems).toEqual([]);
    });
  });
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === "object") for (const v of Object.values(value)) yield* strings(v);
}
