import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { UploadStore } from "../src/modules/applications/uploads";
import { newDataKey, parseDataKeys, Sealer } from "../src/platform/crypto/sealer";
import { fileMeldebescheinigung, getAs, revisionOn } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";
import { samplePdf, TEST_TENANT } from "./helpers/uploads";

const INBOX = "/verwaltung/vorgaenge";
const RESIDENT = ["Mustermann", "Erika", "erika@example.org", "06421 12345", "Markt"];

/** The inbox, who sees which case, the audited reads of a case and its files. */
describeEachDatabase("online applications in the back office: inbox, access, reading", (kind) => {
  let t: TestApp;
  let dir: string;
  let sealer: Sealer;
  let clerk: SignedIn;
  let elsewhere: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-case-desk-"));
    const keys = newDataKey("test-1");
    const parsed = parseDataKeys(keys);
    if (typeof parsed === "string") throw new Error(parsed);
    sealer = new Sealer(parsed);
    t = await createTestApp(kind, { DATA_DIR: dir, DATA_KEYS: keys });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
    elsewhere = await signInAs(t.app, t.database, ["clerk"], { places: ["ordnungsamt"] });
    admin = await signInAs(t.app, t.database, ["administrator"]);
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const auditOf = (id: string) =>
    t.database.db
      .selectFrom("audit_log")
      .select(["action", "staff_id", "detail"])
      .where("subject", "=", `case:${id}`)
      .orderBy("id")
      .execute();
  // a case goes to the office that handles its service; these tests also need the general inbox
  const atPlace = (id: string, place: string | null) =>
    t.database.db.updateTable("cases").set({ place_key: place }).where("id", "=", id).execute();

  it("lists a filed case in the inbox, oldest first and counted, without the resident's data", async () => {
    const first = await fileMeldebescheinigung(t.app);
    t.clock.advance(60_000);
    const second = await fileMeldebescheinigung(t.app);
    expect((await t.app.cases.byId(second.id))?.placeKey).toBe("stadtbuero");
    await atPlace(first.id, null);
    await atPlace(second.id, null);
    const inbox = await getAs(t.app, clerk, INBOX);
    expect(inbox.statusCode).toBe(200);
    expect(inbox.headers["cache-control"]).toBe("no-store");
    const rows = [...inbox.body.matchAll(/data-case="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual([first.reference, second.reference]);
    expect(inbox.body).toContain(`href="/verwaltung/vorgaenge/${first.id}"`);
    expect(inbox.body).toContain("Meldebescheinigung");
    expect(inbox.body).toMatch(/Eingegangen <strong>2<\/strong>/);
    expect(inbox.body).toMatch(/In Bearbeitung <strong>0<\/strong>/);
    for (const secret of RESIDENT) expect(inbox.body).not.toContain(secret);

    // filters: done shows none of them, "assigned to me" none yet, the general inbox both
    expect((await getAs(t.app, clerk, `${INBOX}?status=done`)).body).not.toContain(first.reference);
    expect((await getAs(t.app, clerk, `${INBOX}?meine=1`)).body).not.toContain(first.reference);
    expect((await getAs(t.app, clerk, `${INBOX}?ort=allgemein`)).body).toContain(second.reference);
    expect((await getAs(t.app, clerk, `${INBOX}?ort=stadtbuero`)).body).not.toContain(second.reference);
    // junk in a hand-edited link shows the default
    const junk = await getAs(
      t.app,
      clerk,
      `${INBOX}?status=nonsense&leistung=%3Cscript%3E&ort=../x&meine=ja`,
    );
    expect(junk.statusCode).toBe(200);
    expect(junk.body).toContain(first.reference);
    const english = await getAs(t.app, clerk, `/en${INBOX}`);
    expect(english.body).toContain("Online applications");
    expect(english.body).toContain(first.reference);
  });

  it("shows a case of a place only to clerks who work there; administrators see no case at all", async () => {
    const general = await fileMeldebescheinigung(t.app);
    await atPlace(general.id, null);
    const placed = await fileMeldebescheinigung(t.app);
    await atPlace(placed.id, "stadtbuero");

    const theirs = await getAs(t.app, elsewhere, INBOX);
    expect(theirs.body).toContain(general.reference);
    expect(theirs.body).not.toContain(placed.reference);
    const refused = await getAs(t.app, elsewhere, `${INBOX}/${placed.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain("Mustermann");
    const post = await postForm(t.app, elsewhere, `${INBOX}/${placed.id}/bearbeiten`, { revision: "2" });
    expect(post.statusCode).toBe(403);
    expect((await getAs(t.app, elsewhere, `${INBOX}/${general.id}`)).statusCode).toBe(200);
    expect((await getAs(t.app, clerk, `${INBOX}/${placed.id}`)).statusCode).toBe(200);

    for (const url of [INBOX, `${INBOX}/${placed.id}`, `${INBOX}/${general.id}`]) {
      const page = await getAs(t.app, admin, url);
      expect(page.statusCode).toBe(403);
      expect(page.body).not.toContain(general.reference);
    }
    const anonymous = await t.app.inject({ url: `${INBOX}/${general.id}` });
    expect(anonymous.statusCode).toBe(303);
    expect(String(anonymous.headers.location)).toContain("/verwaltung/anmelden?weiter=");
    // nothing of the refused reads is in the audit log, and the case did not change
    expect((await auditOf(placed.id)).map((a) => a.staff_id)).toEqual([clerk.staffId]);
    expect((await t.app.cases.byId(placed.id))?.state.status).toBe("submitted");
    const unknown = await getAs(t.app, clerk, `${INBOX}/00000000-0000-4000-8000-000000000000`);
    expect(unknown.statusCode).toBe(404);
  });

  it("shows the case in full to its clerk and audits the read without personal data", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const page = await getAs(t.app, clerk, `${INBOX}/${filed.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain(filed.reference);
    expect(page.body).toContain("Mustermann");
    expect(page.body).toContain('href="mailto:erika@example.org"');
    expect(page.body).toContain("06421 12345");
    expect(page.body).toContain("Online");
    expect(page.body).toContain("Antrag eingereicht");
    expect(page.body).toContain("Antragsteller:in");
    expect(page.body).toContain("Noch nicht festgesetzt");
    // only the steps the status machine allows now
    expect(page.body).toContain(`action="/verwaltung/vorgaenge/${filed.id}/bearbeiten"`);
    expect(page.body).not.toContain(`action="/verwaltung/vorgaenge/${filed.id}/genehmigen"`);
    expect(page.body).not.toContain(`action="/verwaltung/vorgaenge/${filed.id}/abschliessen"`);
    const audit = await auditOf(filed.id);
    expect(audit).toEqual([
      { action: "case.read", staff_id: clerk.staffId, detail: { status: "submitted" } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Mustermann|erika/);
  });

  it("assigns a case to the clerk who takes it, and to a colleague of its place only", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const colleague = await signInAs(t.app, t.database, ["clerk"], { places: ["stadtbuero"] });
    await atPlace(filed.id, "standesamt");
    const page = await getAs(t.app, clerk, `${INBOX}/${filed.id}`);
    expect(page.body).toContain("Mir zuweisen");
    expect(page.body).not.toContain(`<option value="${colleague.staffId}"`);
    const taken = await postForm(t.app, clerk, `${INBOX}/${filed.id}/zuweisen`, {
      revision: revisionOn(page.body),
      assigned: "",
      assignee: String(clerk.staffId),
    });
    expect(taken.statusCode).toBe(303);
    expect(taken.headers.location).toBe(`${INBOX}/${filed.id}?hinweis=assigned`);
    const row = await t.database.db
      .selectFrom("cases")
      .select(["assigned_to", "revision"])
      .where("id", "=", filed.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ assigned_to: clerk.staffId, revision: 2 });
    const mine = await getAs(t.app, clerk, `${INBOX}?meine=1`);
    expect(mine.body).toContain(filed.reference);
    expect((await getAs(t.app, colleague, `${INBOX}/${filed.id}`)).statusCode).toBe(403);

    // a colleague who does not work at the case's place is refused at the field
    const wrong = await postForm(t.app, clerk, `${INBOX}/${filed.id}/zuweisen`, {
      revision: "2",
      assigned: String(clerk.staffId),
      assignee: String(colleague.staffId),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Diese Person bearbeitet keine Vorgänge dieses Ortes");
    expect(wrong.body).toContain('href="#assignee"');
    const actions = (await auditOf(filed.id)).map((a) => a.action);
    expect(actions.filter((a) => a === "case.assign")).toHaveLength(1);
  });

  it("sends a file as a download (attachment, nosniff, no-store) and audits it", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const store = new UploadStore({ database: t.database, tenantId: TEST_TENANT, sealer });
    const pdf = samplePdf("Vollmacht");
    const ref = await store.addToCase({
      caseId: filed.id,
      questionId: "information",
      name: "Vollmacht Müller.pdf",
      kind: "pdf",
      bytes: pdf,
      now: t.clock.now(),
      maxFiles: 10,
    });
    const page = await getAs(t.app, clerk, `${INBOX}/${filed.id}`);
    const href = `${INBOX}/${filed.id}/dateien/${ref.id}`;
    expect(page.body).toContain(`href="${href}"`);
    expect(page.body).toContain("Vollmacht Müller.pdf");
    const file = await getAs(t.app, clerk, href);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-disposition"]).toBe(
      `attachment; filename="Vollmacht M_ller.pdf"; filename*=UTF-8''Vollmacht%20M%C3%BCller.pdf`,
    );
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toBe("no-store");
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const reads = (await auditOf(filed.id)).filter((a) => a.action === "case.file-read");
    expect(reads).toEqual([
      { action: "case.file-read", staff_id: clerk.staffId, detail: { file: ref.id, kind: "pdf" } },
    ]);

    const other = await fileMeldebescheinigung(t.app);
    expect((await getAs(t.app, clerk, `${INBOX}/${other.id}/dateien/${ref.id}`)).statusCode).toBe(404);
    await atPlace(filed.id, "stadtbuero");
    expect((await getAs(t.app, elsewhere, href)).statusCode).toBe(403);
    expect((await getAs(t.app, admin, href)).statusCode).toBe(403);
  });

  it("links the inbox from the back office's start for clerks only", async () => {
    expect((await getAs(t.app, clerk, "/verwaltung")).body).toContain('href="/verwaltung/vorgaenge"');
    expect((await getAs(t.app, clerk, "/verwaltung")).body).toContain("Online-Anträge");
    expect((await getAs(t.app, admin, "/verwaltung")).body).not.toContain('href="/verwaltung/vorgaenge"');
  });
});
