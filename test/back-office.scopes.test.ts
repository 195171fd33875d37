import { createHash, randomBytes } from "node:crypto";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role, type StaffService } from "../src/modules/staff";
import { installGuard } from "../src/modules/staff/guard";
import { messagesFor } from "../src/platform/i18n/i18n";
import { insertConfirmedAppointment } from "./helpers/appointments";
import { describeEachDatabase } from "./helpers/databases";
import { type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const errorTitles = (url: string) => messagesFor(url.startsWith("/en/") ? "en" : "de").errors;

/** A concrete URL for a route pattern: every parameter gets a harmless value. */
function concrete(url: string): string {
  return url.replace(/:id\b/g, "1").replace(/:[a-zA-Z]+/g, "stadtbuero");
}

describeEachDatabase("back-office authorisation matrix", (kind) => {
  let t: TestApp;
  const people = new Map<Role, SignedIn>();

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const role of ROLES) people.set(role, await signInAs(t.app, t.database, [role]));
  });
  afterAll(async () => t?.close());

  it("has back-office routes for every part of the issue, each declaring who may use it", () => {
    const urls = t.app.backOfficeRoutes.map((r) => r.url);
    for (const path of [
      "/verwaltung/anmelden",
      "/verwaltung/tag",
      "/verwaltung/schalter",
      "/verwaltung/wartemarken/neu",
      "/verwaltung/termine/neu",
      "/verwaltung/konten",
      "/verwaltung/protokoll",
      "/verwaltung/vorgaenge",
      "/verwaltung/vorgaenge/:id",
      "/en/verwaltung/tag",
    ]) {
      expect(urls).toContain(path);
    }
    expect(t.app.backOfficeRoutes.length).toBeGreaterThan(30);
  });

  it("allows or denies every back-office route for every role and for anonymous, exactly as declared", async () => {
    const mismatches: string[] = [];
    for (const route of t.app.backOfficeRoutes) {
      const url = concrete(route.url);
      const de = errorTitles(url);
      const isPost = route.method !== "GET";
      // Posts go without a CSRF token: the guard decides before the token is checked, so an
      // allowed post ends in "form expired" and changes nothing, a denied one in "no access".
      const call = (cookie?: string) =>
        t.app.inject({
          method: route.method as "GET" | "POST",
          url,
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(isPost ? { "content-type": "application/x-www-form-urlencoded" } : {}),
          },
          ...(isPost ? { payload: "" } : {}),
        });

      const anonymous = await call();
      const anonymousAllowed = route.access === "public";
      const anonymousDenied = isPost
        ? anonymous.statusCode === 401 && anonymous.body.includes(de.unauthenticated.title)
        : anonymous.statusCode === 303 &&
          String(anonymous.headers.location).includes("/verwaltung/anmelden?weiter=");
      if (anonymousAllowed === anonymousDenied) {
        mismatches.push(`${route.method} ${url} anonymous → ${anonymous.statusCode}`);
      }

      for (const role of ROLES) {
        const response = await call(people.get(role)?.cookie);
        const allowed =
          route.access === "public" ||
          route.access === "staff" ||
          (route.access as readonly Role[]).includes(role);
        const denied = response.statusCode === 403 && response.body.includes(de.forbidden.title);
        const signedOut =
          response.statusCode === 401 || String(response.headers.location).includes("/anmelden?weiter");
        if (allowed ? denied || signedOut : !denied) {
          mismatches.push(`${route.method} ${url} ${role} → ${response.statusCode}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("shows each role only the navigation it may use", async () => {
    const clerk = await t.app.inject({
      url: "/verwaltung",
      headers: { cookie: people.get("clerk")?.cookie },
    });
    expect(clerk.body).toContain('href="/verwaltung/schalter"');
    expect(clerk.body).not.toContain('href="/verwaltung/konten"');
    expect(clerk.body).toContain('href="/verwaltung/vorgaenge"');
    const management = await t.app.inject({
      url: "/verwaltung",
      headers: { cookie: people.get("management")?.cookie },
    });
    expect(management.body).toContain('href="/verwaltung/statistik"');
    expect(management.body).not.toContain('href="/verwaltung/tag"');
    expect(management.body).not.toContain('href="/verwaltung/vorgaenge"');
  });
});

describe("route declarations", () => {
  it("refuse to start an app with a back-office route that declares no access", async () => {
    const app = Fastify();
    installGuard(app, {} as StaffService, false);
    expect(() => app.get("/verwaltung/vergessen", async () => "oops")).toThrow(/declares no access/);
    app.get("/verwaltung/erklaert", { config: { access: "staff" } }, async () => "ok");
    expect(app.backOfficeRoutes).toEqual([{ method: "GET", url: "/verwaltung/erklaert", access: "staff" }]);
    await app.close();
  });
});

describeEachDatabase("links with secrets open only their own record", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => t?.close());

  it("a manage link shows only its own appointment", async () => {
    const tokens: string[] = [];
    const codes: string[] = [];
    for (const name of ["Anna Alpha", "Bernd Beta"]) {
      const token = randomBytes(24).toString("base64url");
      const a = await insertConfirmedAppointment(t.database, {
        startsAt: new Date(t.clock.now().getTime() + 3 * 86_400_000),
        name,
      });
      await t.database.db
        .updateTable("appointments")
        .set({ manage_token_hash: createHash("sha256").update(token).digest("hex") })
        .where("id", "=", a.id)
        .execute();
      tokens.push(token);
      codes.push(a.code);
    }
    const first = await t.app.inject({ url: `/termin/verwalten/${tokens[0]}` });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain(codes[0]);
    expect(first.body).not.toContain(codes[1]);
    expect(first.body).not.toContain("Bernd Beta");
    const guessed = await t.app.inject({ url: `/termin/verwalten/${randomBytes(24).toString("base64url")}` });
    expect(guessed.statusCode).toBe(404);
    expect(guessed.body).not.toContain(codes[0]);
  });

  it("a ticket's position link shows only that ticket, and the hash of another is no key", async () => {
    const actor = {
      staffId: (
        await t.app.staff.accounts.create(null, {
          username: "scope-clerk",
          displayName: "S",
          roles: ["clerk"],
          totpRequired: false,
        })
      ).id,
      username: "scope-clerk",
      ip: "192.0.2.9",
    };
    const a = await t.app.queue.issueWalkIn(
      actor,
      { location: "stadtbuero", services: ["reisepass"], urgent: false, requestKey: "scope-a-123" },
      t.clock.now(),
    );
    const b = await t.app.queue.issueWalkIn(
      actor,
      { location: "stadtbuero", services: ["reisepass"], urgent: false, requestKey: "scope-b-123" },
      t.clock.now(),
    );
    const page = await t.app.inject({ url: `/wartenummer/${t.app.queue.positionToken(b)}` });
    expect(page.body).toContain(b.number);
    expect(page.body).not.toContain(`>${a.number}<`);
    const row = await t.database.db
      .selectFrom("queue_tickets")
      .select("position_token_hash")
      .where("id", "=", a.id)
      .executeTakeFirstOrThrow();
    // the stored hash is not itself a working link
    expect(
      (await t.app.inject({ url: `/wartenummer/${row.position_token_hash.slice(0, 32)}` })).statusCode,
    ).toBe(404);
  });
});
