import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { ConfigError, loadConfig } from "../src/config";
import { fixedClock } from "../src/platform/clock";
import { cookieSecretFor } from "../src/platform/crypto/cookie-secret";
import { type Database, openDatabase } from "../src/platform/db/database";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";
import { formSession, TEST_NOW } from "./helpers/test-app";

/**
 * Several instances behind a load balancer on one database behave as one: limits count the
 * requests to all of them, and what one made (a ticket's QR code, a form's CSRF cookie) the
 * others accept, also after a restart. For PGlite the instances share the one Database
 * object (one process holds it); for PostgreSQL each has a pool of its own.
 */
describeEachDatabase("several instances on one database", (kind) => {
  const clock = fixedClock(TEST_NOW);
  let shared: Awaited<ReturnType<typeof freshDatabase>>;
  const handles: Database[] = [];
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    shared = await freshDatabase(kind, { tenant: true });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    await shared?.drop();
  });

  /** One more instance (or the same one started again) on the shared database. */
  async function instance(env: Record<string, string> = {}): Promise<FastifyInstance> {
    let database = shared.database;
    if (kind === "postgres") {
      database = await openDatabase({ url: shared.url as string });
      handles.push(database);
    }
    const config = loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "100000",
      ...env,
    });
    const app = await buildApp({ config, database, clock });
    await app.ready();
    apps.push(app);
    return app;
  }

  it("counts the general limit per address over every instance, and starts again in the next window", async () => {
    const env = { RATE_LIMIT_PER_MINUTE: "4" };
    const [a, b] = [await instance(env), await instance(env)];
    const get = (app: FastifyInstance, remoteAddress = "203.0.113.10") =>
      app.inject({ method: "GET", url: "/", remoteAddress }).then((r) => r.statusCode);
    clock.set("2027-01-11T07:30:05Z");
    const statuses = [await get(a), await get(b), await get(a), await get(b), await get(a), await get(b)];
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await b.inject({ method: "GET", url: "/en", remoteAddress: "203.0.113.10" });
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain("Too many requests");
    // the window ends at the full minute of the shared clock, whichever instance counted
    expect(refused.headers["x-ratelimit-reset"]).toBe("55");
    // another address, and the health checks of the load balancer, are not held back
    expect(await get(b, "203.0.113.11")).toBe(200);
    expect((await a.inject({ method: "GET", url: "/ready", remoteAddress: "203.0.113.10" })).statusCode).toBe(
      200,
    );

    clock.advance(60_000);
    expect([await get(b), await get(a)]).toEqual([200, 200]);
    // requests at once on both (counted in shared batches) get exactly the limit, not more
    const parallel = await Promise.all(
      Array.from({ length: 12 }, (_, i) => get(i % 2 ? a : b, "203.0.113.12")),
    );
    expect(parallel.filter((s) => s === 200)).toHaveLength(4);
    // the ended window's counts are deleted by the job (on any instance)
    const cleanup = a.jobs.find((j) => j.name === "rate-limit-windows");
    expect(await cleanup?.run(clock.now())).toBeGreaterThan(0);
    expect(await cleanup?.run(clock.now())).toBe(0);
  });

  it("counts a route's own limit, and the sign-in limit in both languages, over every instance", async () => {
    const [a, b] = [await instance(), await instance()];
    clock.set("2027-01-11T07:40:00Z");
    const from = "198.51.100.20";
    const { cookie, token } = await formSession(a, "/hausbesuch");
    const postVisitRequest = (app: FastifyInstance) =>
      app
        .inject({
          method: "POST",
          url: "/hausbesuch",
          remoteAddress: from,
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          payload: new URLSearchParams({ _csrf: token }).toString(),
        })
        .then((r) => r.statusCode);
    const statuses = [];
    for (const app of [a, b, a, b, a, b, a]) statuses.push(await postVisitRequest(app));
    // five posts a minute per address (the form's own limit); B accepted A's form cookie
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);

    const signIn = await formSession(a, "/verwaltung/anmelden");
    const signInStatuses = [];
    for (let i = 0; i < 11; i++) {
      const res = await [a, b][i % 2]?.inject({
        method: "POST",
        url: i % 3 ? "/verwaltung/anmelden" : "/en/verwaltung/anmelden",
        remoteAddress: "198.51.100.21",
        headers: { cookie: signIn.cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({
          _csrf: signIn.token,
          username: `nobody${i}`,
          password: "wrong",
        }).toString(),
      });
      signInStatuses.push(res?.statusCode);
    }
    expect(signInStatuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(signInStatuses[10]).toBe(429);
  });

  it("holds the limit of reserved times per address over every instance", async () => {
    const env = { BOOKING_MAX_HOLDS_PER_HOUR: "2" };
    const [a, b] = [await instance(env), await instance(env)];
    clock.set(TEST_NOW);
    const { day, zeitUrl, times } = await bookingPages(a).freeTimes("stadtbuero");
    const statuses: number[] = [];
    for (const [i, app] of [a, b, a].entries()) {
      // the form comes from the other instance: its CSRF cookie is accepted
      const { cookie, token } = await formSession(app === a ? b : a, zeitUrl);
      const res = await app.inject({
        method: "POST",
        url: "/termin/halten",
        remoteAddress: "192.0.2.50",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        payload: new URLSearchParams({
          _csrf: token,
          leistungen: "personalausweis",
          ort: "stadtbuero",
          tag: day,
          zeit: times[i] as string,
        }).toString(),
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429)
        expect(res.body).toContain("in der letzten Stunde schon viele Zeiten reserviert");
    }
    expect(statuses).toEqual([303, 303, 429]);
  });

  it("without COOKIE_SECRET, every instance and every restart accept the tickets and links of another", async () => {
    const [a, b] = [await instance(), await instance()];
    clock.set(TEST_NOW);
    const { id } = await a.staff.accounts.create(null, {
      username: "clerk-shared",
      displayName: "Clerk",
      roles: ["clerk"],
      totpRequired: false,
    });
    const actor = { staffId: id, username: "clerk-shared", ip: "192.0.2.1" };
    const ticket = await a.queue.issueWalkIn(
      actor,
      { location: "standesamt", services: ["personalausweis"], urgent: false, requestKey: "multi-1" },
      clock.now(),
    );
    // the QR code of a ticket printed (or printed again) by B, or after a restart, opens it
    const restarted = await instance();
    const tokens = [a, b, restarted].map((app) => app.queue.positionToken(ticket));
    expect(new Set(tokens).size).toBe(1);
    for (const app of [b, restarted]) {
      const page = await app.inject({ method: "GET", url: `/wartenummer/${tokens[0]}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(ticket.number);
    }

    // an appointment booked on A is managed on B and after the restart
    const { manage } = await bookingPages(a).book("shared.instances@example.org");
    for (const app of [b, restarted])
      expect((await app.inject({ method: "GET", url: manage })).statusCode).toBe(200);

    // a COOKIE_SECRET given is used as it is, on every instance that has it
    const secret = { COOKIE_SECRET: "an-operator-secret-of-at-least-32-characters" };
    const [c, d] = [await instance(secret), await instance(secret)];
    expect(c.queue.positionToken(ticket)).toBe(d.queue.positionToken(ticket));
    expect(c.queue.positionToken(ticket)).not.toBe(tokens[0]);
  });

  it("refuses to start in production without COOKIE_SECRET, saying what it is for", async () => {
    const dataKeys = { DATA_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}` };
    const error = (() => {
      try {
        loadConfig({ NODE_ENV: "production", ...dataKeys });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String((error as Error).message)).toMatch(
      /COOKIE_SECRET: required in production .*QR codes.*every instance .* needs the same value/,
    );
    await expect(
      cookieSecretFor({ env: "production", cookieSecret: undefined }, shared.database),
    ).rejects.toThrow(/COOKIE_SECRET: required in production/);
  });
});
