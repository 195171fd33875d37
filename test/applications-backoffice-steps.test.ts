import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fileMeldebescheinigung, getAs, revisionOn } from "./helpers/cases";
import { describeEachDatabase } from "./helpers/databases";
import { outboxMails } from "./helpers/mails";
import { postForm, type SignedIn, signInAs } from "./helpers/staff";
import { createTestApp, type TestApp } from "./helpers/test-app";

const INBOX = "/verwaltung/vorgaenge";

/** The steps of a case in the back office, through the status machine, each audited. */
describeEachDatabase("online applications in the back office: processing a case", (kind) => {
  let t: TestApp;
  let dir: string;
  let clerk: SignedIn;
  let colleague: SignedIn;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sb-case-steps-"));
    t = await createTestApp(kind, { DATA_DIR: dir });
    clerk = await signInAs(t.app, t.database, ["clerk"]);
    colleague = await signInAs(t.app, t.database, ["clerk"]);
  });
  afterAll(async () => {
    await t?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const page = (who: SignedIn, id: string) => getAs(t.app, who, `${INBOX}/${id}`);
  /** Opens the case's page as `who` and posts one step's form from it, with the revision shown. */
  async function step(who: SignedIn, id: string, path: string, fields: Record<string, string> = {}) {
    const revision = revisionOn((await page(who, id)).body);
    return postForm(t.app, who, `${INBOX}/${id}/${path}`, { revision, ...fields });
  }
  const status = async (id: string) => (await t.app.cases.byId(id))?.state.status;
  const actions = async (id: string) =>
    (
      await t.database.db
        .selectFrom("audit_log")
        .select("action")
        .where("subject", "=", `case:${id}`)
        .where("action", "!=", "case.read")
        .orderBy("id")
        .execute()
    ).map((a) => a.action);
  const mailsAbout = async (reference: string) =>
    (await outboxMails(dir)).filter((m) => m.subject?.includes(reference));

  it("takes a case from review through a question, the resident's answer, the fee and payment to completion", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const started = await step(clerk, filed.id, "bearbeiten");
    expect(started.statusCode).toBe(303);
    expect(started.headers.location).toBe(`${INBOX}/${filed.id}?hinweis=start-review`);
    const shown = await getAs(t.app, clerk, String(started.headers.location));
    expect(shown.body).toContain("Die Bearbeitung hat begonnen.");
    expect(await status(filed.id)).toBe("in-review");

    const asked = await step(clerk, filed.id, "rueckfrage", {
      question: "Wofür brauchen Sie die Bescheinigung?",
    });
    expect(asked.statusCode).toBe(303);
    expect(await status(filed.id)).toBe("needs-information");
    const mails = await mailsAbout(filed.reference);
    // receipt, in review, the question
    expect(mails).toHaveLength(3);
    expect(mails.at(-1)?.to?.[0]?.address).toBe("erika@example.org");
    let view = await page(clerk, filed.id);
    expect(view.body).toContain("Offene Rückfrage");
    expect(view.body).toContain("Wofür brauchen Sie die Bescheinigung?");

    // the resident answers on their own page
    const r = filed.resident;
    await r.get(`/vorgang/${filed.token}`);
    const revision = String((await t.app.cases.byId(filed.id))?.revision);
    const answered = await r.post(`/vorgang/${filed.token}/antwort`, {
      revision,
      message: "Für den Arbeitgeber.",
    });
    expect(answered.statusCode).toBe(303);
    view = await page(clerk, filed.id);
    expect(view.body).toContain("Für den Arbeitgeber.");
    expect(view.body).toMatch(/Antwort auf die Rückfrage<\/td><td[^>]*>Antragsteller:in/);
    expect(view.body).not.toContain("Offene Rückfrage");

    // the fee was unknown: a payment cannot be recorded before it is set
    const early = await step(clerk, filed.id, "zahlung", {
      paymentMethod: "cash",
      paymentAmount: "12,50",
      paymentDate: "11.01.2027",
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain("wenn eine Gebühr festgesetzt ist");
    expect((await step(clerk, filed.id, "gebuehr", { feeAmount: "12,50" })).statusCode).toBe(303);
    expect((await t.app.cases.byId(filed.id))?.state.fee).toMatchObject({ kind: "fixed", amountCents: 1250 });
    expect(
      (await step(clerk, filed.id, "genehmigen", { approveNote: "Die Bescheinigung kommt per Post." }))
        .statusCode,
    ).toBe(303);
    expect(await status(filed.id)).toBe("approved");

    // not completed while the fee is outstanding: the step is not offered, and a post is refused
    view = await page(clerk, filed.id);
    expect(view.body).not.toContain(`action="${INBOX}/${filed.id}/abschliessen"`);
    expect(view.body).toContain("Offen: 12,50");
    const tooEarly = await step(clerk, filed.id, "abschliessen");
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.body).toContain("Offen sind noch 12,50");
    expect(await status(filed.id)).toBe("approved");

    const wrongDate = await step(clerk, filed.id, "zahlung", {
      paymentMethod: "cash",
      paymentAmount: "12,50",
      paymentDate: "31.02.2027",
    });
    expect(wrongDate.statusCode).toBe(400);
    expect(wrongDate.body).toContain('href="#paymentDate"');
    expect(wrongDate.body).toContain('value="31.02.2027"');
    const paid = await step(clerk, filed.id, "zahlung", {
      paymentMethod: "cash",
      paymentAmount: "12,50",
      paymentDate: "2027-01-11",
    });
    expect(paid.statusCode).toBe(303);
    expect((await t.app.cases.byId(filed.id))?.state.payments).toMatchObject([
      { method: "cash", amountCents: 1250, receivedOn: "2027-01-11" },
    ]);
    expect((await step(clerk, filed.id, "abschliessen")).statusCode).toBe(303);
    expect(await status(filed.id)).toBe("completed");
    view = await page(clerk, filed.id);
    expect(view.body).toContain("Der Vorgang ist erledigt.");
    expect(view.body).not.toContain("Mir zuweisen");

    expect(await actions(filed.id)).toEqual([
      "case.start-review",
      "case.request-information",
      "case.set-fee",
      "case.approve",
      "case.record-payment",
      "case.complete",
    ]);
    const details = await t.database.db
      .selectFrom("audit_log")
      .select("detail")
      .where("subject", "=", `case:${filed.id}`)
      .execute();
    expect(JSON.stringify(details)).not.toMatch(/Arbeitgeber|Bescheinigung|Post|Mustermann/);
  });

  it("refuses a rejection for another reason without a note, at the note, and changes nothing", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    await step(clerk, filed.id, "bearbeiten");
    const refused = await step(clerk, filed.id, "ablehnen", { rejectReason: "other", rejectNote: "  " });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Fehler:");
    expect(refused.body).toContain('href="#rejectNote"');
    expect(refused.body).toMatch(
      /id="rejectNote-error"[^>]*>Bei „Anderer Grund“ nennen Sie den Grund im Hinweis/,
    );
    expect(refused.body).toMatch(/value="other"\s+checked/);
    expect(await status(filed.id)).toBe("in-review");
    const noReason = await step(clerk, filed.id, "ablehnen", { rejectNote: "x" });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain("Wählen Sie den Grund der Ablehnung aus");

    const rejected = await step(clerk, filed.id, "ablehnen", {
      rejectReason: "other",
      rejectNote: "Sie wohnen nicht in Marburg.",
    });
    expect(rejected.statusCode).toBe(303);
    expect(await status(filed.id)).toBe("rejected");
    const view = await page(clerk, filed.id);
    expect(view.body).toContain("Abgelehnt: Anderer Grund");
    expect(view.body).toContain("Sie wohnen nicht in Marburg.");
    expect(await actions(filed.id)).toEqual(["case.start-review", "case.reject"]);
  });

  it("tells the second of two clerks that the case changed meanwhile, and keeps the first one's change", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const seenByBoth = revisionOn((await page(clerk, filed.id)).body);
    expect(revisionOn((await page(colleague, filed.id)).body)).toBe(seenByBoth);

    const first = await postForm(t.app, clerk, `${INBOX}/${filed.id}/bearbeiten`, { revision: seenByBoth });
    expect(first.statusCode).toBe(303);
    const second = await postForm(t.app, colleague, `${INBOX}/${filed.id}/gebuehr`, {
      revision: seenByBoth,
      feeAmount: "10",
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain("Jemand anderes hat den Vorgang inzwischen geändert");
    expect(second.body).toContain('value="10"');
    const record = await t.app.cases.byId(filed.id);
    expect(record?.timeline.map((e) => e.event.type)).toEqual(["open", "submit", "start-review"]);
    expect(record?.state.fee.kind).toBe("unknown");

    // the same for assigning: both saw nobody assigned
    const take = { revision: String(record?.revision), assigned: "" };
    expect(
      (
        await postForm(t.app, clerk, `${INBOX}/${filed.id}/zuweisen`, {
          ...take,
          assignee: String(clerk.staffId),
        })
      ).statusCode,
    ).toBe(303);
    const late = await postForm(t.app, colleague, `${INBOX}/${filed.id}/zuweisen`, {
      ...take,
      assignee: String(colleague.staffId),
    });
    expect(late.statusCode).toBe(409);
    expect((await t.app.cases.byId(filed.id))?.assignedTo).toBe(clerk.staffId);
    expect(await actions(filed.id)).toEqual(["case.start-review", "case.assign"]);
  });

  it("speaks English below /en and leads a reopened form path back to the case", async () => {
    const filed = await fileMeldebescheinigung(t.app);
    const english = await getAs(t.app, clerk, `/en${INBOX}/${filed.id}`);
    expect(english.body).toContain(`Case ${filed.reference}`);
    expect(english.body).toContain("Start processing");
    const revision = revisionOn(english.body);
    const empty = await postForm(t.app, clerk, `/en${INBOX}/${filed.id}/rueckfrage`, { revision });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Write your question");
    // a question is asked only once the review has begun: the status machine says no
    const early = await postForm(t.app, clerk, `/en${INBOX}/${filed.id}/rueckfrage`, {
      revision,
      question: "Why?",
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain("“Ask a question” is not possible while the case is “Received”.");
    expect(await status(filed.id)).toBe("submitted");
    const back = await getAs(t.app, clerk, `/en${INBOX}/${filed.id}/bearbeiten`);
    expect(back.statusCode).toBe(303);
    expect(back.headers.location).toBe(`/en${INBOX}/${filed.id}`);
  });
});
