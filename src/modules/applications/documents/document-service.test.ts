import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { marburgStadtbuero, testFrame } from "../../../../test/helpers/documents";
import { pdfText } from "../../../../test/helpers/pdf-text";
import { createTestApp, type TestApp } from "../../../../test/helpers/test-app";
import { Sealer } from "../../../platform/crypto/sealer";
import { formatCaseReference } from "../domain/case/reference";
import {
  CROCKFORD_ALPHABET,
  formatVerificationCode,
  verificationCodeFromRandom,
} from "../domain/document/verification-code";
import { insertCase, useFormVersion } from "../storage/case-queries";
import { CaseDocuments, DocumentCaseNotFoundError } from "./document-service";
import { certificateContentFrom } from "./meldebescheinigung-content";
import { letterheadFor } from "./pdf/letterhead";
import { renderMeldebescheinigung } from "./pdf/meldebescheinigung";

const TENANT = "marburg";
const PUBLIC_URL = "https://stadtbuero.example";
const FAMILY_NAME = "Mustermann-Übelacker";
const answers = {
  forSelf: true,
  person: { familyName: FAMILY_NAME, givenNames: "Erika", dateOfBirth: "1964-08-12" },
  mainAddress: { street: "Heideweg", houseNumber: "12", postalCode: "35039", city: "Marburg" },
  certificateKind: "simple",
  purpose: null,
  truthful: true,
};

let t: TestApp;
let sealer: Sealer;
let documents: CaseDocuments;
let caseId: string;
let reference: string;
let clerkId: number;

/** A case of the Meldebescheinigung, approved, with its answers sealed as storage seals them. */
async function insertApprovedCase(number: number): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  const now = t.clock.now();
  const ref = formatCaseReference({ year: 2027, number });
  await insertCase(t.database.db, {
    id,
    tenant_id: TENANT,
    reference: ref,
    service_key: "meldebescheinigung",
    form_version: 1,
    channel: "online",
    assisted_by: null,
    status: "approved",
    place_key: null,
    assigned_to: null,
    locale: "de",
    tracking_token_hash: randomBytes(32).toString("hex"),
    answers_sealed: sealer.sealJson(answers, `case:${id}:answers`),
    contact_sealed: sealer.sealJson({ email: "erika@example.org" }, `case:${id}:contact`),
    opened_at: now,
    submitted_at: now,
    closed_at: null,
    last_event_at: now,
    revision: 3,
  });
  return { id, reference: ref };
}

async function issueCertificate(forCase: { id: string; reference: string }) {
  const frame = testFrame({
    letterhead: letterheadFor(await t.app.tenant.profile(), marburgStadtbuero()),
    caseReference: forCase.reference,
    issuedAt: t.clock.now(),
  });
  return t.database.db.transaction().execute((tx) =>
    documents.issue(tx, {
      caseId: forCase.id,
      kind: "meldebescheinigung",
      issuedBy: clerkId,
      now: t.clock.now(),
      pdfFor: (verification) =>
        renderMeldebescheinigung({ ...frame, verification, certificate: certificateContentFrom(answers) }),
    }),
  );
}

const verifyPage = (code: string, prefix = "") =>
  t.app.inject({ method: "GET", url: `${prefix}/pruefen?code=${encodeURIComponent(code)}` });

/** The code with one character replaced by the next one of the alphabet. */
function altered(code: string, index: number): string {
  const chars = [...code];
  const at = CROCKFORD_ALPHABET.indexOf(chars[index] as string);
  chars[index] = CROCKFORD_ALPHABET[(at + 1) % 32] as string;
  return chars.join("");
}

beforeAll(async () => {
  t = await createTestApp("pglite");
  sealer = new Sealer([{ id: "test", key: randomBytes(32) }]);
  documents = new CaseDocuments({
    database: t.database,
    tenantId: TENANT,
    sealer,
    publicUrl: `${PUBLIC_URL}/`,
  });
  await useFormVersion(t.database.db, {
    serviceKey: "meldebescheinigung",
    version: 1,
    fingerprint: t.app.forms.get("meldebescheinigung", 1).fingerprint,
    at: t.clock.now(),
  });
  ({ id: caseId, reference } = await insertApprovedCase(1));
  ({ id: clerkId } = await t.app.staff.accounts.create(null, {
    username: "documents-clerk",
    displayName: "Sachbearbeitung",
    roles: ["clerk"],
    places: [],
    totpRequired: false,
  }));
});

