import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { checkAnswerRows } from "./check-answers";
import { exampleForm as form } from "./example-form";
import { pageFields } from "./flow";

const answers: Answers = {
  fullName: "Erika Muster",
  hasPet: true,
  petKind: "dog",
  dogCount: 2,
  interests: ["sport", "reading"],
  children: [],
  home: { street: "Markt", houseNumber: "1", addition: "Hinterhaus", postalCode: "35037", city: "Marburg" },
  since: "2020-03-07",
  proof: [{ id: "f1", name: "nachweis.pdf", size: 100, kind: "pdf" }],
};

const byQuestion = (locale: "de" | "en") =>
  Object.fromEntries(
    checkAnswerRows(form, answers, locale).map((r) => [r.questionId, [r.pageId, r.value, r.answered]]),
  );

describe("check your answers", () => {
  it("shows every visible question with its answer in German, and the page to change it", () => {
    expect(byQuestion("de")).toEqual({
      fullName: ["name", "Erika Muster", true],
      hasPet: ["has-pet", "Ja", true],
      petKind: ["pet-kind", "Hund", true],
      dogCount: ["dogs", "2 Hunde", true],
      interests: ["interests", "Sport, Lesen", true],
      children: ["children", "Keine Einträge", true],
      home: ["home", "Markt 1, Hinterhaus, 35037 Marburg", true],
      since: ["home", "7. März 2020", true],
      preferredDay: ["preferred", "Noch nicht beantwortet", false],
      proof: ["proof", "nachweis.pdf", true],
      confirm: ["confirm", "Noch nicht beantwortet", false],
    });
  });

  it("speaks English too", () => {
    expect(byQuestion("en")).toMatchObject({
      hasPet: ["has-pet", "Yes", true],
      dogCount: ["dogs", "2 dogs", true],
      since: ["home", "7 March 2020", true],
      interests: ["interests", "Sport, Reading", true],
    });
  });

  it("says 'not provided' for an optional question left blank", () => {
    const rows = checkAnswerRows(form, { ...answers, proof: null }, "de");
    expect(rows.find((r) => r.questionId === "proof")).toMatchObject({
      value: "Nicht angegeben",
      answered: true,
    });
  });

  it("does not show a stored value that is not valid as an answer", () => {
    const rows = checkAnswerRows(form, { ...answers, since: "gestern" }, "de");
    expect(rows.find((r) => r.questionId === "since")).toMatchObject({
      value: "Noch nicht beantwortet",
      answered: false,
    });
  });

  it("fills a page's inputs from the answers, as they would be posted", () => {
    expect(pageFields(form, answers, "home")).toEqual({
      "home.street": "Markt",
      "home.houseNumber": "1",
      "home.addition": "Hinterhaus",
      "home.postalCode": "35037",
      "home.city": "Marburg",
      "since.day": "7",
      "since.month": "3",
      "since.year": "2020",
    });
    expect(pageFields(form, answers, "interests")).toEqual({ interests: ["sport", "reading"] });
    expect(pageFields(form, answers, "preferred")).toEqual({});
  });
});
