import { describe, expect, it } from "vitest";
import { when } from "./condition";
import { defineForm, FormDefinitionError } from "./define-form";
import type { FormDefinitionInput } from "./definition";
import type { QuestionInput } from "./question";

const label = { de: "Frage", en: "Question" };
const yesNo = (id: string): QuestionInput => ({ id, kind: "yesNo", label });
const choice = (id: string, values: string[], multiple = false): QuestionInput => ({
  id,
  kind: "choice",
  multiple,
  label,
  options: values.map((value) => ({ value, label: { de: value, en: value } })),
});

function form(pages: FormDefinitionInput["pages"]): FormDefinitionInput {
  return { serviceKey: "test-form", version: 2, title: { de: "Test", en: "Test" }, pages };
}

/** The problems a definition is refused with (fails the test when it is accepted). */
function problemsOf(input: FormDefinitionInput): readonly string[] {
  try {
    defineForm(input);
  } catch (error) {
    if (error instanceof FormDefinitionError) return error.problems;
    throw error;
  }
  throw new Error("the definition was accepted");
}

const first = {
  id: "first",
  kind: "questions" as const,
  questions: [yesNo("married"), choice("colour", ["red", "blue"])],
};

describe("defineForm", () => {
  it("accepts a good definition and applies the defaults", () => {
    const defined = defineForm(
      form([
        first,
        {
          id: "second",
          kind: "questions",
          when: when.yes("married"),
          questions: [{ id: "note", kind: "text", label }],
        },
      ]),
    );
    const note = defined.pages[1]?.questions[0];
    expect(note).toMatchObject({ kind: "text", maxLength: 200, multiline: false, optional: false });
  });

  it("refuses duplicate page ids and question ids, naming form, page and question", () => {
    const problems = problemsOf(
      form([first, { id: "first", kind: "questions", questions: [yesNo("married")] }]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "first": another page has the same id',
      'form "test-form" (version 2), page "first", question "married": the id is used twice (ids are answer keys)',
    ]);
  });

  it("refuses a question id that is also a group's answer key", () => {
    const group = {
      id: "people",
      kind: "group" as const,
      title: label,
      itemName: label,
      maxItems: 3,
      questions: [yesNo("adult")],
    };
    expect(problemsOf(form([{ id: "a", kind: "questions", questions: [yesNo("people")] }, group]))).toEqual([
      'form "test-form" (version 2), page "a", question "people": the id is used twice (ids are answer keys)',
    ]);
  });

  it("refuses conditions on unknown, later, same-page and in-group questions", () => {
    const group = {
      id: "people",
      kind: "group" as const,
      title: label,
      itemName: label,
      maxItems: 3,
      questions: [yesNo("adult")],
    };
    const problems = problemsOf(
      form([
        { ...first, when: when.yes("married") },
        group,
        { id: "a", kind: "questions", when: when.yes("nobody"), questions: [yesNo("x")] },
        { id: "b", kind: "questions", when: when.yes("later"), questions: [yesNo("y")] },
        { id: "c", kind: "questions", when: when.not(when.yes("adult")), questions: [yesNo("z")] },
        { id: "d", kind: "questions", questions: [yesNo("later")] },
      ]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "first": the condition on "married" refers to a question that is not on an earlier page',
      'form "test-form" (version 2), page "a": the condition on "nobody" refers to a question the form does not have',
      'form "test-form" (version 2), page "b": the condition on "later" refers to a question that is not on an earlier page',
      'form "test-form" (version 2), page "c": the condition on "adult" refers to a question inside the repeating group "people"',
    ]);
  });

  it("refuses conditions that test the wrong kind of question or an option that does not exist", () => {
    const problems = problemsOf(
      form([
        first,
        { id: "a", kind: "questions", when: when.yes("colour"), questions: [yesNo("x")] },
        { id: "b", kind: "questions", when: when.equals("married", "red"), questions: [yesNo("y")] },
        {
          id: "c",
          kind: "questions",
          when: when.any(when.oneOf("colour", ["red", "green"])),
          questions: [yesNo("z")],
        },
      ]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "a": the condition on "colour" tests yes or no on a question that is not a yes/no question',
      'form "test-form" (version 2), page "b": the condition on "married" tests an option on a question that is not a choice',
      'form "test-form" (version 2), page "c": the condition on "colour" tests "green", which is not one of its options',
    ]);
  });

  it("refuses empty and duplicate options, and a single choice of one option", () => {
    expect(problemsOf(form([{ id: "a", kind: "questions", questions: [choice("c", [])] }]))).toEqual([
      'form "test-form" (version 2), page "a", question "c": options: at least one option',
    ]);
    expect(
      problemsOf(form([{ id: "a", kind: "questions", questions: [choice("c", ["x", "x"], true)] }])),
    ).toEqual(['form "test-form" (version 2), page "a", question "c": two options have the same value']);
    expect(problemsOf(form([{ id: "a", kind: "questions", questions: [choice("c", ["x"])] }]))).toEqual([
      'form "test-form" (version 2), page "a", question "c": a single choice needs at least two options',
    ]);
  });

  it("refuses contradicting settings of questions and groups", () => {
    const group = {
      id: "people",
      kind: "group" as const,
      title: label,
      itemName: label,
      minItems: 4,
      maxItems: 3,
      itemTitleFrom: "nobody",
      questions: [yesNo("adult")],
    };
    const problems = problemsOf(
      form([
        {
          id: "a",
          kind: "questions",
          questions: [
            { id: "n", kind: "number", min: 5, max: 1, label },
            { id: "d", kind: "date", earliest: { fromToday: { days: 1 } }, latest: { fromToday: {} }, label },
            { id: "t", kind: "text", pattern: "[a-z", label },
            { id: "u", kind: "text", pattern: "[a-z]+", label },
            { id: "ok", kind: "declaration", optional: true, label },
          ],
        },
        group,
      ]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "a", question "n": min is larger than max',
      'form "test-form" (version 2), page "a", question "d": the earliest date lies after the latest',
      'form "test-form" (version 2), page "a", question "t": the pattern is not a valid regular expression',
      'form "test-form" (version 2), page "a", question "u": a pattern needs its own error text (errors.pattern) saying what is expected',
      'form "test-form" (version 2), page "a", question "ok": a declaration cannot be optional',
      'form "test-form" (version 2), page "people": minItems is larger than maxItems',
      'form "test-form" (version 2), page "people": itemTitleFrom "nobody" is not a question of the group',
    ]);
  });

  it("refuses wrong shapes with the place they are in", () => {
    const problems = problemsOf(
      form([
        {
          id: "a",
          kind: "questions",
          questions: [
            { id: "x", kind: "text", label, fimId: "60000227" },
            { id: "y.z", kind: "yesNo", label },
            { id: "w", kind: "yesNo", label, errors: { pattern: label } } as unknown as QuestionInput,
          ],
        },
        { id: "Bad Page", kind: "questions", questions: [] },
      ]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "a", question "x": fimId: a FIM field id like F60000227',
      'form "test-form" (version 2), page "a", question "y.z": id: a question id: a letter, then letters or digits',
      expect.stringMatching(
        /^form "test-form" \(version 2\), page "a", question "w": errors: Unrecognized key: "pattern"/,
      ),
      'form "test-form" (version 2), page "Bad Page": id: a page id: lower-case words joined by hyphens',
      'form "test-form" (version 2), page "Bad Page": at least one question',
    ]);
  });

  it("refuses a group id that cannot be an answer key", () => {
    const problems = problemsOf(
      form([
        {
          id: "people-moving",
          kind: "group",
          title: label,
          itemName: label,
          maxItems: 2,
          questions: [yesNo("adult")],
        },
      ]),
    );
    expect(problems).toEqual([
      'form "test-form" (version 2), page "people-moving": id: a question id: a letter, then letters or digits',
    ]);
  });
});