afterAll(() => t.close());

describe("issued documents", () => {
  it("issue a Meldebescheinigung whose PDF names the person and carries the code, sealed at rest", async () => {
    const { id, code } = await issueCertificate({ id: caseId, reference });
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
    const pdf = await documents.readPdf({ documentId: id, caseId });
    if (!pdf) throw new Error("no PDF");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(FAMILY_NAME);
    expect(text).toContain(`Prüfcode: ${code}`);
    expect(text).toContain(`Echtheit prüfen unter ${PUBLIC_URL}/pruefen mit dem Code ${code}`);
    expect(text).toContain(`Vorgangsnummer: ${reference}`);

    const row = await t.database.db
      .selectFrom("case_documents")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      tenant_id: TENANT,
      case_id: caseId,
      kind: "meldebescheinigung",
      issued_by: clerkId,
    });
    // the PDF writes its glyphs as hex: neither form of the name, nor the code, is in the database
    const sealed = Buffer.from(row.pdf_sealed);
    const nameAsHex = Buffer.from(FAMILY_NAME.slice(0, 10), "latin1").toString("hex");
    expect(pdf.toString("latin1")).toContain(nameAsHex);
    expect(sealed.includes(Buffer.from(nameAsHex))).toBe(false);
    expect(sealed.includes(Buffer.from("Mustermann"))).toBe(false);
    expect(sealed.includes(Buffer.from("%PDF-"))).toBe(false);
    expect(row.verification_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(code.replaceAll("-", ""));
    // bound to its row: the sealed file does not open as another document's
    expect(() => sealer.openBytes(sealed, `case-document:${randomUUID()}:pdf`)).toThrow(/does not open/);
  });

  it("give a document's PDF only for its own case, and list a case's documents without content", async () => {
    const other = await insertApprovedCase(2);
    const first = await issueCertificate({ id: caseId, reference });
    t.clock.advance(60_000);
    const second = await issueCertificate(other);
    expect(await documents.readPdf({ documentId: first.id, caseId: other.id })).toBeUndefined();
    expect(await documents.readPdf({ documentId: randomUUID(), caseId })).toBeUndefined();
    expect(await documents.readPdf({ documentId: second.id, caseId: other.id })).toBeInstanceOf(Buffer);
    const listed = await documents.listForCase(other.id);
    expect(listed).toEqual([
      {
        id: second.id,
        kind: "meldebescheinigung",
        issuedAt: expect.any(Date),
        issuedBy: clerkId,
        revokedAt: null,
        revoked: false,
      },
    ]);
    expect((await documents.listForCase(caseId)).map((d) => d.id)).toContain(first.id);
  });

  it("are issued only for a case of the tenant", async () => {
    await expect(
      t.database.db.transaction().execute((tx) =>
        documents.issue(tx, {
          caseId: randomUUID(),
          kind: "meldebescheinigung",
          issuedBy: null,
          now: t.clock.now(),
          pdfFor: async () => Buffer.from("%PDF-1.7"),
        }),
      ),
    ).rejects.toThrow(DocumentCaseNotFoundError);
    const elsewhere = new CaseDocuments({
      database: t.database,
      tenantId: "other-town",
      sealer,
      publicUrl: PUBLIC_URL,
    });
    await expect(
      elsewhere.issue(t.database.db, {
        caseId,
        kind: "fee-notice",
        issuedBy: null,
        now: t.clock.now(),
        pdfFor: async () => Buffer.from("%PDF-1.7"),
      }),
    ).rejects.toThrow(DocumentCaseNotFoundError);
    expect(await elsewhere.listForCase(caseId)).toEqual([]);
  });
});

