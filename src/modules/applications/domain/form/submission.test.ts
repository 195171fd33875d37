import { describe, expect, it } from "vitest";
import { exampleForm as form } from "./example-form";
import { checkStoredAnswers, isComplete, submissionSchema, validateSubmission } from "./submission";

const TODAY = "2026-03-10";
const complete = {
  fullName: "Erika Muster",
  hasPet: true,
  petKind: "dog",
  dogCount: 2,
  interests: ["music"],
  musicNote: "Klavier\nund Gesang",
  children: [
    { child: { familyName: "Muster", givenNames: "Anna", dateOfBirth: "2015-06-01" }, atSchool: true },
  ],
  home: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
  since: "2020-01-01",
  preferredDay: "2026-03-11",
  proof: [{ id: "f1", name: "a.pdf", size: 10, kind: "pdf" }],
  confirm: true,
};

describe("validateSubmission", () => {
  it("accepts a complete submission", () => {
    expect(validateSubmission(form, complete, TODAY)).toEqual({ ok: true, answers: complete });
    expect(isComplete(form, complete, TODAY)).toBe(true);
  });

  it("is not complete while an answer is missing, nor once a relative bound has passed", () => {
    const { confirm: _, ...draft } = complete;
    expect(isComplete(form, draft, TODAY)).toBe(false);
    // the preferred day must lie 1 to 30 days ahead: a month later it no longer does
    expect(isComplete(form, complete, "2026-04-10")).toBe(false);
  });

  it("names every missing answer of a page shown", () => {
    const { dogCount: _, confirm: __, ...rest } = complete;
    expect(validateSubmission(form, rest, TODAY)).toEqual({
      ok: false,
      problems: [
        { pageId: "dogs", questionId: "dogCount", code: "missing" },
        { pageId: "confirm", questionId: "confirm", code: "missing" },
      ],
    });
  });

  it("refuses invalid answers with their codes, also inside items", () => {
    const wrong = {
      ...complete,
      dogCount: 9,
      home: { ...complete.home, postalCode: "3503" },
      preferredDay: "2026-03-10",
      children: [
        { child: { familyName: "Muster", givenNames: "Anna", dateOfBirth: "2030-01-01" }, atSchool: "ja" },
      ],
      confirm: false,
    };
    expect(validateSubmission(form, wrong, TODAY)).toEqual({
      ok: false,
      problems: [
        { pageId: "dogs", questionId: "dogCount", code: "tooLarge" },
        { pageId: "children", questionId: "child", item: 0, code: "dateOfBirthInFuture" },
        { pageId: "children", questionId: "atSchool", item: 0, code: "required" },
        { pageId: "home", questionId: "home", code: "postalCodeInvalid" },
        { pageId: "preferred", questionId: "preferredDay", code: "tooEarly" },
        { pageId: "confirm", questionId: "confirm", code: "required" },
      ],
    });
  });

  it("refuses keys the form does not know, in answers and in items, and null for a required question", () => {
    const extra = {
      ...complete,
      fullName: null,
      admin: true,
      children: [{ ...complete.children[0], shoeSize: 30 }],
    };
    expect(validateSubmission(form, extra, TODAY)).toEqual({
      ok: false,
      problems: [
        { pageId: "", questionId: "admin", code: "unexpected" },
        { pageId: "name", questionId: "fullName", code: "missing" },
        { pageId: "children", questionId: "shoeSize", item: 0, code: "unexpected" },
      ],
    });
  });

  it("refuses what is not an object", () => {
    for (const data of [null, [], "x", 1]) {
      expect(validateSubmission(form, data, TODAY)).toEqual({
        ok: false,
        problems: [{ pageId: "", questionId: "", code: "notAnObject" }],
      });
    }
  });

  it("lets a draft miss answers, but not hold invalid or hidden ones", () => {
    expect(checkStoredAnswers(form, { fullName: "A", hasPet: false }, TODAY)).toEqual({
      ok: true,
      answers: { fullName: "A", hasPet: false },
    });
    expect(checkStoredAnswers(form, { fullName: "", hasPet: false, dogCount: 1 }, TODAY)).toEqual({
      ok: false,
      problems: [
        { pageId: "dogs", questionId: "dogCount", code: "unexpected" },
        { pageId: "name", questionId: "fullName", code: "required" },
      ],
    });
  });
});

describe("submissionSchema", () => {
  it("is the shape: strict, required where a page is always shown, nullable where optional", () => {
    const schema = submissionSchema(form, TODAY);
    expect(schema.safeParse(complete).success).toBe(true);
    expect(schema.safeParse({ ...complete, interests: null, musicNote: null, proof: null }).success).toBe(
      true,
    );
    expect(schema.safeParse({ ...complete, fullName: null }).success).toBe(false);
    expect(schema.safeParse({ ...complete, extra: 1 }).success).toBe(false);
    const { confirm: _, ...noConfirm } = complete;
    expect(schema.safeParse(noConfirm).success).toBe(false);
    const { dogCount: __, ...noDogs } = complete;
    expect(schema.safeParse(noDogs).success).toBe(true);
  });
});
