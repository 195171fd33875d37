import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { describeReseal, type ResealReport, resealApplications } from "../src/modules/applications";
import { UploadStore } from "../src/modules/applications/uploads";
import { newDataKey, parseDataKeys, Sealer } from "../src/platform/crypto/sealer";
import type { Database } from "../src/platform/db/database";
import { applicant, fillInMeldebescheinigung } from "./helpers/applicant";
import { fileMeldebescheinigung, getAs } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { pdfText } from "./helpers/pdf-text";
import { type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";
import { insertTestDraft, samplePdf, TEST_TENANT } from "./helpers/uploads";

const ring = (value: string) => {
  const keys = parseDataKeys(value);
  if (typeof keys === "string") throw new Error(keys);
  return new Sealer(keys);
};

/** Every sealed value in the database with the context it is bound to, read without the application. */
async function everySealedValue(
  database: Database,
): Promise<{ context: string; value: string | Uint8Array }[]> {
  const { db } = database;
  const values: { context: string; value: string | Uint8Array }[] = [];
  for (const d of await db.selectFrom("application_drafts").select(["id", "data_sealed"]).execute())
    values.push({ context: `draft:${d.id}:data`, value: d.data_sealed });
  for (const c of await db.selectFrom("cases").select(["id", "answers_sealed", "contact_sealed"]).execute()) {
    values.push({ context: `case:${c.id}:answers`, value: c.answers_sealed });
    values.push({ context: `case:${c.id}:contact`, value: c.contact_sealed });
  }
  for (const e of await db
    .selectFrom("case_events")
    .select(["case_id", "position", "entry_sealed"])
    .execute())
    values.push({ context: `case:${e.case_id}:event:${e.position}`, value: e.entry_sealed });
  for (const f of await db
    .selectFrom("case_files")
    .select(["id", "name_sealed", "content_sealed"])
    .execute()) {
    values.push({ context: `file:${f.id}:name`, value: f.name_sealed });
    values.push({ context: `file:${f.id}:content`, value: f.content_sealed });
  }
  for (const p of await db.selectFrom("case_documents").select(["id", "pdf_sealed"]).execute())
    values.push({ context: `case-document:${p.id}:pdf`, value: p.pdf_sealed });
  return values;
}

const opens = (sealer: Sealer, { context, value }: { context: string; value: string | Uint8Array }) => {
  try {
    if (typeof value === "string") sealer.openJson(value, context);
    else sealer.openBytes(value, context);
    return true;
  } catch {
    return false;
  }
};

const usesOf = (report: ResealReport, keyId: string) =>
  report.keyUse.filter((u) => u.keyId === keyId).reduce((n, u) => n + u.count, 0);
const resealed = (report: ResealReport) => report.tables.reduce((n, t) => n + t.resealedValues, 0);

describeEachDatabase("key rotation of residents' data (reseal-data)", (kind) => {
  const keyA = newDataKey("key-a");
  const keyB = newDataKey("key-b");
  let t: TestApp;
  let dir: string;
  let clerk: SignedIn;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-reseal-"));
    t = await createTestApp(kind, { DATA_DIR: dir, DATA_KEYS: keyA });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** The application as another instance with `keys` in DATA_KEYS, on the same database. */
  async function instanceWith(keys: string): Promise<FastifyInstance> {
    const config = loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "100000",
      DATA_DIR: dir,
      DATA_KEYS: keys,
    });
    const app = await buildApp({ config, database: t.database, clock: t.clock });
    await app.ready();
    return app;
  }

  it("seals every value again with the new key, after which only the new key is needed", async () => {
    const sealerA = ring(keyA);
    const rotated = ring(`${keyB},${keyA}`);
    const onlyB = ring(keyB);
    const now = t.clock.now();

    // Under key A: a draft, two cases with their timelines, an issued document and files.
    const { r: drafting } = await fillInMeldebescheinigung(t.app, { familyName: "Entwurfsname" });
    const filed = await fileMeldebescheinigung(t.app);
    await fileMeldebescheinigung(t.app);
    const staff = { kind: "staff" as const, staffId: clerk.staffId };
    const record = await t.app.cases.byTrackingToken(filed.token);
    const reviewed = await t.app.cases.apply(
      filed.id,
      record?.revision ?? 0,
      { type: "start-review" },
      staff,
      now,
    );
    if (!reviewed.ok) throw new Error("refused");
    expect(
      (await t.app.cases.apply(filed.id, reviewed.record.revision, { type: "approve" }, staff, now)).ok,
    ).toBe(true);
    const store = new UploadStore({ database: t.database, tenantId: TEST_TENANT, sealer: sealerA });
    const pdf = samplePdf("Vollmacht");
    const file = await store.addToCase({
      caseId: filed.id,
      questionId: "information",
      name: "Vollmacht Müller.pdf",
      kind: "pdf",
      bytes: pdf,
      now,
      maxFiles: 10,
    });
    const draftId = await insertTestDraft(t.database, sealerA, now);
    await store.add({
      draftId,
      questionId: "confirmationFile",
      name: "Bestätigung.pdf",
      kind: "pdf",
      bytes: samplePdf("Bestätigung"),
      now,
      maxFiles: 1,
    });

    const before = await everySealedValue(t.database);
    expect(before.length).toBeGreaterThan(12);
    expect(before.every((v) => opens(sealerA, v))).toBe(true);

    // The dry run counts every value under key A, and changes nothing.
    const dry = await resealApplications(t.database, rotated, { dryRun: true });
    expect(usesOf(dry, "key-a")).toBe(before.length);
    expect(usesOf(dry, "key-b")).toBe(0);
    expect(resealed(dry)).toBe(0);
    expect(await everySealedValue(t.database)).toEqual(before);
    expect(describeReseal(dry, rotated.keyIds, true)).toContain(
      `  key key-a: ${before.length} value(s); still needed: run reseal-data before removing it`,
    );

    // The run seals everything again, in batches per table, telling counts only.
    const progress: string[] = [];
    const run = await resealApplications(t.database, rotated, {
      batchSize: 3,
      onProgress: (p) => progress.push(`${p.table}:${p.resealedValues}`),
    });
    expect(resealed(run)).toBe(before.length);
    expect(run.tables.every((table) => table.unopenable === 0)).toBe(true);
    // counts after each batch of three rows: several batches of the cases' events
    expect(progress).toEqual(
      expect.arrayContaining(["application_drafts:2", "cases:4", "case_files:4", "case_documents:1"]),
    );
    expect(progress.filter((p) => p.startsWith("case_events:")).length).toBeGreaterThan(1);
    expect(usesOf(run, "key-a")).toBe(0);
    expect(usesOf(run, "key-b")).toBe(before.length);

    const after = await everySealedValue(t.database);
    expect(after.map((v) => v.context).sort()).toEqual(before.map((v) => v.context).sort());
    expect(after.every((v) => opens(onlyB, v))).toBe(true);
    expect(after.some((v) => opens(sealerA, v))).toBe(false);

    // A second run finds nothing; the dry run says key A is no longer needed.
    expect(resealed(await resealApplications(t.database, rotated))).toBe(0);
    expect(await everySealedValue(t.database)).toEqual(after);
    const check = await resealApplications(t.database, rotated, { dryRun: true });
    expect(describeReseal(check, rotated.keyIds, true)).toEqual([
      "Sealed values per key:",
      `  key key-b: ${before.length} value(s); it seals new values`,
      "  key key-a: 0 value(s); no longer needed by the database: remove it from DATA_KEYS, but keep it as long as a backup that may be restored needs it",
    ]);

    // An instance with only key B serves everything: the resident's case, the document, the
    // office's file, and the draft in the browser that started it.
    const appB = await instanceWith(keyB);
    try {
      const resident = applicant(appB);
      const page = await resident.get(`/vorgang/${filed.token}`);
      expect(page.statusCode).toBe(200);
      const href =
        /href="(\/vorgang\/[A-Za-z0-9_-]{32}\/dokument\/[0-9a-f-]{36})"/.exec(page.body)?.[1] ?? "";
      const document = await resident.get(href);
      expect(document.headers["content-type"]).toBe("application/pdf");
      const text = pdfText(document.rawPayload);
      expect(text).toContain("Mustermann");
      const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])/.exec(text)?.[1] ?? "";
      expect((await appB.inject({ method: "GET", url: `/pruefen?code=${code}` })).body).toContain(
        "Meldebescheinigung",
      );

      const casePage = await getAs(appB, clerk, `/verwaltung/vorgaenge/${filed.id}`);
      expect(casePage.statusCode).toBe(200);
      expect(casePage.body).toContain("Vollmacht Müller.pdf");
      expect(casePage.body).toContain("Mustermann");
      const download = await getAs(appB, clerk, `/verwaltung/vorgaenge/${filed.id}/dateien/${file.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);

      const sameBrowser = applicant(appB);
      for (const [name, value] of drafting.cookies) sameBrowser.cookies.set(name, value);
      const summary = await sameBrowser.get("/antrag/meldebescheinigung/zusammenfassung");
      expect(summary.statusCode).toBe(200);
      expect(summary.body).toContain("Entwurfsname");
    } finally {
      await appB.close();
    }
  });

  it("counts a value whose key is not in the ring, leaves it, and re-seals the rest", async () => {
    const keyC = newDataKey("key-c");
    const lost = await insertTestDraft(t.database, ring(keyC), t.clock.now());
    const readable = await insertTestDraft(t.database, ring(keyA), t.clock.now());
    const rotated = ring(`${keyB},${keyA}`);

    const run = await resealApplications(t.database, rotated, { tenantId: TEST_TENANT });
    expect(run.tables.find((table) => table.table === "application_drafts")).toEqual({
      table: "application_drafts",
      resealedRows: 1,
      resealedValues: 1,
      unopenable: 1,
    });
    expect(usesOf(run, "key-c")).toBe(1);
    expect(describeReseal(run, rotated.keyIds, false)).toContain(
      "  key key-c: 1 value(s); this key is not in DATA_KEYS, they cannot be opened",
    );
    const drafts = await t.database.db
      .selectFrom("application_drafts")
      .select(["id", "data_sealed"])
      .where("id", "in", [lost, readable])
      .execute();
    const sealed = (id: string) => drafts.find((d) => d.id === id)?.data_sealed ?? "";
    expect(ring(keyB).openJson(sealed(readable), `draft:${readable}:data`)).toEqual({
      answers: {},
      contact: {},
    });
    expect(ring(keyC).openJson(sealed(lost), `draft:${lost}:data`)).toEqual({ answers: {}, contact: {} });

    // another tenant's rows are not counted when a tenant is named
    expect(
      (await resealApplications(t.database, rotated, { tenantId: "elsewhere", dryRun: true })).keyUse,
    ).toEqual([]);
  });
  // PGlite has one connection: a second transaction cannot be open beside the run there.
  it.skipIf(kind !== "postgres")(
    "never overwrites a change the application makes meanwhile with the value it read before",
    async () => {
      const sealerA = ring(keyA);
      const id = await insertTestDraft(t.database, sealerA, t.clock.now());
      const context = `draft:${id}:data`;
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let changed = () => {};
      const hasChanged = new Promise<void>((resolve) => {
        changed = resolve;
      });
      // An instance still on key A saves the draft in a transaction that stays open a while.
      const saving = t.database.db.transaction().execute(async (tx) => {
        await tx
          .updateTable("application_drafts")
          .set({ data_sealed: sealerA.sealJson({ answers: { saved: "later" }, contact: null }, context) })
          .where("id", "=", id)
          .execute();
        changed();
        await released;
      });
      await hasChanged;
      const run = resealApplications(t.database, ring(`${keyB},${keyA}`), { tenantId: TEST_TENANT });
      // the run waits for the row the application holds
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          select count(*)::integer as n from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`.execute(t.database.db);
        if ((rows[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      release();
      await saving;
      await run;
      const row = await t.database.db
        .selectFrom("application_drafts")
        .select("data_sealed")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(ring(keyB).openJson(row.data_sealed, context)).toEqual({
        answers: { saved: "later" },
        contact: null,
      });
    },
  );
});
