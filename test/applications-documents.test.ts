import { afterAll, beforeAll, expect, it } from "vitest";
import { applicant, fileMeldebescheinigung } from "./helpers/applicant";
import { describeEachDatabase } from "./helpers/databases";
import { pdfText } from "./helpers/pdf-text";
import { signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

describeEachDatabase("documents of a case", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("issues the Meldebescheinigung on approval; the resident downloads it and it verifies, until revoked", async () => {
    const { r, token, record } = await fileMeldebescheinigung(t.app);
    const { staffId } = await signInAs(t.app, t.database, ["clerk"]);
    const staff = { kind: "staff" as const, staffId };
    const reviewed = await t.app.cases.apply(
      record.id,
      record.revision,
      { type: "start-review" },
      staff,
      t.clock.now(),
    );
    if (!reviewed.ok) throw new Error("refused");
    const approved = await t.app.cases.apply(
      record.id,
      reviewed.record.revision,
      { type: "approve" },
      staff,
      t.clock.now(),
    );
    expect(approved.ok).toBe(true);

    const page = await r.get(`/vorgang/${token}`);
    const href = /href="(\/vorgang\/[A-Za-z0-9_-]{32}\/dokument\/[0-9a-f-]{36})"/.exec(page.body)?.[1];
    expect(page.body).toContain("Meldebescheinigung herunterladen (PDF)");
    const pdf = await r.get(href ?? "");
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toMatch(
      /^attachment; filename="meldebescheinigung-\d{4}-\d{7}-\d\.pdf"$/,
    );
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain("Mustermann");
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z])/.exec(text)?.[1] ?? "";
    expect(code).not.toBe("");

    const valid = await t.app.inject({ method: "GET", url: `/pruefen?code=${code}` });
    expect(valid.body).toContain("Meldebescheinigung");
    expect(valid.body).not.toContain("Mustermann");
    // someone else's link does not open the document
    expect(
      (await applicant(t.app).get(`/vorgang/${"A".repeat(32)}/dokument/${href?.split("/").at(-1)}`))
        .statusCode,
    ).toBe(404);

    const [doc] = await t.app.caseDocuments.listForCase(record.id);
    await t.app.caseDocuments.revoke({
      documentId: doc?.id ?? "",
      staffId,
      reason: "Falsche Anschrift",
      now: t.clock.now(),
    });
    const revoked = await t.app.inject({ method: "GET", url: `/pruefen?code=${code}` });
    expect(revoked.body).toContain("widerrufen");
    expect((await r.get(href ?? "")).statusCode).toBe(404);
  });

  it("sends a fee notice with the bank details and a reference matching the case when a fee is due", async () => {
    const { r, token, record } = await fileMeldebescheinigung(t.app);
    const { staffId } = await signInAs(t.app, t.database, ["clerk"]);
    const staff = { kind: "staff" as const, staffId };
    let revision = record.revision;
    for (const event of [
      { type: "start-review" as const },
      { type: "set-fee" as const, amountCents: 1000 },
      { type: "approve" as const },
    ]) {
      const step = await t.app.cases.apply(record.id, revision, event, staff, t.clock.now());
      if (!step.ok) throw new Error(`refused ${event.type}`);
      revision = step.record.revision;
    }
    let page = await r.get(`/vorgang/${token}`);
    expect(page.body).toContain("Gebührenbescheid herunterladen (PDF)");
    expect(page.body).toContain("DE02 1203 0000 0000 2020 51");
    const rf = /(RF\d{2}[0-9A-Z]+)/.exec(page.body)?.[1];
    expect(rf).toBeDefined();
    const paid = await t.app.cases.apply(
      record.id,
      revision,
      { type: "record-payment", method: "transfer", amountCents: 1000, receivedOn: "2027-01-11" },
      staff,
      t.clock.now(),
    );
    expect(paid.ok).toBe(true);
    page = await r.get(`/vorgang/${token}`);
    expect(page.body).toContain("Die Gebühr ist bezahlt.");
  });
});
