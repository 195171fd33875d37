import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fileMeldebescheinigung } from "./helpers/applicant";
import { getAs, revisionOn } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { pdfText } from "./helpers/pdf-text";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const INBOX = "/verwaltung/vorgaenge";

/** What the clerk reads from the register; every value is one no other test data hold. */
const REGISTER = {
  approvePlaceOfBirth: "Biedenkopf-Wallau",
  approveNationalities: "deutsch, portugiesisch",
  approveMaritalStatus: "widowed",
  approvePreviousAddresses: "Zwetschgenweg 17, Hinterhaus, 35041 Marburg\nQuittenallee 4, 35043 Marburg",
};
const IN_CLEAR = ["Biedenkopf", "portugiesisch", "Zwetschgenweg", "Quittenallee", "Hinterhaus"];

/** Every row of every table of the database as text, with byte columns read as Latin-1 too. */
async function wholeDatabase(t: TestApp): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(t.database.db);
  const rows: string[] = [];
  for (const { name } of tables.rows) {
    const dump = await sql<{
      row: string;
    }>`select row_to_json(x)::text as row from ${sql.table(name)} x`.execute(t.database.db);
    for (const { row } of dump.rows)
      rows.push(
        row,
        ...[...row.matchAll(/\\\\x([0-9a-f]+)/g)].map((m) =>
          Buffer.from(m[1] ?? "", "hex").toString("latin1"),
        ),
      );
  }
  return rows.join("\n");
}

/** The extended Meldebescheinigung: the register data the clerk gives on approval, and its PDF. */
describeEachDatabase("online applications: the extended Meldebescheinigung", (kind) => {
  let t: TestApp;
  let clerk: SignedIn;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, { LOG_LEVEL: "info" }, { write: (line) => logs.push(line) });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
  });
  afterAll(() => t?.close());

  const page = (id: string, locale = "") => getAs(t.app, clerk, `${locale}${INBOX}/${id}`);
  const approve = async (id: string, fields: Record<string, string>, revision?: string) =>
    postForm(t.app, clerk, `${INBOX}/${id}/genehmigen`, {
      revision: revision ?? revisionOn((await page(id)).body),
      ...fields,
    });

  it("asks for exactly the items chosen, refuses bad input with messages, and issues the PDF with the data", async () => {
    const { r, token, record } = await fileMeldebescheinigung(t.app, {
      kind: "extended",
      extendedData: ["previous-addresses", "place-of-birth", "nationalities", "marital-status"],
    });
    const id = record.id;
    const started = await postForm(t.app, clerk, `${INBOX}/${id}/bearbeiten`, {
      revision: revisionOn((await page(id)).body),
    });
    expect(started.statusCode).toBe(303);

    // the approval's form asks for the chosen items, not for the one left out
    const view = await page(id);
    for (const input of Object.keys(REGISTER)) expect(view.body).toContain(`name="${input}"`);
    expect(view.body).not.toContain('name="approveMoveInDate"');
    expect(view.body).toContain("Daten aus dem Melderegister");
    expect((await page(id, "/en")).body).toContain("Previous addresses");
    const before = await t.app.cases.byId(id);

    const blank = await approve(id, {});
    expect(blank.statusCode).toBe(400);
    for (const message of [
      "Tragen Sie den Geburtsort ein",
      "Tragen Sie mindestens eine Staatsangehörigkeit ein",
      "Wählen Sie den Familienstand aus",
      "Tragen Sie mindestens eine frühere Anschrift ein",
    ])
      expect(blank.body).toContain(message);
    expect(blank.body).toContain('href="#approvePlaceOfBirth"');
    expect(blank.body).toContain('aria-invalid="true"');

    const wrong = await approve(id, {
      ...REGISTER,
      approvePreviousAddresses: "Zwetschgenweg 17, 35041 Marburg\nirgendwo in Marburg",
      approveNote: "Geprüft.",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("Zeile 2: Schreiben Sie die Anschrift mit Straße");
    expect(wrong.body).toContain('value="Biedenkopf-Wallau"');
    expect(wrong.body).not.toContain("Tragen Sie den Geburtsort ein");

    // a page read before a change meanwhile does not approve
    const stale = await approve(id, REGISTER, String((before?.revision ?? 0) - 1));
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain("Jemand anderes hat den Vorgang inzwischen geändert");

    // nothing of it was stored
    const unchanged = await t.app.cases.byId(id);
    expect(unchanged?.state.status).toBe("in-review");
    expect(unchanged?.revision).toBe(before?.revision);
    expect(await t.app.caseDocuments.listForCase(id)).toEqual([]);

    const approved = await approve(id, { ...REGISTER, approveNote: "Geprüft." });
    expect(approved.statusCode).toBe(303);
    const after = await t.app.cases.byId(id);
    expect(after?.state.status).toBe("approved");
    expect((await page(id)).body).toContain(
      "Daten aus dem Melderegister für die erweiterte Meldebescheinigung erfasst",
    );

    // the resident downloads it from their case page
    const casePage = await r.get(`/vorgang/${token}`);
    expect(casePage.body).toContain("Meldebescheinigung herunterladen (PDF)");
    const href = /href="(\/vorgang\/[A-Za-z0-9_-]{32}\/dokument\/[0-9a-f-]{36})"/.exec(casePage.body)?.[1];
    const pdf = await r.get(href ?? "");
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = pdfText(pdf.rawPayload);
    for (const printed of [
      "Erweiterte Meldebescheinigung",
      "Mustermann",
      "Geburtsort",
      "Biedenkopf-Wallau",
      "deutsch, portugiesisch",
      "verwitwet",
      "Zwetschgenweg 17, Hinterhaus, 35041 Marburg",
      "Quittenallee 4, 35043 Marburg",
    ])
      expect(text).toContain(printed);
    expect(text).not.toContain("Tag des Einzugs");

    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])/.exec(text)?.[1] ?? "";
    const verified = await t.app.inject({ method: "GET", url: `/pruefen?code=${code}` });
    expect(verified.body).toContain("Echt: Meldebescheinigung");
    expect(verified.body).not.toContain("Biedenkopf");

    // sealed at rest, in no audit entry, in no log line
    const stored = await wholeDatabase(t);
    expect(stored).toContain("case.approve");
    for (const secret of IN_CLEAR) {
      expect(stored.includes(secret), `${secret} in the database`).toBe(false);
      expect(logs.join("\n").includes(secret), `${secret} in the log`).toBe(false);
    }
  });

  it("asks nothing more to approve a simple Meldebescheinigung", async () => {
    const { record } = await fileMeldebescheinigung(t.app);
    await postForm(t.app, clerk, `${INBOX}/${record.id}/bearbeiten`, {
      revision: revisionOn((await page(record.id)).body),
    });
    expect((await page(record.id)).body).not.toContain("approvePlaceOfBirth");
    expect((await approve(record.id, {})).statusCode).toBe(303);
    expect((await t.app.caseDocuments.listForCase(record.id)).map((d) => d.kind)).toEqual([
      "meldebescheinigung",
    ]);
  });
});
