import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { applicant } from "./helpers/applicant";
import { describeEachDatabase } from "./helpers/databases";
import { outboxMails } from "./helpers/mails";
import { signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";
import { samplePdf, twoColourPicture } from "./helpers/uploads";

const BASE = "/antrag/anmeldung-wohnsitz";
const person = (given: string, relation: string) => ({
  "person.givenNames": given,
  "person.familyName": "Beispiel",
  "person.dateOfBirth.day": "1",
  "person.dateOfBirth.month": "2",
  "person.dateOfBirth.year": "1990",
  sex: "none",
  nationality: "deutsch",
  relation,
});
const address = (prefix: string, street: string) => ({
  [`${prefix}.street`]: street,
  [`${prefix}.houseNumber`]: "5",
  [`${prefix}.postalCode`]: "35037",
  [`${prefix}.city`]: "Marburg",
});

describeEachDatabase("an Anmeldung for two people with an upload", (kind) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-upload-"));
    t = await createTestApp(kind, { DATA_DIR: dir });
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("adds two people, uploads the landlord's confirmation, resumes in a fresh browser and files it", async () => {
    const r = applicant(t.app);
    await r.follow(await r.post(BASE, {}, BASE));
    await r.answer(`${BASE}/seite/move-kind`, { moveKind: "within-town" });
    let page = await r.answer(`${BASE}/seite/persons/eintrag/1`, person("Anna", "self"));
    expect(page.body).toContain("Anna Beispiel");
    page = await r.answer(`${BASE}/seite/persons/eintrag/2`, person("Ben", "child"));
    expect(page.body).toContain("Ben Beispiel");
    await r.answer(`${BASE}/seite/persons`, {});
    await r.answer(`${BASE}/seite/new-address`, address("newAddress", "Markt"));
    await r.answer(`${BASE}/seite/move-in`, {
      "moveInDate.day": "4",
      "moveInDate.month": "1",
      "moveInDate.year": "2027",
    });
    await r.answer(`${BASE}/seite/residence-kind`, { residenceKind: "main" });
    await r.answer(`${BASE}/seite/previous-address`, address("previousAddress", "Ketzerbach"));
    page = await r.answer(`${BASE}/seite/landlord-confirmation`, { confirmationForm: "upload" });
    expect(page.body).toContain('enctype="multipart/form-data"');

    // a program named like a PDF is refused with a message at the question
    const refused = await r.follow(
      await r.upload(`${BASE}/seite/landlord-upload/datei?frage=confirmationFile`, {
        name: "bestaetigung.pdf",
        type: "application/pdf",
        bytes: Buffer.from("MZ\x90\x00\x03\x00\x00\x00 this is not a pdf"),
      }),
    );
    expect(refused.body).toContain("Diese Datei können wir nicht annehmen");
    // a photo with its location is taken, without the location
    const photo = await twoColourPicture()
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 48/1 0/1" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    page = await r.follow(
      await r.upload(`${BASE}/seite/landlord-upload/datei?frage=confirmationFile`, {
        name: "Foto Vermieter.jpg",
        type: "image/jpeg",
        bytes: photo,
      }),
    );
    expect(page.body).toContain("Foto Vermieter.jpg");
    await r.post(`${BASE}/seite/landlord-upload`, {});

    // save, and go on in another browser from the mailed link
    await r.answer(`${BASE}/speichern`, { email: "anna@example.org" });
    const mail = (await outboxMails(dir)).find((m) => m.to?.[0]?.address === "anna@example.org");
    const link =
      /http:\/\/localhost:3000(\/antrag\/fortsetzen\/[A-Za-z0-9_-]{32})/.exec(mail?.text ?? "")?.[1] ?? "";
    const fresh = applicant(t.app);
    await fresh.get(link);
    page = await fresh.follow(await fresh.post(link));
    expect(page.body).toContain("Ich versichere");
    await fresh.answer(`${BASE}/seite/declaration`, { truthful: "yes" });
    const check = await fresh.answer(`${BASE}/kontakt`, { email: "anna@example.org" });
    expect(check.body).toContain("Foto Vermieter.jpg");
    expect(check.body).toContain("Ben Beispiel");
    const filed = await fresh.post(`${BASE}/absenden`);
    expect(filed.statusCode).toBe(303);
    const token =
      String(filed.headers.location)
        .replace(/\?neu=1$/, "")
        .split("/")
        .at(-1) ?? "";
    const record = await t.app.cases.byTrackingToken(token);
    expect(record?.answers.persons).toHaveLength(2);
    const [ref] = (record?.answers.confirmationFile ?? []) as { id: string }[];
    const rows = await sql<{ case_id: string | null; draft_id: string | null }>`
      select case_id, draft_id from case_files where id = ${ref?.id}`.execute(t.database.db);
    expect(rows.rows).toEqual([{ case_id: record?.id, draft_id: null }]);

    // the office asks for a proof; the resident answers with a file on the case's page
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
    if (!review.ok) throw new Error("refused");
    const asked = await t.app.cases.apply(
      record.id,
      review.record.revision,
      { type: "request-information", message: "Bitte senden Sie den Mietvertrag." },
      staff,
      t.clock.now(),
    );
    if (!asked.ok) throw new Error("refused");
    await fresh.get(`/vorgang/${token}`);
    const wrongFile = await fresh.upload(
      `/vorgang/${token}/antwort`,
      { name: "vertrag.pdf", type: "application/pdf", bytes: Buffer.from("#!/bin/sh\necho no pdf") },
      { revision: String(asked.record.revision), message: "" },
    );
    expect(wrongFile.statusCode).toBe(400);
    expect(wrongFile.body).toContain("Diese Datei können wir nicht annehmen");
    const answered = await fresh.follow(
      await fresh.upload(
        `/vorgang/${token}/antwort`,
        { name: "Mietvertrag.pdf", type: "application/pdf", bytes: samplePdf("Mietvertrag") },
        { revision: String(asked.record.revision), message: "Anbei der Vertrag." },
      ),
    );
    expect(answered.body).toContain("Ihre Antwort ist eingegangen");
    const after = await t.app.cases.byId(record.id);
    const provided = after?.timeline.at(-1)?.event;
    expect(provided?.type).toBe("provide-information");
    const ids = provided?.type === "provide-information" ? provided.attachmentIds : [];
    expect(ids).toHaveLength(1);
    const stored = await sql<{ question_id: string }>`
      select question_id from case_files where case_id = ${record.id} and id = ${ids[0]}`.execute(
      t.database.db,
    );
    expect(stored.rows).toEqual([{ question_id: "information" }]);
  });
});
