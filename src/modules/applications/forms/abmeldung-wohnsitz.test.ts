import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerGroupItem,
  answerPage,
  type Body,
  checkAnswerRows,
  finishGroup,
  firstUnansweredPage,
  groupSummary,
  removeGroupItem,
  validateSubmission,
  visiblePages,
} from "../domain";
import { abmeldungWohnsitz as form } from "./abmeldung-wohnsitz";

const ctx = { locale: "de" as const, today: "2026-05-04" };

function post(answers: Answers, pageId: string, body: Body): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

function addPerson(answers: Answers, index: number, given: string): Answers {
  const outcome = answerGroupItem(
    form,
    answers,
    "persons",
    index,
    {
      "person.familyName": "Muster",
      "person.givenNames": given,
      "person.dateOfBirth.day": "30",
      "person.dateOfBirth.month": "9",
      "person.dateOfBirth.year": "1990",
    },
    ctx,
  );
  if (outcome.kind !== "saved") throw new Error(JSON.stringify(outcome));
  return outcome.answers;
}

const address = (id: string, street: string, postalCode = "35037", city = "Marburg"): Body => ({
  [`${id}.street`]: street,
  [`${id}.houseNumber`]: "9",
  [`${id}.postalCode`]: postalCode,
  [`${id}.city`]: city,
});

const moveOut = (day: string, month: string) => ({
  "moveOutDate.day": day,
  "moveOutDate.month": month,
  "moveOutDate.year": "2026",
});

