import { afterAll, beforeAll, expect, it } from "vitest";
import { recordAudit } from "../src/platform/audit/audit";
import { describeEachDatabase } from "./helpers/databases";
import { type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("audit log viewer", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(() => t?.close());

  const get = (url: string, who: SignedIn | null = admin) =>
    t.app.inject({ method: "GET", url, headers: who ? { cookie: who.cookie } : {} });
  const entries = (action: string) =>
    t.database.db.selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();
  const write = (
    action: string,
    at: string,
    more: { username?: string; subject?: string; detail?: Record<string, string> } = {},
  ) =>
    recordAudit(
      t.database.db,
      t.app.staff.tenantId,
      { staffId: null, username: more.username ?? "someone", ip: "192.0.2.7" },
      { action, subject: more.subject, detail: more.detail },
      new Date(at),
    );
  /** The ids of the entries a page shows, top to bottom. */
  const shownIds = (body: string) => [...body.matchAll(/data-entry="(\d+)"/g)].map((m) => Number(m[1]));

  it("shows the newest entries first, and records that the log was read", async () => {
    const before = (await entries("audit.read")).length;
    const res = await get("/verwaltung/protokoll");
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
    expect(res.body).toContain("<caption");
    expect(res.body).toContain('scope="col"');
    expect(res.body).toContain("staff.sign-in");
    const ids = shownIds(res.body);
    expect(ids.length).toBeGreaterThan(0);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);

    const reads = await entries("audit.read");
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)).toMatchObject({ staff_id: admin.staffId, staff_username: admin.username });
    // the next look shows the first
    const again = await get("/verwaltung/protokoll");
    expect(again.body).toContain("audit.read");
  });

  it("filters by days of the tenant's zone, user name and action prefix", async () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Marburg
    await write("test.filter", "2026-03-01T22:30:00Z", { subject: "case:late-first", username: "anna" });
    await write("test.filter", "2026-03-01T23:30:00Z", { subject: "case:early-second", username: "bert" });
    await write("test.other", "2026-03-02T10:00:00Z", { subject: "case:other", username: "anna" });

    const day = await get("/verwaltung/protokoll?von=2026-03-02&bis=02.03.2026&aktion=test.");
    expect(day.statusCode).toBe(200);
    expect(day.body).toContain("case:early-second");
    expect(day.body).toContain("case:other");
    expect(day.body).not.toContain("case:late-first");

    const byUser = await get("/verwaltung/protokoll?benutzer=Anna&aktion=test.");
    expect(byUser.body).toContain("case:late-first");
    expect(byUser.body).toContain("case:other");
    expect(byUser.body).not.toContain("case:early-second");

    const byAction = await get("/verwaltung/protokoll?aktion=test.filter");
    expect(byAction.body).not.toContain("case:other");
    expect(byAction.body).toContain('value="test.filter"');

    // the choice is recorded, the user name looked for is not
    const last = (await entries("audit.read")).at(-1);
    expect(last?.detail).toMatchObject({ action: "test.filter", user: false });
    const withUser = (await entries("audit.read")).find(
      (e) => (e.detail as { user?: boolean }).user === true,
    );
    expect(JSON.stringify(withUser)).not.toContain("anna");
  });

  it("pages by fifty without losing or repeating entries", async () => {
    for (let i = 0; i < 60; i++)
      await write("test.paging", `2026-04-01T10:${String(i).padStart(2, "0")}:00Z`);
    const first = await get("/verwaltung/protokoll?aktion=test.paging");
    const firstIds = shownIds(first.body);
    expect(firstIds).toHaveLength(50);
    const older = /href="(\/verwaltung\/protokoll\?aktion=test.paging&amp;vor=\d+)"/.exec(first.body)?.[1];
    expect(older).toBeDefined();
    const second = await get((older ?? "").replaceAll("&amp;", "&"));
    const secondIds = shownIds(second.body);
    expect(secondIds).toHaveLength(10);
    expect(Math.max(...secondIds)).toBeLessThan(Math.min(...firstIds));
    expect(second.body).toContain("Zu den neuesten Einträgen");
    expect(second.body).not.toContain("Ältere Einträge");
  });

  it("shows filter problems next to the fields and reads nothing", async () => {
    const before = (await entries("audit.read")).length;
    const res = await get("/verwaltung/protokoll?von=2026-02-30&bis=2026-01-01&aktion=drop%20table");
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="von-error"');
    expect(res.body).toContain('id="aktion-error"');
    expect(res.body).toContain('href="#von"');
    expect(res.body).toContain('value="2026-02-30"');
    expect(res.body).not.toContain("data-entry=");
    const order = await get("/en/verwaltung/protokoll?von=2026-02-02&bis=2026-02-01");
    expect(order.statusCode).toBe(400);
    expect(order.body).toContain("The to date must not be before the from date.");
    expect((await entries("audit.read")).length).toBe(before);
  });

  it("exports the choice as CSV for German Excel, safe against formula injection, and records it", async () => {
    await write("test.csv", "2026-05-04T08:00:00Z", {
      subject: '=HYPERLINK("http://evil.example")',
      detail: { place: "Süd" },
    });
    await write("test.csv", "2026-05-04T09:00:00Z", { subject: "-1+1", username: "carla" });
    const res = await get("/verwaltung/protokoll.csv?aktion=test.csv");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="protokoll-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers["cache-control"]).toBe("no-store");
    const body = res.rawPayload.toString("utf8");
    expect(body.startsWith("\uFEFF")).toBe(true);
    const lines = body.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      '"Nr.";"Zeitpunkt (Europe/Berlin)";"Benutzer";"Aktion";"Gegenstand";"Einzelheiten";"Adresse"',
    );
    expect(lines).toHaveLength(4); // header, two entries, and the empty rest after the last CRLF
    expect(lines[1]).toContain('"2026-05-04 11:00:00";"carla";"test.csv";"\'-1+1"');
    expect(lines[2]).toContain(
      '"2026-05-04 10:00:00";"someone";"test.csv";"\'=HYPERLINK(""http://evil.example"")";"place: Süd";"192.0.2.7"',
    );

    const [exported] = await entries("audit.export");
    expect(exported).toMatchObject({
      staff_id: admin.staffId,
      detail: { action: "test.csv", rows: 2, user: false },
    });

    const english = await get("/en/verwaltung/protokoll.csv?aktion=test.csv");
    expect(english.headers["content-disposition"]).toContain('filename="audit-log-');
    expect(english.rawPayload.toString("utf8")).toContain('"No.";"Time (Europe/Berlin)"');

    const bad = await get("/verwaltung/protokoll.csv?von=gestern");
    expect(bad.statusCode).toBe(400);
    expect(bad.headers["content-type"]).toContain("text/html");
  });

  it("is for administrators only", async () => {
    const reporter = await signInAs(t.app, t.database, ["management", "clerk"]);
    expect((await get("/verwaltung/protokoll", reporter)).statusCode).toBe(403);
    expect((await get("/verwaltung/protokoll.csv", reporter)).statusCode).toBe(403);
    const anonymous = await get("/verwaltung/protokoll.csv", null);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/verwaltung/anmelden?weiter=%2Fverwaltung%2Fprotokoll.csv");
  });
});
