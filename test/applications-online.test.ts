import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicant, fillInMeldebescheinigung } from "./helpers/applicant";
import { describeEachDatabase } from "./helpers/databases";
import { outboxMails } from "./helpers/mails";
import { signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const BASE = "/antrag/meldebescheinigung";
const PERSON = {
  "person.givenNames": "Erika",
  "person.familyName": "Mustermann",
  "person.dateOfBirth.day": "12",
  "person.dateOfBirth.month": "8",
  "person.dateOfBirth.year": "1964",
};

/** A resident who answers the Meldebescheinigung up to "check your answers". */
async function fillIn(t: TestApp, kind: "simple" | "extended" = "simple") {
  const { r, check } = await fillInMeldebescheinigung(t.app, { kind });
  expect(check.body).toContain("Prüfen Sie Ihre Angaben");
  return { r, page: check };
}

describeEachDatabase("online applications for residents", (kind) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-apply-"));
    t = await createTestApp(kind, { DATA_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("files a Meldebescheinigung without JavaScript: a case, its mail with the tracking link, its page", async () => {
    const { r, page } = await fillIn(t);
    expect(page.body).toContain("Erika Mustermann");
    expect(page.headers["cache-control"]).toBe("no-store");
    const filed = await r.post(`${BASE}/absenden`);
    expect(filed.statusCode).toBe(303);
    const tracking = String(filed.headers.location).replace(/\?neu=1$/, "");
    expect(tracking).toMatch(/^\/vorgang\/[A-Za-z0-9_-]{32}$/);
    const casePage = await r.follow(filed);
    expect(casePage.body).toContain("Ihr Antrag ist eingegangen");
    expect(casePage.body).toContain("Eingereicht");
    const reference = /(\d{4}-\d{7}-\d)/.exec(casePage.body)?.[1];
    expect(reference).toMatch(/^2027-0000001-\d$/);
    expect(casePage.headers["cache-control"]).toBe("no-store");
    // the draft is gone with its cookie
    expect((await r.get(`${BASE}/zusammenfassung`)).statusCode).toBe(404);

    const mail = (await outboxMails(dir)).find((m) => m.subject?.includes(reference ?? "?"));
    expect(mail?.subject).not.toContain("Mustermann");
    expect(mail?.text).toContain(`http://localhost:3000${tracking}`);

    const record = await t.app.cases.byTrackingToken(tracking.split("/").at(-1) ?? "");
    expect(record?.state.status).toBe("submitted");
    expect(record?.answers).toMatchObject({ forSelf: true, certificateKind: "simple", purpose: null });
    expect(record?.timeline.map((e) => e.event.type)).toEqual(["open", "submit"]);
  });

  it("keeps no applicant's name or address readable in the database", async () => {
    await fillIn(t).then(({ r }) => r.post(`${BASE}/absenden`));
    const dump = await sql<{ row: string }>`
      select row_to_json(c)::text as row from cases c
      union all select row_to_json(e)::text from case_events e
      union all select row_to_json(d)::text from application_drafts d`.execute(t.database.db);
    const text = dump.rows.map((r) => r.row).join("\n");
    expect(dump.rows.length).toBeGreaterThan(2);
    for (const secret of ["Mustermann", "Erika", "erika@example.org", "Markt", "35037"])
      expect(text).not.toContain(secret);
  });

  it("shows errors next to the fields and in a summary, and keeps what was typed", async () => {
    const r = applicant(t.app);
    await r.follow(await r.post(BASE, {}, BASE));
    await r.answer(`${BASE}/seite/for-whom`, { forSelf: "yes" });
    await r.get(`${BASE}/seite/person`);
    const wrong = await r.post(`${BASE}/seite/person`, { ...PERSON, "person.dateOfBirth.month": "13" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Fehler:");
    expect(wrong.body).toMatch(/href="#person\.dateOfBirth\.day"/);
    expect(wrong.body).toMatch(/id="person\.dateOfBirth\.day"/);
    expect(wrong.body).toContain('value="Mustermann"');
    expect(wrong.body).toContain('aria-invalid="true"');
  });

  it("forgets the answers of a branch the resident left", async () => {
    const { r } = await fillIn(t, "extended");
    let check = await r.get(`${BASE}/zusammenfassung`);
    expect(check.body).toContain("Staatsangehörigkeiten");
    // change the kind from the check page: the change link returns to the check page
    await r.get(`${BASE}/seite/certificate-kind?aendern=1`);
    const changed = await r.post(`${BASE}/seite/certificate-kind?aendern=1`, { certificateKind: "simple" });
    expect(changed.headers.location).toBe(`${BASE}/zusammenfassung#certificate-kind`);
    check = await r.follow(changed);
    expect(check.body).not.toContain("Staatsangehörigkeiten");
    const filed = await r.post(`${BASE}/absenden`);
    const record = await t.app.cases.byTrackingToken(
      String(filed.headers.location).split("/").at(-1)?.replace("?neu=1", "") ?? "",
    );
    expect(record?.answers).not.toHaveProperty("extendedData");
  });

  it("sends a resume link that opens the draft once, in a fresh browser", async () => {
    const r = applicant(t.app);
    await r.follow(await r.post(BASE, {}, BASE));
    await r.answer(`${BASE}/seite/for-whom`, { forSelf: "yes" });
    const sent = await r.answer(`${BASE}/speichern`, { email: "resume@example.org" });
    expect(sent.body).toContain("Link verschickt");
    const mail = (await outboxMails(dir)).find((m) => m.to?.[0]?.address === "resume@example.org");
    const link = /http:\/\/localhost:3000(\/antrag\/fortsetzen\/[A-Za-z0-9_-]{32})/.exec(
      mail?.text ?? "",
    )?.[1];
    expect(link).toBeDefined();
    const other = applicant(t.app);
    const confirm = await other.get(link ?? "");
    expect(confirm.body).toContain("Antrag fortsetzen");
    const resumed = await other.follow(await other.post(link ?? ""));
    expect(resumed.body).toContain("Für wen ist die Meldebescheinigung?");
    // the old browser's cookie and the link no longer open it
    expect((await r.get(`${BASE}/seite/person`)).statusCode).toBe(404);
    expect((await applicant(t.app).get(link ?? "")).statusCode).toBe(404);
  });

  it("lets the resident answer the office's question and withdraw, with a mail on each change", async () => {
    const { r } = await fillIn(t);
    const filed = await r.post(`${BASE}/absenden`);
    const token = String(filed.headers.location).split("/").at(-1)?.replace("?neu=1", "") ?? "";
    const record = await t.app.cases.byTrackingToken(token);
    if (!record) throw new Error("no case");
    const { staffId } = await signInAs(t.app, t.database, ["clerk"]);
    const staff = { kind: "staff" as const, staffId };
    const review = await t.app.cases.apply(
      record.id,
      record.revision,
      { type: "start-review" },
      staff,
      t.clock.now(),
    );
    if (!review.ok) throw new Error("review refused");
    const asked = await t.app.cases.apply(
      record.id,
      review.record.revision,
      { type: "request-information", message: "Bitte nennen Sie den Zweck." },
      staff,
      t.clock.now(),
    );
    if (!asked.ok) throw new Error("question refused");
    let page = await r.get(`/vorgang/${token}`);
    expect(page.body).toContain("Bitte nennen Sie den Zweck.");
    const empty = await r.post(`/vorgang/${token}/antwort`, {
      revision: String(asked.record.revision),
      message: " ",
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Schreiben Sie eine Antwort oder hängen Sie eine Datei an.");
    page = await r.follow(
      await r.post(`/vorgang/${token}/antwort`, {
        revision: String(asked.record.revision),
        message: "Für den Arbeitgeber.",
      }),
    );
    expect(page.body).toContain("Ihre Antwort ist eingegangen");
    expect(page.body).toContain("In Bearbeitung");
    await r.get(`/vorgang/${token}/zurueckziehen`);
    const revision = (await t.app.cases.byTrackingToken(token))?.revision ?? 0;
    page = await r.follow(await r.post(`/vorgang/${token}/zurueckziehen?revision=${revision}`));
    expect(page.body).toContain("Zurückgezogen");
    const subjects = (await outboxMails(dir))
      .map((m) => m.subject ?? "")
      .filter((s) => s.includes(record.reference));
    // receipt; in review; question; answered (back in review); withdrawn
    expect(subjects).toHaveLength(5);
    for (const s of subjects) expect(s).not.toMatch(/Mustermann|Erika/);
  });

  it("answers an unknown tracking link with a page that says so", async () => {
    const page = await applicant(t.app).get(`/vorgang/${"x".repeat(32)}`);
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain("Antrag nicht gefunden");
  });
});

describe("an application's pages in English", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("pglite");
  });
  afterAll(() => t.close());

  it("speaks English below /en", async () => {
    const r = applicant(t.app);
    const start = await r.get(`/en${BASE}`);
    expect(start.body).toContain("Apply for a registration certificate");
    const first = await r.follow(await r.post(`/en${BASE}`));
    expect(first.body).toContain("Are you applying for your own registration certificate?");
    const wrong = await r.post(`/en${BASE}/seite/for-whom`, {});
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Please check your answers");
  });
});