describe("the verification page /pruefen", () => {
  it("says a document is genuine, with its kind and day of issue, but never its content", async () => {
    const { code } = await issueCertificate({ id: caseId, reference });
    const page = await verifyPage(code);
    expect(page.statusCode).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.body).toContain("Echt: Meldebescheinigung, ausgestellt am 11. Januar 2027");
    expect(page.body).toContain(`Geprüfter Code: ${code}`);
    expect(page.body).not.toContain("Mustermann");
    expect(page.body).not.toContain("Heideweg");
    expect(page.body).not.toContain(reference);
    // typed as people type: small letters, no hyphens, O for 0
    const typed = await verifyPage(code.replaceAll("-", "").toLowerCase().replaceAll("0", "o"));
    expect(typed.body).toContain("Echt: Meldebescheinigung");
    const english = await verifyPage(code, "/en");
    expect(english.body).toContain(
      "Genuine: Registration certificate (Meldebescheinigung), issued on 11 January 2027",
    );
    expect(english.headers["cache-control"]).toBe("no-store");
  });

  it("catches a mistyped character with the check character, next to the field and in the error summary", async () => {
    const { code } = await issueCertificate({ id: caseId, reference });
    const page = await verifyPage(altered(code, 5));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('class="kern-alert kern-alert--danger sb-error-summary"');
    expect(page.body).toContain('href="#code"');
    expect(page.body).toContain('id="code-error"');
    expect(page.body).toContain('aria-invalid="true"');
    expect(page.body).toContain("Im Prüfcode ist ein Zeichen falsch oder vertauscht.");
    expect(page.body).not.toContain("Echt:");
    expect(page.body).toMatch(/<title>Fehler: /);
    const short = await verifyPage("7KQ2-M9XD");
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain("13 Buchstaben und Ziffern");
    const empty = await verifyPage("  ");
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Geben Sie den Prüfcode ein");
  });

  it("says when no document has a well-formed code", async () => {
    const neverIssued = formatVerificationCode(verificationCodeFromRandom(randomBytes(12)));
    const page = await verifyPage(neverIssued);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Zu diesem Code gibt es kein Dokument. Prüfen Sie die Eingabe.");
    expect(page.body).not.toContain("Echt:");
  });

  it("says a revoked document was revoked, once and for all", async () => {
    const { id, code } = await issueCertificate({ id: caseId, reference });
    await expect(
      documents.revoke({ documentId: id, staffId: clerkId, reason: " ", now: t.clock.now() }),
    ).rejects.toThrow(RangeError);
    const revoke = (reason: string) =>
      documents.revoke({ documentId: id, staffId: clerkId, reason, now: t.clock.now() });
    expect(await revoke("Anschrift falsch übernommen")).toBe("revoked");
    expect(await revoke("noch einmal")).toBe("already-revoked");
    expect(
      await documents.revoke({ documentId: randomUUID(), staffId: clerkId, reason: "x", now: t.clock.now() }),
    ).toBe("not-found");
    const page = await verifyPage(code);
    expect(page.body).toContain("Dieses Dokument wurde widerrufen");
    expect(page.body).toContain("(Meldebescheinigung, ausgestellt am 11. Januar 2027) widerrufen");
    expect(page.body).not.toContain("Echt:");
    expect(page.body).not.toContain("Anschrift falsch");
    expect(await documents.verify(code, "Europe/Berlin")).toEqual({
      status: "revoked",
      kind: "meldebescheinigung",
      issuedOn: "2027-01-11",
    });
    const row = await t.database.db
      .selectFrom("case_documents")
      .select(["revoked_by", "revocation_reason"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ revoked_by: clerkId, revocation_reason: "Anschrift falsch übernommen" });
    expect((await documents.listForCase(caseId)).find((d) => d.id === id)?.revoked).toBe(true);
  });

  it("shows the empty form without a code, and limits the checks per address", async () => {
    const form = await t.app.inject({ method: "GET", url: "/pruefen" });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<label class="kern-label" for="code">Prüfcode</label>');
    expect(form.body).toContain('method="get" action="/pruefen"');
    expect(form.body).not.toContain("kern-error");
    const english = await t.app.inject({ method: "GET", url: "/en/pruefen" });
    expect(english.body).toContain('action="/en/pruefen"');
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push(
        (await t.app.inject({ method: "GET", url: "/pruefen?code=x", remoteAddress: "203.0.113.50" }))
          .statusCode,
      );
    expect(statuses.filter((s) => s === 400)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual([429, 429]);
    // another address is not held back
    expect(
      (await t.app.inject({ method: "GET", url: "/pruefen", remoteAddress: "203.0.113.51" })).statusCode,
    ).toBe(200);
  });
});
