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
import { ausweispflichtBefreiung as form } from "./ausweispflicht-befreiung";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const certificate: FileRef = { id: "upload-1", name: "betreuerausweis.png", size: 900_000, kind: "png" };
const authorisation: FileRef = { id: "upload-2", name: "vorsorgevollmacht.pdf", size: 400_000, kind: "pdf" };
const medical: FileRef = { id: "upload-3", name: "attest.pdf", size: 150_000, kind: "pdf" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

/** The resident, the care home and the filer's role and details. */
function start(role: string): Answers {
  let answers = post({}, "person", {
    "person.familyName": "Muster",
    "person.givenNames": "Hildegard",
    "person.birthName": "Beispiel",
    "person.dateOfBirth.day": "2",
    "person.dateOfBirth.month": "4",
    "person.dateOfBirth.year": "1931",
  });
  answers = post(answers, "care-home", {
    careHomeName: "Haus am Richtsberg",
    "careHomeAddress.street": "Am Richtsberg",
    "careHomeAddress.houseNumber": "88",
    "careHomeAddress.postalCode": "35039",
    "careHomeAddress.city": "Marburg",
  });
  answers = post(answers, "filer-role", { filerRole: role });
  return post(answers, "filer", {
    "filer.familyName": "Muster",
    "filer.givenNames": "Max",
    "filer.dateOfBirth.day": "19",
    "filer.dateOfBirth.month": "10",
    "filer.dateOfBirth.year": "1962",
  });
}

function finish(answers: Answers, medicalFiles: FileRef[] = []): Answers {
  const next = post(answers, "medical-certificate", {}, { medicalCertificate: medicalFiles });
  return post(next, "declaration", { truthful: "yes" });
}

/** A legal carer with the Betreuerausweis and a medical certificate. */
function carer(): Answers {
  const answers = post(start("legal-carer"), "carer-certificate", {}, { carerCertificate: [certificate] });
  return finish(answers, [medical]);
}

describe("the form for an exemption from the duty to hold an ID card", () => {
  it("belongs to the catalogue's service and needs no visit", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(form.inPerson).toBeUndefined();
  });

  it("takes a legal carer through with the Betreuerausweis", () => {
    const answers = carer();
    expect(pages(answers)).toContain("carer-certificate");
    expect(pages(answers)).not.toContain("authorisation");
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(checkAnswerRows(form, answers, "de").map((r) => [r.questionId, r.value])).toEqual([
      ["person", "Hildegard Muster (Geburtsname: Beispiel), geboren am 2. April 1931"],
      ["careHomeName", "Haus am Richtsberg"],
      ["careHomeAddress", "Am Richtsberg 88, 35039 Marburg"],
      ["filerRole", "Als rechtliche Betreuerin oder rechtlicher Betreuer"],
      ["filer", "Max Muster, geboren am 19. Oktober 1962"],
      ["carerCertificate", "betreuerausweis.png"],
      ["medicalCertificate", "attest.pdf"],
      ["truthful", "Bestätigt"],
    ]);
  });

  it.each(["authorised-representative", "relative"])("asks a %s for the power of attorney", (role) => {
    let answers = start(role);
    expect(pages(answers)).toContain("authorisation");
    expect(pages(answers)).not.toContain("carer-certificate");
    expect(answerPage(form, answers, "authorisation", {}, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "authorisation", message: "Laden Sie die Vollmacht hoch." }],
    });
    answers = finish(post(answers, "authorisation", {}, { authorisation: [authorisation] }));
    expect(answers.medicalCertificate).toBeNull();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
  });

  it("forgets the Betreuerausweis when the filer is a relative after all", () => {
    let answers = carer();
    answers = post(answers, "filer-role", { filerRole: "relative" });
    expect(answers).not.toHaveProperty("carerCertificate");
    expect(checkAnswerRows(form, answers, "de").some((r) => r.questionId === "carerCertificate")).toBe(false);
    // the power of attorney is now missing, and the resumed flow goes there
    expect(firstUnansweredPage(form, answers)).toBe("authorisation");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(false);
    answers = post(answers, "authorisation", {}, { authorisation: [authorisation] });
    const submitted = validateSubmission(form, answers, ctx.today);
    expect(submitted.ok).toBe(true);
    expect(submitted.ok && Object.keys(submitted.answers)).not.toContain("carerCertificate");
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "care-home", { careHomeName: "" }, ctx)).toMatchObject({
      kind: "invalid",
      errors: [
        { field: "careHomeName", message: "Geben Sie den Namen des Pflegeheims ein." },
        { question: "careHomeAddress", code: "streetRequired" },
        { question: "careHomeAddress", code: "houseNumberRequired" },
        { question: "careHomeAddress", code: "postalCodeRequired" },
        { question: "careHomeAddress", code: "cityRequired" },
      ],
    });
    expect(answerPage(form, {}, "filer-role", {}, { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ message: "Select in what capacity you are applying." }],
    });
    expect(answerPage(form, {}, "carer-certificate", {}, ctx)).toEqual({ kind: "not-visible" });
    expect(answerPage(form, start("legal-carer"), "carer-certificate", {}, ctx)).toMatchObject({
      errors: [{ message: "Laden Sie Ihren Betreuerausweis hoch." }],
    });
    const huge = { ...medical, size: 25_000_000 };
    expect(
      answerPage(form, {}, "medical-certificate", {}, { ...ctx, files: { medicalCertificate: [huge] } }),
    ).toMatchObject({
      errors: [
        {
          code: "fileTooLarge",
          message: "Die Datei „attest.pdf“ ist größer als 10 MB. Wählen Sie eine kleinere Datei.",
        },
      ],
    });
    expect(answerPage(form, {}, "declaration", {}, ctx)).toMatchObject({
      errors: [
        { message: "Bestätigen Sie Ihre Angaben und dass die Person dauerhaft in der Einrichtung lebt." },
      ],
    });
  });
});