/** The pages every Abmeldung has, for one of the two cases. */
function start(deregistrationCase: string): Answers {
  let answers = post({}, "deregistration-case", { deregistrationCase });
  answers = addPerson(answers, 0, "Erika");
  answers = post(answers, "address", address("addressGivenUp", "Biegenstraße"));
  return post(answers, "move-out", moveOut("10", "5"));
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

describe("the Abmeldung form", () => {
  it("belongs to the catalogue's service and needs no visit", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
    expect(form.inPerson).toBeUndefined();
  });

  it("offers only moving abroad and giving up a secondary residence, and says why", () => {
    const [first] = form.pages;
    const question = first?.questions[0];
    expect(question?.kind === "choice" && question.options.map((o) => o.value)).toEqual([
      "abroad",
      "secondary",
    ]);
    expect(question?.hint?.de).toContain(
      "Ziehen Sie innerhalb Deutschlands um, brauchen Sie keine Abmeldung",
    );
    expect(
      answerPage(form, {}, "deregistration-case", { deregistrationCase: "within-germany" }, ctx),
    ).toMatchObject({ kind: "invalid", errors: [{ code: "invalidOption" }] });
  });

  it("takes a move abroad through, with the new address abroad left blank", () => {
    let answers = start("abroad");
    expect(pages(answers)).toEqual(expect.arrayContaining(["new-country", "new-address-abroad"]));
    expect(pages(answers)).not.toContain("main-residence");
    answers = post(answers, "new-country", { newCountry: "Österreich" });
    answers = post(answers, "new-address-abroad", { newAddressAbroad: "  " });
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({
      deregistrationCase: "abroad",
      moveOutDate: "2026-05-10",
      newCountry: "Österreich",
      newAddressAbroad: null,
    });
  });

  it("keeps a new address abroad of several lines", () => {
    const answers = post(start("abroad"), "new-address-abroad", {
      newAddressAbroad: "Mariahilfer Straße 1\r\n1060 Wien",
    });
    expect(answers.newAddressAbroad).toBe("Mariahilfer Straße 1\n1060 Wien");
  });

  it("asks for the main residence, not a country, when a secondary residence is given up", () => {
    let answers = start("secondary");
    expect(pages(answers)).toContain("main-residence");
    expect(pages(answers)).not.toContain("new-country");
    expect(pages(answers)).not.toContain("new-address-abroad");
    answers = post(answers, "main-residence", address("mainResidence", "Königsplatz", "34117", "Kassel"));
    answers = post(answers, "declaration", { truthful: "yes" });
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
  });

  it("forgets the country and the address abroad when the case changes to a secondary residence", () => {
    let answers = start("abroad");
    answers = post(answers, "new-country", { newCountry: "Österreich" });
    answers = post(answers, "new-address-abroad", { newAddressAbroad: "Mariahilfer Straße 1, 1060 Wien" });
    answers = post(answers, "declaration", { truthful: "yes" });

    answers = post(answers, "deregistration-case", { deregistrationCase: "secondary" });
    expect(answers).not.toHaveProperty("newCountry");
    expect(answers).not.toHaveProperty("newAddressAbroad");
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    expect(rows).not.toContain("newCountry");
    expect(rows).toContain("mainResidence");
    expect(firstUnansweredPage(form, answers)).toBe("main-residence");
    expect(validateSubmission(form, answers, ctx.today)).toMatchObject({
      ok: false,
      problems: [{ pageId: "main-residence", questionId: "mainResidence", code: "missing" }],
    });
  });

  it("forgets the main residence when the case changes to a move abroad", () => {
    let answers = post(
      start("secondary"),
      "main-residence",
      address("mainResidence", "Königsplatz", "34117", "Kassel"),
    );
    answers = post(answers, "deregistration-case", { deregistrationCase: "abroad" });
    expect(answers).not.toHaveProperty("mainResidence");
    expect(firstUnansweredPage(form, answers)).toBe("new-country");
  });

  it("keeps the people as a list: add, change, remove, at least one and at most ten", () => {
    let answers = post({}, "deregistration-case", { deregistrationCase: "abroad" });
    expect(finishGroup(form, answers, "persons", "en")).toMatchObject({
      kind: "invalid",
      errors: [{ code: "tooFewItems", message: "Add at least one entry." }],
    });
    answers = addPerson(answers, 0, "Erika");
    answers = addPerson(answers, 1, "Jonas");
    answers = addPerson(answers, 1, "Jonas Karl");
    expect(groupSummary(form, answers, "persons", "de").items.map((i) => i.label)).toEqual([
      "Erika Muster",
      "Jonas Karl Muster",
    ]);
    for (let i = 2; i < 10; i++) answers = addPerson(answers, i, `Kind${i}`);
    expect(answerGroupItem(form, answers, "persons", 10, {}, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ code: "tooManyItems" }],
    });
    let outcome = removeGroupItem(form, answers, "persons", 1);
    for (let i = 0; i < 9 && outcome.kind === "saved"; i++) {
      outcome = removeGroupItem(form, outcome.answers, "persons", 0);
    }
    expect(outcome).toEqual({ kind: "saved", answers: { deregistrationCase: "abroad", persons: [] } });
    if (outcome.kind === "saved") expect(firstUnansweredPage(form, outcome.answers)).toBe("persons");
  });

  it("refuses a move-out more than a week ahead, and other wrong answers, with clear messages", () => {
    expect(answerPage(form, {}, "move-out", moveOut("12", "5"), ctx)).toMatchObject({
      errors: [
        {
          field: "moveOutDate.day",
          code: "tooLate",
          message:
            "Sie können sich frühestens eine Woche vor dem Auszug abmelden. Das Auszugsdatum darf deshalb nicht nach dem 11. Mai 2026 liegen.",
        },
      ],
    });
    expect(answerPage(form, {}, "move-out", moveOut("11", "5"), ctx)).toMatchObject({ kind: "saved" });
    expect(answerPage(form, {}, "move-out", moveOut("3", "1"), ctx)).toMatchObject({ kind: "saved" });
    expect(answerPage(form, {}, "deregistration-case", {}, ctx)).toMatchObject({
      errors: [{ message: "Wählen Sie aus, ob Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben." }],
    });
    const abroad = post({}, "deregistration-case", { deregistrationCase: "abroad" });
    expect(answerPage(form, abroad, "new-country", {}, { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ field: "newCountry", message: "Enter the country you are moving to." }],
    });
    expect(
      answerPage(form, abroad, "new-address-abroad", { newAddressAbroad: "x".repeat(501) }, ctx),
    ).toMatchObject({ errors: [{ field: "newAddressAbroad", code: "tooLong" }] });
  });
});
