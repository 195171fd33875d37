import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { bookingPages } from "./helpers/booking-pages";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";
import { createTestApp, formSession, type TestApp } from "./helpers/test-app";

describeEachDatabase("structured logs", (kind) => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => lines.push(line) });
  });
  afterAll(() => t?.close());

  it("log requests as JSON with method and path, but no query, address, cookie or form data", async () => {
    await t.app.inject({ method: "GET", url: "/suche?q=Erika%20Mustermann", remoteAddress: "203.0.113.7" });
    const { cookie, token } = await formSession(t.app, "/barrierefreiheit");
    await t.app.inject({
      method: "POST",
      url: "/barrierefreiheit",
      remoteAddress: "203.0.113.7",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        _csrf: token,
        message: "Ich heiße Erika",
        email: "erika@example.org",
      }).toString(),
    });
    const records = lines.map(
      (l) => JSON.parse(l) as { req?: { method: string; path: string }; msg: string },
    );
    expect(records.some((r) => r.req?.method === "GET" && r.req.path === "/suche")).toBe(true);
    expect(records.some((r) => r.req?.method === "POST" && r.req.path === "/barrierefreiheit")).toBe(true);
    const all = lines.join("\n");
    for (const secret of [
      "Mustermann",
      "Erika",
      "erika@example.org",
      "203.0.113.7",
      cookie.split("=")[1] ?? "x",
      token,
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it("logs routes by their pattern, never the secret tokens in links", async () => {
    const before = lines.length;
    const pages = bookingPages(t.app);
    const booked = await pages.book("token@example.org");
    const token = booked.manage.split("/").pop() as string;
    const hold = booked.base.split("/").pop() as string;
    await t.app.inject({ method: "GET", url: booked.manage });
    await t.app.inject({ method: "GET", url: `/en${booked.manage}/absagen` });
    await t.app.inject({ method: "GET", url: `/termin/angebot/${"A".repeat(32)}` });
    await t.app.inject({ method: "GET", url: `/wartenummer/${"B".repeat(32)}` });
    await t.app.inject({ method: "GET", url: `/termin/warteliste/${"C".repeat(32)}` });
    await t.app.inject({ method: "GET", url: "/gibt-es-nicht/Erika-Mustermann" });
    const logged = lines.slice(before).join("\n");
    for (const secret of [
      token,
      hold,
      "A".repeat(32),
      "B".repeat(32),
      "C".repeat(32),
      "Erika",
      "token@example.org",
    ])
      expect(logged).not.toContain(secret);
    const paths = lines.slice(before).map((l) => (JSON.parse(l) as { req?: { path: string } }).req?.path);
    expect(paths).toContain("/termin/verwalten/:token");
    expect(paths).toContain("/en/termin/verwalten/:token/absagen");
    expect(paths).toContain("/termin/r/:token/angaben");
    expect(paths).toContain("*");
  });
});

describeEachDatabase("errors in the log", (kind) => {
  it("log a failed query without its parameters, values or detail", async () => {
    const { database, drop } = await freshDatabase(kind);
    const lines: string[] = [];
    try {
      await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
      const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "info" });
      const app = await buildApp({ config, database, logStream: { write: (l) => lines.push(l) } });
      // a route that fails inside the database with a resident's data as parameters
      app.post("/test/failing-query", async () => {
        await sql`insert into accessibility_feedback (tenant_id, message, email, locale, status)
          values ('marburg', ${"Erika Mustermann, Am Grün 12, 0176 1234567"}, ${"erika@example.org"}, 'xx', 'nope')`.execute(
          database.db,
        );
        return "unreachable";
      });
      app.post("/test/failing-cast", async () => {
        await sql`select ${"Erika Mustermann"}::date, ${"erika@example.org"}::int`.execute(database.db);
        return "unreachable";
      });
      await app.ready();
      for (const url of ["/test/failing-query", "/test/failing-cast"]) {
        const res = await app.inject({ method: "POST", url });
        expect(res.statusCode).toBe(500);
        expect(res.body).not.toContain("Erika");
      }
      await app.close();
      const errors = lines.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);
      expect(errors).toHaveLength(2);
      const all = lines.join("\n");
      for (const value of ["Erika", "Mustermann", "Am Grün", "1234567", "erika@example.org"]) {
        expect(all).not.toContain(value);
      }
      const err = (JSON.parse(errors[1] as string) as { err: { type: string; code?: string; stack: string } })
        .err;
      expect(err.code).toMatch(/^[0-9A-Z]{5}$/); // the SQLSTATE stays, for the operator
      expect(err.stack).toContain(" at ");
    } finally {
      await drop();
    }
  });
});
