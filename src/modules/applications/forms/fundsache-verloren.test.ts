import { describe, expect, it } from "vitest";
import services from "../../../../tenants/marburg/services.json";
import {
  type Answers,
  answerPage,
  type Body,
  checkAnswerRows,
  firstUnansweredPage,
  submissionJsonSchema,
  validateSubmission,
  visiblePages,
} from "../domain";
import { fundsacheVerloren as form } from "./fundsache-verloren";

const ctx = { locale: "de" as const, today: "2026-05-04" };

function post(answers: Answers, pageId: string, body: Body): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

const pages = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);
const date = (day: string, month: string, year: string) => ({
  "dateLost.day": day,
  "dateLost.month": month,
  "dateLost.year": year,
});

/** Everything after what was lost: the same for every category. */
function rest(answers: Answers, value = "50"): Answers {
  let next = post(answers, "description", {
    description: "Schwarzes Leder, mit roter Naht.\r\nDarin ein Bibliotheksausweis der Universität.",
  });
  next = post(next, "place", { placeLost: "Buslinie 7 zwischen Hauptbahnhof und Rudolphsplatz" });
  next = post(next, "date", date("30", "4", "2026"));
  return post(next, "value", { estimatedValue: value });
}

describe("the form to report a lost item", () => {
  it("belongs to the catalogue's service", () => {
    expect(services.services.map((s) => s.key)).toContain(form.serviceKey);
  });

  it("takes a lost wallet through, with its value in whole euros", () => {
    const answers = rest(post({}, "category", { category: "wallet" }));
    expect(pages(answers)).not.toContain("category-other");
    expect(firstUnansweredPage(form, answers)).toBeUndefined();
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(answers).toMatchObject({
      description: "Schwarzes Leder, mit roter Naht.\nDarin ein Bibliotheksausweis der Universität.",
      dateLost: "2026-04-30",
      estimatedValue: 50,
    });
    expect(checkAnswerRows(form, answers, "de").map((r) => [r.questionId, r.value])).toEqual([
      ["category", "Geldbörse"],
      ["description", "Schwarzes Leder, mit roter Naht.\nDarin ein Bibliotheksausweis der Universität."],
      ["placeLost", "Buslinie 7 zwischen Hauptbahnhof und Rudolphsplatz"],
      ["dateLost", "30. April 2026"],
      ["estimatedValue", "50 €"],
    ]);
  });

  it("asks what it is when it is something else, and leaves the value out when not given", () => {
    let answers = post({}, "category", { category: "other" });
    expect(pages(answers)).toContain("category-other");
    expect(answerPage(form, answers, "category-other", { categoryOther: " " }, ctx)).toMatchObject({
      kind: "invalid",
      errors: [{ field: "categoryOther", message: "Geben Sie an, was Sie verloren haben." }],
    });
    answers = rest(post(answers, "category-other", { categoryOther: "Brille" }), "");
    expect(answers).toMatchObject({ categoryOther: "Brille", estimatedValue: null });
    expect(validateSubmission(form, answers, ctx.today)).toEqual({ ok: true, answers });
    expect(submissionJsonSchema(form).required).toEqual([
      "category",
      "description",
      "placeLost",
      "dateLost",
      "estimatedValue",
    ]);
  });

  it("forgets the kind in words when a category of the list is chosen after all", () => {
    let answers = post({}, "category", { category: "other" });
    answers = rest(post(answers, "category-other", { categoryOther: "Brille" }));
    answers = post(answers, "category", { category: "bag" });
    expect(answers).not.toHaveProperty("categoryOther");
    expect(checkAnswerRows(form, answers, "de").some((r) => r.questionId === "categoryOther")).toBe(false);
    expect(validateSubmission(form, answers, ctx.today).ok).toBe(true);
    expect(validateSubmission(form, { ...answers, categoryOther: "Brille" }, ctx.today).ok).toBe(false);
  });

  it("takes a date within the last year only, and none in the future", () => {
    expect(answerPage(form, {}, "date", date("4", "5", "2025"), ctx)).toMatchObject({ kind: "saved" });
    expect(answerPage(form, {}, "date", date("3", "5", "2025"), ctx)).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "dateLost",
          field: "dateLost.day",
          code: "tooEarly",
          message:
            "Das Datum darf höchstens ein Jahr zurückliegen (ab 4. Mai 2025). Liegt der Verlust länger zurück, fragen Sie bitte direkt beim Fundbüro nach.",
        },
      ],
    });
    expect(answerPage(form, {}, "date", date("5", "5", "2026"), ctx)).toMatchObject({
      errors: [{ code: "notInFuture", message: "Das Datum des Verlusts darf nicht in der Zukunft liegen." }],
    });
    expect(answerPage(form, {}, "date", date("31", "4", "2026"), { ...ctx, locale: "en" })).toMatchObject({
      errors: [{ code: "notARealDate" }],
    });
  });

  it("refuses a description too long, an empty place and a value that is not an amount", () => {
    expect(answerPage(form, {}, "description", { description: "x".repeat(1001) }, ctx)).toMatchObject({
      errors: [
        {
          code: "tooLong",
          message:
            "Die Beschreibung darf höchstens 1000 Zeichen lang sein. Beschränken Sie sich auf die Merkmale, an denen man den Gegenstand erkennt.",
        },
      ],
    });
    expect(answerPage(form, {}, "place", { placeLost: "" }, ctx)).toMatchObject({
      errors: [{ message: "Geben Sie an, wo Sie den Gegenstand verloren haben." }],
    });
    expect(answerPage(form, {}, "value", { estimatedValue: "50 Euro" }, ctx)).toMatchObject({
      errors: [{ code: "notANumber", message: "Geben Sie den Wert als Zahl in Euro ein, zum Beispiel 120." }],
    });
    expect(answerPage(form, {}, "value", { estimatedValue: "49,90" }, ctx)).toMatchObject({
      errors: [
        {
          code: "notAnInteger",
          message: "Geben Sie den Wert in ganzen Euro ohne Cent ein, zum Beispiel 50.",
        },
      ],
    });
    expect(answerPage(form, {}, "value", { estimatedValue: "-5" }, ctx)).toMatchObject({
      errors: [{ code: "tooSmall", message: "Der Wert darf nicht negativ sein." }],
    });
  });
});
