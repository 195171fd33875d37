import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  type FileRef,
  firstUnansweredPage,
  nextPage,
  validateSubmission,
  visiblePages,
} from "../domain";
import { briefwahl as form } from "./briefwahl";

const ctx = { locale: "de" as const, today: "2026-05-04" };
const pdf: FileRef = { id: "upload-1", name: "vollmacht.pdf", size: 200_000, kind: "pdf" };

function post(answers: Answers, pageId: string, body: Body, files?: Record<string, FileRef[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, { ...ctx, files });
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

const person = (prefix: string, given: string, family: string) => ({
  [`${prefix}.familyName`]: family,
  [`${prefix}.givenNames`]: given,
  [`${prefix}.dateOfBirth.day`]: "1",
  [`${prefix}.dateOfBirth.month`]: "3",
  [`${prefix}.dateOfBirth.year`]: "1950",
});

const address = (prefix: string, street: string, postalCode: string, city: string) => ({
  [`${prefix}.street`]: street,
  [`${prefix}.houseNumber`]: "7",
  [`${prefix}.postalCode`]: postalCode,
  [`${prefix}.city`]: city,
});

/** The voter's own details, after the first answer. */
function voter(answers: Answers): Answers {
  const next = post(answers, "voter", person("voter", "Erika", "Muster"));
  return post(next, "registered-address", address("registeredAddress", "Barfüßerstraße", "35037", "Marburg"));
}

/** A voter applying for themselves, documents sent to the registered address. */
function own(): Answers {
  let answers = voter(post({}, "for-whom", { forSelf: "yes" }));
  answers = post(answers, "delivery", { delivery: "registered-address" });
  return post(answers, "declaration", { truthful: "yes" });
}

/** A son applying for his mother with her authorisation, documents sent to his address. */
function forMother(): Answers {
  let answers = voter(post({}, "for-whom", { forSelf: "no" }));
  answers = post(answers, "representative", person("representative", "Max", "Muster"));
  answers = post(answers, "authorisation", { authorised: "yes" }, { authorisation: [pdf] });
  answers = post(answers, "delivery", { delivery: "other-address" });
  answers = post(answers, "delivery-address", address("deliveryAddress", "Sonnenweg", "34117", "Kassel"));
  return post(answers, "declaration", { truthful: "yes" });
}

describe("the Briefwahl form", () => {
  it("belongs to the catalogue's service and names no election", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(JSON.stringify(form)).not.toMatch(/Bundestag|Landtag|Kommunalwahl|Europawahl|20\d\d/);
  });

  it("takes a voter through their own application, sent to the registered address", () => {
    const answers = own();
    expect(pages(answers)).toEqual(["for-whom", "voter", "registered-address", "delivery", "declaration"]);
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(checkAnswerRows(form, answers, "en").map((r) => r.value)).toEqual([
      "Yes",
      "Erika Muster, born on 1 March 1950",
      "Barfüßerstraße 7, 35037 Marburg",
      "By post to the registered address",
      "Confirmed",
    ]);
  });

  it("lets the voter collect the documents at the election office, without an address", () => {
    let answers = voter(post({}, "for-whom", { forSelf: "yes" }));
    answers = post(answers, "delivery", { delivery: "collect" });
    expect(pages(answers)).not.toContain("delivery-address");
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
  });

  it("asks for the representative and the written authorisation when applying for someone else", () => {
    const answers = post({}, "for-whom", { forSelf: "no" });
    expect(nextPage(form, answers, "registered-address")).toBe("representative");
    expect(pages(answers)).toContain("authorisation");
    expect(answerPage(form, answers, "authorisation", {}, ctx)).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "authorisation",
          field: "authorisation",
          code: "required",
          message: "Laden Sie die unterschriebene Vollmacht hoch.",
        },
        {
          question: "authorised",
          field: "authorised",
          code: "required",
          message: "Bestätigen Sie, dass die wahlberechtigte Person Sie schriftlich bevollmächtigt hat.",
        },
      ],
    });
    const complete = forMother();
    expect(validateSubmission(form, complete, ctx.today)).toEqual({ ok: true, answers: complete });
    expect(complete).toMatchObject({
      representative: { givenNames: "Max", familyName: "Muster" },
      authorisation: [pdf],
      authorised: true,
      deliveryAddress: { street: "Sonnenweg", postalCode: "34117", city: "Kassel" },
    });
  });

  it("forgets representative and authorisation when the voter applies for themselves after all", () => {
    let answers = forMother();
    answers = post(answers, "for-whom", { forSelf: "yes" });
    for (const gone of ["representative", "authorisation", "authorised"])
      expect(answers).not.toHaveProperty(gone);
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    expect(rows).not.toContain("representative");
    expect(rows).not.toContain("authorisation");
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("forgets the other address when the documents are to be collected instead", () => {
    let answers = forMother();
    answers = post(answers, "delivery", { delivery: "collect" });
    expect(answers).not.toHaveProperty("deliveryAddress");
    expect(checkAnswerRows(form, answers, "de").some((r) => r.questionId === "deliveryAddress")).toBe(false);
    const submitted = validateSubmission(form, answers, ctx.today);
    expect(submitted.ok && Object.keys(submitted.answers)).not.toContain("deliveryAddress");
    expect(
      validateSubmission(form, { ...answers, deliveryAddress: forMother().deliveryAddress }, ctx.today).ok,
    ).toBe(false);
  });

  it("refuses wrong answers with clear messages", () => {
    expect(answerPage(form, {}, "for-whom", {}, ctx)).toMatchObject({
      errors: [{ message: "Wählen Sie „Ja“, wenn der Wahlschein für Sie selbst ist, sonst „Nein“." }],
    });
    expect(answerPage(form, {}, "delivery", { delivery: "by-pigeon" }, ctx)).toMatchObject({
      errors: [{ field: "delivery", code: "invalidOption" }],
    });
    expect(answerPage(form, {}, "delivery", {}, { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ message: "Select how the postal voting documents should be delivered." }],
    });
    const other = post({}, "delivery", { delivery: "other-address" });
    expect(
      answerPage(
        form,
        other,
        "delivery-address",
        address("deliveryAddress", "Rue de Rivoli", "75001 Paris", "Paris"),
        ctx,
      ),
    ).toMatchObject({ errors: [{ field: "deliveryAddress.postalCode", code: "postalCodeInvalid" }] });
    const future = { ...person("voter", "Erika", "Muster"), "voter.dateOfBirth.year": "2030" };
    expect(answerPage(form, {}, "voter", future, ctx)).toMatchObject({
      errors: [{ field: "voter.dateOfBirth.day", code: "dateOfBirthInFuture" }],
    });
  });
});
