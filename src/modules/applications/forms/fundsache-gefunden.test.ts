import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  firstUnansweredPage,
  validateSubmission,
  visiblePages,
} from "../domain";
import { fundsacheGefunden as form } from "./fundsache-gefunden";

const ctx = { locale: "de" as const, today: "2026-05-04" };

function post(answers: Answers, pageId: string, body: Body): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);
const found = (day: string, month: string) => ({
  "dateFound.day": day,
  "dateFound.month": month,
  "dateFound.year": "2026",
});

/** The find itself, the same for every finder. */
function theFind(): Answers {
  let answers = post({}, "category", { category: "wallet" });
  answers = post(answers, "description", { description: "Braune Geldbörse mit etwas Bargeld." });
  answers = post(answers, "place", { placeFound: "Bushaltestelle Rudolphsplatz" });
  return post(answers, "date", found("2", "5"));
}

const finder: Body = {
  "finder.givenNames": "Paul",
  "finder.familyName": "Finder",
  "finder.dateOfBirth.day": "3",
  "finder.dateOfBirth.month": "4",
  "finder.dateOfBirth.year": "1980",
  "finderAddress.street": "Markt",
  "finderAddress.houseNumber": "3",
  "finderAddress.postalCode": "35037",
  "finderAddress.city": "Marburg",
};

describe("the form to report a found item", () => {
  it("belongs to the catalogue's service for handing in a find, and says the item is brought to a visit", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(form.inPerson?.reason.de).toContain("Fundsache selbst geben Sie");
    expect(form.inPerson?.reason.en).toContain("hand in");
  });

  it("files a find without the finder's name when they give up their rights", () => {
    let answers = post(theFind(), "finder-rights", { keepRights: "no" });
    expect(pages(answers)).not.toContain("finder");
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({ category: "wallet", dateFound: "2026-05-02", keepRights: false });
  });

  it("asks for the finder's name and address to keep the rights, and forgets them when the rights are given up", () => {
    let answers = post(theFind(), "finder-rights", { keepRights: "yes" });
    expect(firstUnansweredPage(form, answers)).toBe("finder");
    expect(answerPage(form, answers, "finder", {}, { ...ctx, locale: "en" })).toMatchObject({
      kind: "invalid",
      errors: expect.arrayContaining([expect.objectContaining({ field: "finder.familyName" })]),
    });
    answers = post(answers, "finder", finder);
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
    expect(checkAnswerRows(form, answers, "de").map((r) => r.questionId)).toContain("finderAddress");

    const givenUp = post(answers, "finder-rights", { keepRights: "no" });
    expect(givenUp).not.toHaveProperty("finder");
    expect(givenUp).not.toHaveProperty("finderAddress");
    expect(checkAnswerRows(form, givenUp, "de").map((r) => r.questionId)).not.toContain("finder");
  });

  it("accepts a find of the last month only, never one in the future", () => {
    const before = post({}, "category", { category: "keys" });
    expect(answerPage(form, before, "date", found("3", "4"), ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "dateFound.day", message: expect.stringContaining("höchstens einen Monat") }],
    });
    expect(answerPage(form, before, "date", found("5", "5"), ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "dateFound.day", message: "Der Tag des Fundes darf nicht in der Zukunft liegen." }],
    });
    expect(answerPage(form, before, "date", found("4", "4"), ctx).kind).toBe("saved");
  });

  it("needs the declaration and a description within its limit", () => {
    expect(answerPage(form, {}, "description", { description: "x".repeat(1001) }, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ message: "Die Beschreibung darf höchstens 1000 Zeichen lang sein." }],
    });
    const answers = post(theFind(), "finder-rights", { keepRights: "no" });
    expect(answerPage(form, answers, "declaration", {}, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ message: "Bestätigen Sie, dass Ihre Angaben richtig sind und Sie den Fund abgeben." }],
    });
  });
});
