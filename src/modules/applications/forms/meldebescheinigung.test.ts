import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  firstUnansweredPage,
  nextPage,
  submissionJsonSchema,
  validateSubmission,
  visiblePages,
} from "../domain";
import { meldebescheinigung as form } from "./meldebescheinigung";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const pdf = { id: "upload-1", name: "vollmacht.pdf", size: 200_000, kind: "pdf" as const };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, (typeof pdf)[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const person = (prefix: string, given: string, family: string) => ({
  [`${prefix}.familyName`]: family,
  [`${prefix}.givenNames`]: given,
  [`${prefix}.dateOfBirth.day`]: "12",
  [`${prefix}.dateOfBirth.month`]: "8",
  [`${prefix}.dateOfBirth.year`]: "1985",
});

/** A resident applying for their own simple certificate, page by page as the flow leads. */
function ownSimple(): Answers {
  let answers: Answers = {};
  answers = post(answers, "for-whom", { forSelf: "yes" });
  answers = post(answers, "person", {
    ...person("person", "Erika", "Muster"),
    "person.doctoralDegree": "Dr.",
  });
  answers = post(answers, "main-address", {
    "mainAddress.street": "Markt",
    "mainAddress.houseNumber": "1",
    "mainAddress.postalCode": "35037",
    "mainAddress.city": "Marburg",
  });
  answers = post(answers, "certificate-kind", { certificateKind: "simple" });
  answers = post(answers, "purpose", { purpose: "" });
  return post(answers, "declaration", { truthful: "yes" });
}

describe("the Meldebescheinigung form", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes a resident through their own simple certificate", () => {
    const answers = ownSimple();
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toEqual({
      forSelf: true,
      person: { familyName: "Muster", givenNames: "Erika", doctoralDegree: "Dr.", dateOfBirth: "1985-08-12" },
      mainAddress: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
      certificateKind: "simple",
      purpose: null,
      truthful: true,
    });
    expect(checkAnswerRows(form, answers, "de").map((r) => [r.label, r.value])).toEqual([
      ["Beantragen Sie die Meldebescheinigung für sich selbst?", "Ja"],
      ["Für wen ist die Meldebescheinigung?", "Dr. Erika Muster, geboren am 12. August 1985"],
      ["Anschrift der Hauptwohnung", "Markt 1, 35037 Marburg"],
      ["Welche Meldebescheinigung brauchen Sie?", "Einfache Meldebescheinigung"],
      ["Wofür brauchen Sie die Bescheinigung?", "Nicht angegeben"],
      ["Ich versichere, dass meine Angaben richtig und vollständig sind.", "Bestätigt"],
    ]);
  });

  it("asks for the representative and the authorisation when applying for someone else", () => {
    let answers = post({}, "for-whom", { forSelf: "no" });
    expect(visiblePages(form, answers).map((p) => p.id)).toEqual([
      "for-whom",
      "person",
      "main-address",
      "representative",
      "authorisation",
      "certificate-kind",
      "purpose",
      "declaration",
    ]);
    expect(nextPage(form, answers, "main-address")).toBe("representative");
    answers = post(answers, "representative", person("representative", "Max", "Vertreter"));
    const missing = answerPage(form, answers, "authorisation", {}, ctx);
    expect(missing).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "authorisation",
          field: "authorisation",
          code: "required",
          message: "Laden Sie die unterschriebene Vollmacht hoch.",
        },
      ],
    });
    answers = post(answers, "authorisation", {}, { authorisation: [pdf] });
    expect(answers.authorisation).toEqual([pdf]);
  });

  it("asks which further data only for the extended certificate, and forgets them when it is no longer wanted", () => {
    let answers = ownSimple();
    answers = post(answers, "certificate-kind", { certificateKind: "extended" });
    expect(firstUnansweredPage(form, answers)).toBe("extended-content");
    expect(answerPage(form, answers, "extended-content", {}, { ...ctx, locale: "en" })).toMatchObject({
      kind: "invalid",
      errors: [{ field: "extendedData", message: "Select at least one further detail." }],
    });
    answers = post(answers, "extended-content", { extendedData: ["nationalities", "place-of-birth"] });
    expect(answers.extendedData).toEqual(["place-of-birth", "nationalities"]);
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);

    answers = post(answers, "certificate-kind", { certificateKind: "simple" });
    expect(answers).not.toHaveProperty("extendedData");
    expect(checkAnswerRows(form, answers, "de").some((r) => r.questionId === "extendedData")).toBe(false);
  });

  it("forgets the representative and the authorisation when the resident applies for themselves after all", () => {
    let answers = post({}, "for-whom", { forSelf: "no" });
    answers = post(answers, "representative", person("representative", "Max", "Vertreter"));
    answers = post(answers, "authorisation", {}, { authorisation: [pdf] });
    answers = post(answers, "for-whom", { forSelf: "yes" });
    expect(answers).toEqual({ forSelf: true });
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "for-whom", {}, ctx)).toMatchObject({
      errors: [{ message: "Wählen Sie „Ja“, wenn die Bescheinigung für Sie selbst ist, sonst „Nein“." }],
    });
    const future = { ...person("person", "Erika", "Muster"), "person.dateOfBirth.year": "2030" };
    expect(answerPage(form, {}, "person", future, ctx)).toMatchObject({
      errors: [{ field: "person.dateOfBirth.day", code: "dateOfBirthInFuture" }],
    });
    expect(answerPage(form, {}, "purpose", { purpose: "x".repeat(201) }, ctx)).toMatchObject({
      errors: [{ field: "purpose", code: "tooLong" }],
    });
    expect(answerPage(form, {}, "declaration", {}, ctx)).toMatchObject({
      errors: [{ message: "Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind." }],
    });
  });

  it("has a JSON Schema naming the form and its version", () => {
    const schema = submissionJsonSchema(form);
    expect(schema.$id).toBe("urn:stadtbuero:form:meldebescheinigung:1");
    expect(schema.required).toEqual([
      "forSelf",
      "person",
      "mainAddress",
      "certificateKind",
      "purpose",
      "truthful",
    ]);
  });
});
