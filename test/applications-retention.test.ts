import { afterAll, beforeAll, expect, it } from "vitest";
import { countCases } from "../src/modules/applications/storage/retention-queries";
import { applicant, fileMeldebescheinigung } from "./helpers/applicant";
import { describeEachDatabase } from "./helpers/databases";
import { createTestApp, TEST_NOW, type TestApp } from "./helpers/test-app";

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(new Date(TEST_NOW).getTime() + days * DAY);

describeEachDatabase("retention of online applications", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { CASE_RETENTION_DAYS: "60", DRAFT_RETENTION_DAYS: "10" });
  });
  afterAll(() => t.close());
  const job = () => {
    const found = t.app.jobs.find((j) => j.name === "applications-retention");
    if (!found) throw new Error("no retention job");
    return found;
  };

  it("deletes drafts after their time and ended cases after the set days, open cases never", async () => {
    const open = await fileMeldebescheinigung(t.app);
    const ended = await fileMeldebescheinigung(t.app);
    const withdrawn = await t.app.cases.apply(
      ended.record.id,
      ended.record.revision,
      { type: "withdraw" },
      { kind: "resident" },
      t.clock.now(),
    );
    expect(withdrawn.ok).toBe(true);
    const r = applicant(t.app);
    await r.follow(await r.post("/antrag/meldebescheinigung", {}, "/antrag/meldebescheinigung"));
    const before = await countCases(t.database.db, "marburg");

    expect(await job().run(at(9))).toEqual({ drafts: 0, cases: 0 });
    expect(await job().run(at(11))).toEqual({ drafts: 1, cases: 0 });
    expect((await r.get("/antrag/meldebescheinigung/seite/for-whom")).statusCode).toBe(404);
    expect(await job().run(at(61))).toEqual({ drafts: 0, cases: 1 });
    expect(await countCases(t.database.db, "marburg")).toBe(before - 1);
    expect(await t.app.cases.byId(ended.record.id)).toBeUndefined();
    expect(await t.app.cases.byId(open.record.id)).toBeDefined();
    expect((await r.get(`/vorgang/${ended.token}`)).statusCode).toBe(404);
  });

  it("says on the privacy page how long drafts and cases are kept, per service", async () => {
    const page = await applicant(t.app).get("/datenschutz");
    expect(page.body).toContain("Online-Anträge");
    expect(page.body).toContain("10 Tage nach der letzten Änderung");
    expect(page.body).toMatch(/Meldebescheinigung[^<]*<\/th><td[^>]*>60 Tage<\/td>/);
  });
});

describeEachDatabase("retention per service", (kind) => {
  it("keeps a service's cases for its own period", async () => {
    const t = await createTestApp(kind, { CASE_RETENTION_BY_SERVICE: "meldebescheinigung:400" });
    try {
      const { record } = await fileMeldebescheinigung(t.app);
      await t.app.cases.apply(
        record.id,
        record.revision,
        { type: "withdraw" },
        { kind: "resident" },
        t.clock.now(),
      );
      const job = t.app.jobs.find((j) => j.name === "applications-retention");
      expect(await job?.run(at(100))).toEqual({ drafts: 0, cases: 0 });
      expect(await job?.run(at(401))).toEqual({ drafts: 0, cases: 1 });
      const page = await applicant(t.app).get("/en/datenschutz");
      expect(page.body).toMatch(/registration certificate[^<]*<\/th><td[^>]*>400 days<\/td>/i);
    } finally {
      await t.close();
    }
  });
});
