import { describe, expect, it } from "vitest";
import { answerGroupItem, FormUsageError, finishGroup, removeGroupItem } from "./answer-page";
import type { Answers } from "./answers";
import { checkAnswerRows } from "./check-answers";
import { exampleForm as form } from "./example-form";
import { firstUnansweredPage, groupSummary, pageFields } from "./flow";
import { checkStoredAnswers } from "./submission";

const ctx = { locale: "de" as const, today: "2026-03-10" };
const start: Answers = {
  fullName: "Erika Muster",
  hasPet: false,
  plate: "MR-A 1",
  interests: null,
  musicNote: null,
};

function child(givenNames: string, year = "2015", atSchool = "yes") {
  return {
    "child.familyName": "Muster",
    "child.givenNames": givenNames,
    "child.dateOfBirth.day": "1",
    "child.dateOfBirth.month": "6",
    "child.dateOfBirth.year": year,
    atSchool,
  };
}

function saved(outcome: ReturnType<typeof answerGroupItem>): Answers {
  if (outcome.kind !== "saved") throw new Error(JSON.stringify(outcome));
  return outcome.answers;
}

describe("a repeating group", () => {
  it("adds items at the end, changes one by its index, removes one", () => {
    let answers = saved(answerGroupItem(form, start, "children", 0, child("Anna"), ctx));
    answers = saved(answerGroupItem(form, answers, "children", 1, child("Ben", "2018", "no"), ctx));
    expect(answers.children).toEqual([
      { child: { familyName: "Muster", givenNames: "Anna", dateOfBirth: "2015-06-01" }, atSchool: true },
      { child: { familyName: "Muster", givenNames: "Ben", dateOfBirth: "2018-06-01" }, atSchool: false },
    ]);

    answers = saved(answerGroupItem(form, answers, "children", 0, child("Anna Lena"), ctx));
    expect(groupSummary(form, answers, "children", "de").items).toEqual([
      { index: 0, label: "Anna Lena Muster" },
      { index: 1, label: "Ben Muster" },
    ]);

    answers = saved(removeGroupItem(form, answers, "children", 0));
    expect(groupSummary(form, answers, "children", "en").items).toEqual([{ index: 0, label: "Ben Muster" }]);
    expect(checkStoredAnswers(form, answers, ctx.today)).toMatchObject({ ok: true });
  });

  it("refuses an item with errors, an index that is not there, and more than maxItems", () => {
    const bad = answerGroupItem(form, start, "children", 0, { ...child("Anna"), atSchool: "" }, ctx);
    expect(bad).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "atSchool",
          field: "atSchool",
          code: "required",
          message: "Wählen Sie „Ja“ oder „Nein“ aus.",
        },
      ],
    });
    expect(answerGroupItem(form, start, "children", 1, child("Anna"), ctx)).toEqual({ kind: "no-such-item" });
    expect(answerGroupItem(form, start, "children", -1, child("Anna"), ctx)).toEqual({
      kind: "no-such-item",
    });
    expect(removeGroupItem(form, start, "children", 0)).toEqual({ kind: "no-such-item" });

    let answers = start;
    for (const name of ["A", "B", "C"]) {
      answers = saved(
        answerGroupItem(
          form,
          answers,
          "children",
          groupSummary(form, answers, "children", "de").items.length,
          child(name),
          ctx,
        ),
      );
    }
    expect(groupSummary(form, answers, "children", "de").canAdd).toBe(false);
    expect(answerGroupItem(form, answers, "children", 3, child("D"), ctx)).toEqual({
      kind: "invalid",
      errors: [
        {
          question: "children",
          field: "children",
          code: "tooManyItems",
          message: "Sie können höchstens 3 Einträge hinzufügen.",
        },
      ],
    });
  });

  it("is answered with no items once the resident says there are none (minItems 0)", () => {
    expect(firstUnansweredPage(form, start)).toBe("children");
    const answers = saved(finishGroup(form, start, "children", "de"));
    expect(answers.children).toEqual([]);
    expect(firstUnansweredPage(form, answers)).toBe("home");
  });

  it("refuses to finish a group below its minItems", () => {
    const strict = {
      ...form,
      pages: form.pages.map((p) => (p.kind === "group" ? { ...p, minItems: 1 } : p)),
    };
    expect(finishGroup(strict, start, "children", "en")).toEqual({
      kind: "invalid",
      errors: [
        { question: "children", field: "children", code: "tooFewItems", message: "Add at least one entry." },
      ],
    });
  });

  it("fills an item's inputs again for a change", () => {
    const answers = saved(answerGroupItem(form, start, "children", 0, child("Anna"), ctx));
    expect(pageFields(form, answers, "children", 0)).toEqual(child("Anna"));
    expect(pageFields(form, answers, "children", 5)).toEqual({});
  });

  it("shows each item's answers in check your answers, named by the item", () => {
    const answers = saved(answerGroupItem(form, start, "children", 0, child("Anna"), ctx));
    const rows = checkAnswerRows(form, answers, "de").filter((r) => r.pageId === "children");
    expect(rows).toEqual([
      {
        pageId: "children",
        questionId: "child",
        label: "Angaben zum Kind",
        value: "Anna Muster, geboren am 1. Juni 2015",
        answered: true,
        item: { index: 0, label: "Anna Muster" },
      },
      {
        pageId: "children",
        questionId: "atSchool",
        label: "Geht das Kind zur Schule?",
        value: "Ja",
        answered: true,
        item: { index: 0, label: "Anna Muster" },
      },
    ]);
    const none = checkAnswerRows(form, { ...start, children: [] }, "en").filter(
      (r) => r.pageId === "children",
    );
    expect(none).toEqual([
      {
        pageId: "children",
        questionId: "children",
        label: "Your children",
        value: "No entries",
        answered: true,
      },
    ]);
  });

  it("refuses to be used as another page", () => {
    expect(() => answerGroupItem(form, start, "home", 0, {}, ctx)).toThrow(FormUsageError);
  });
});
