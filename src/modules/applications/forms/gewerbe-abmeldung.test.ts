import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  type FileRef,
  firstUnansweredPage,
  pruneAnswers,
  validateSubmission,
  visiblePages,
} from "../domain";
import { gewerbeAbmeldung as form } from "./gewerbe-abmeldung";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const scan: FileRef = { id: "upload-1", name: "vollmacht.png", size: 800_000, kind: "png" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const address = (id: string, street: string, postalCode = "35037", city = "Marburg"): Body => ({
  [`${id}.street`]: street,
  [`${id}.houseNumber`]: "2",
  [`${id}.postalCode`]: postalCode,
  [`${id}.city`]: city,
});

const filer = (filerRole: string): Body => ({
  "filer.familyName": "Muster",
  "filer.givenNames": "Erika",
  "filer.dateOfBirth.day": "3",
  "filer.dateOfBirth.month": "11",
  "filer.dateOfBirth.year": "1979",
  filerRole,
});

/** Business, premises, end date and reason: the start of every Abmeldung. */
function start(endReason: string): Answers {
  let answers = post({}, "business-name", { businessName: "Café Muster" });
  answers = post(answers, "register", { inRegister: "no" });
  answers = post(answers, "business-address", address("businessAddress", "Wettergasse"));
  answers = post(answers, "end-date", { "endDate.day": "30", "endDate.month": "4", "endDate.year": "2026" });
  return post(answers, "end-reason", { endReason });
}

const finish = (answers: Answers) =>
  post(post(answers, "filer", filer("owner")), "declaration", { truthful: "yes" });

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);
const BRANCHES = ["new-address", "successor", "other-reason"];

describe("the Gewerbe-Abmeldung form", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes a full closure through without asking for details of a reason", () => {
    const answers = finish(start("closure"));
    for (const branch of BRANCHES) expect(pages(answers)).not.toContain(branch);
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({ endDate: "2026-04-30", endReason: "closure", inRegister: false });
  });

  it("asks for exactly the detail each reason needs", () => {
    const shown = (reason: string) => pages(start(reason)).filter((p) => BRANCHES.includes(p));
    expect(shown("relocation")).toEqual(["new-address"]);
    expect(shown("transfer")).toEqual(["successor"]);
    expect(shown("other")).toEqual(["other-reason"]);
    expect(shown("legal-form")).toEqual([]);

    const moved = finish(
      post(
        start("relocation"),
        "new-address",
        address("newBusinessAddress", "Bahnhofstraße", "35390", "Gießen"),
      ),
    );
    expect(validateSubmission(form, moved, ctx.today).ok).toBe(true);
    const handed = finish(post(start("transfer"), "successor", { successorName: "Anna Nachfolger" }));
    expect(validateSubmission(form, handed, ctx.today).ok).toBe(true);
    const other = finish(post(start("other"), "other-reason", { otherReason: "Ruhestand" }));
    expect(validateSubmission(form, other, ctx.today).ok).toBe(true);
  });

  it("forgets the successor when the reason changes to a relocation, in answers, rows and submission", () => {
    let answers = finish(post(start("transfer"), "successor", { successorName: "Anna Nachfolger" }));
    answers = post(answers, "end-reason", { endReason: "relocation" });
    expect(answers).not.toHaveProperty("successorName");
    expect(checkAnswerRows(form, answers, "de").map((r) => r.questionId)).not.toContain("successorName");
    expect(firstUnansweredPage(form, answers)).toBe("new-address");
    expect(
      validateSubmission(form, { ...answers, successorName: "Anna Nachfolger" }, ctx.today),
    ).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { pageId: "successor", questionId: "successorName", code: "unexpected" },
      ]),
    });

    answers = post(answers, "new-address", address("newBusinessAddress", "Bahnhofstraße", "35390", "Gießen"));
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    answers = post(answers, "end-reason", { endReason: "closure" });
    expect(answers).not.toHaveProperty("newBusinessAddress");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("forgets the register entry when the business turns out not to be in a register", () => {
    let answers = post({}, "register", { inRegister: "yes" });
    expect(pages(answers)).toContain("register-entry");
    answers = post(answers, "register-entry", {
      registerCourt: "Amtsgericht Marburg",
      registerNumber: "HRA 815",
    });
    expect(answers).toMatchObject({ registerNumber: "HRA 815" });
    const changed = { ...answers, inRegister: false };
    expect(pruneAnswers(form, changed)).toEqual({ inRegister: false });
  });

  it("asks a proxy for the authorisation only", () => {
    let answers = start("closure");
    answers = post(answers, "filer", filer("authorised"));
    expect(firstUnansweredPage(form, answers)).toBe("authorisation");
    const pdfTooBig = { ...scan, size: 10_000_001 };
    expect(
      answerPage(form, answers, "authorisation", {}, { ...ctx, files: { authorisation: [pdfTooBig] } }),
    ).toMatchObject({
      errors: [
        {
          code: "fileTooLarge",
          message: "Die Datei „vollmacht.png“ ist größer als 10 MB. Wählen Sie eine kleinere Datei.",
        },
      ],
    });
    answers = post(answers, "authorisation", {}, { authorisation: [scan] });
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
    answers = post(answers, "filer", filer("partner"));
    expect(answers).not.toHaveProperty("authorisation");
    expect(pages(answers)).not.toContain("authorisation");
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "end-reason", {}, ctx)).toMatchObject({
      errors: [{ message: "Wählen Sie aus, warum Sie den Betrieb abmelden." }],
    });
    expect(
      answerPage(
        form,
        {},
        "end-date",
        { "endDate.day": "1", "endDate.month": "6", "endDate.year": "2062" },
        { ...ctx, locale: "en" },
      ),
    ).toMatchObject({
      errors: [
        {
          code: "tooLate",
          message: "The end must be no more than one year from today (until 4 May 2027). Check the year.",
        },
      ],
    });
    const transfer = post({}, "end-reason", { endReason: "transfer" });
    expect(answerPage(form, transfer, "successor", { successorName: "" }, ctx)).toMatchObject({
      errors: [{ field: "successorName", message: "Geben Sie an, wer den Betrieb übernimmt." }],
    });
    const other = post({}, "end-reason", { endReason: "other" });
    expect(answerPage(form, other, "other-reason", {}, ctx)).toMatchObject({
      errors: [{ message: "Beschreiben Sie kurz, warum Sie den Betrieb abmelden." }],
    });
    expect(answerPage(form, {}, "business-name", {}, ctx)).toMatchObject({
      errors: [{ message: "Geben Sie den Namen des Betriebs ein." }],
    });
  });
});
