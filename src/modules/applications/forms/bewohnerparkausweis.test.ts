import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  type FileRef,
  firstUnansweredPage,
  validateSubmission,
  visiblePages,
} from "../domain";
import { bewohnerparkausweis as form } from "./bewohnerparkausweis";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const scan: FileRef = { id: "upload-1", name: "fahrzeugschein.jpg", size: 800_000, kind: "jpeg" };
const contract: FileRef = { id: "upload-2", name: "leasingvertrag.pdf", size: 300_000, kind: "pdf" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

/** Applicant, address, zone and number plate: the same for every branch. */
function start(plate = "MR-AB 123"): Answers {
  let answers = post({}, "applicant", {
    "applicant.familyName": "Muster",
    "applicant.givenNames": "Erika",
    "applicant.dateOfBirth.day": "12",
    "applicant.dateOfBirth.month": "8",
    "applicant.dateOfBirth.year": "1985",
  });
  answers = post(answers, "address", {
    "homeAddress.street": "Ketzerbach",
    "homeAddress.houseNumber": "12",
    "homeAddress.postalCode": "35037",
    "homeAddress.city": "Marburg",
  });
  answers = post(answers, "zone", { zone: "" });
  return post(answers, "vehicle", { numberPlate: plate });
}

function finish(answers: Answers): Answers {
  const next = post(answers, "registration-certificate", {}, { registrationCertificate: [scan] });
  return post(next, "declaration", { truthful: "yes" });
}

/** An applicant who drives a leased car registered to the leasing company. */
function leased(): Answers {
  let answers = post(start(), "keeper", { isKeeper: "no" });
  answers = post(answers, "keeper-relation", { keeperRelation: "leased" });
  answers = post(answers, "keeper-proof", {}, { keeperProof: [contract] });
  return finish(answers);
}

describe("the Bewohnerparkausweis form", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes the keeper of the vehicle through without asking for a proof of use", () => {
    const answers = finish(post(start(), "keeper", { isKeeper: "yes" }));
    expect(pages(answers)).not.toContain("keeper-relation");
    expect(pages(answers)).not.toContain("keeper-proof");
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({ zone: null, numberPlate: "MR-AB 123", isKeeper: true });
    expect(checkAnswerRows(form, answers, "de").map((r) => [r.questionId, r.value])).toEqual([
      ["applicant", "Erika Muster, geboren am 12. August 1985"],
      ["homeAddress", "Ketzerbach 12, 35037 Marburg"],
      ["zone", "Nicht angegeben"],
      ["numberPlate", "MR-AB 123"],
      ["isKeeper", "Ja"],
      ["registrationCertificate", "fahrzeugschein.jpg"],
      ["truthful", "Bestätigt"],
    ]);
  });

  it("asks how the vehicle is used, and for a proof, when the applicant is not its keeper", () => {
    const answers = post(start(), "keeper", { isKeeper: "no" });
    expect(pages(answers)).toEqual([
      "applicant",
      "address",
      "zone",
      "vehicle",
      "keeper",
      "keeper-relation",
      "keeper-proof",
      "registration-certificate",
      "declaration",
    ]);
    expect(answerPage(form, answers, "keeper-relation", {}, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "keeperRelation", message: "Wählen Sie aus, warum Sie das Fahrzeug nutzen." }],
    });
    expect(answerPage(form, answers, "keeper-proof", {}, ctx)).toMatchObject({
      kind: "invalid",
      errors: [
        { code: "required", message: "Laden Sie einen Nachweis hoch, dass Sie das Fahrzeug nutzen dürfen." },
      ],
    });
    const complete = leased();
    expect(validateSubmission(form, complete, ctx.today)).toEqual({ ok: true, answers: complete });
    expect(complete).toMatchObject({ keeperRelation: "leased", keeperProof: [contract] });
  });

  it("forgets the relation and the proof when the applicant turns out to be the keeper", () => {
    let answers = leased();
    answers = post(answers, "keeper", { isKeeper: "yes" });
    expect(answers).not.toHaveProperty("keeperRelation");
    expect(answers).not.toHaveProperty("keeperProof");
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    expect(rows).not.toContain("keeperRelation");
    expect(rows).not.toContain("keeperProof");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
    // a submission that still carries the old branch is refused
    expect(validateSubmission(form, { ...answers, keeperRelation: "leased" }, ctx.today).ok).toBe(false);
  });

  it("accepts the usual ways of writing a number plate", () => {
    for (const plate of [
      "MR-AB 123",
      "MR AB 123",
      "B-A 1",
      "KÜN-XY 9999",
      "mr-ab 12",
      "F-AB 123E",
      "MR-AB 123 H",
    ]) {
      expect(answerPage(form, {}, "vehicle", { numberPlate: plate }, ctx), plate).toMatchObject({
        kind: "saved",
      });
    }
  });

  it("refuses a number plate that cannot be one, with its own message", () => {
    for (const plate of ["MRAB123", "MR-AB 0123", "MR-ABC 12", "MR-AB", "MR-AB 12345", "1-AB 12"]) {
      expect(answerPage(form, {}, "vehicle", { numberPlate: plate }, ctx), plate).toEqual({
        kind: "invalid",
        errors: [
          {
            question: "numberPlate",
            field: "numberPlate",
            code: "pattern",
            message:
              "Geben Sie das Kennzeichen so ein, wie es auf dem Schild steht, mit Bindestrich oder Leerzeichen nach dem Ortskürzel, zum Beispiel MR-AB 123.",
          },
        ],
      });
    }
    expect(answerPage(form, {}, "vehicle", { numberPlate: "" }, { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ code: "required", message: "Enter the number plate of the vehicle." }],
    });
  });

  it("refuses the wrong uploads and an unconfirmed declaration", () => {
    const word = { ...scan, name: "schein.docx", kind: "docx" } as unknown as FileRef;
    expect(
      answerPage(
        form,
        {},
        "registration-certificate",
        {},
        { ...ctx, files: { registrationCertificate: [word] } },
      ),
    ).toMatchObject({ kind: "invalid", errors: [{ code: "fileKind" }] });
    const three = [scan, { ...scan, id: "upload-3" }, { ...scan, id: "upload-4" }];
    expect(
      answerPage(
        form,
        {},
        "registration-certificate",
        {},
        { ...ctx, files: { registrationCertificate: three } },
      ),
    ).toMatchObject({ kind: "invalid", errors: [{ code: "tooManyFiles" }] });
    expect(answerPage(form, {}, "registration-certificate", {}, ctx)).toMatchObject({
      errors: [{ message: "Laden Sie die Zulassungsbescheinigung Teil I hoch." }],
    });
    expect(answerPage(form, {}, "declaration", {}, ctx)).toMatchObject({
      errors: [{ message: "Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind." }],
    });
  });
});
