import { describe, expect, it } from "vitest";
import { answerPage } from "./answer-page";
import type { Answers } from "./answers";
import { checkAnswerRows } from "./check-answers";
import { type Condition, holds, when } from "./condition";
import { exampleForm as form } from "./example-form";
import { firstUnansweredPage, isPageAnswered, nextPage, previousPage } from "./flow";
import { validateSubmission } from "./submission";
import { isPageVisible, pruneAnswers, visiblePages } from "./visibility";

const ctx = { locale: "de" as const, today: "2026-03-10" };
const ids = (answers: Answers) => visiblePages(form, answers).map((p) => p.id);

/** Posts a page and returns the saved answers (fails the test when the page is refused). */
function post(answers: Answers, pageId: string, body: Record<string, string | string[]>): Answers {
  const outcome = answerPage(form, answers, pageId, body, ctx);
  if (outcome.kind !== "saved") throw new Error(`${pageId}: ${JSON.stringify(outcome)}`);
  return outcome.answers;
}

describe("conditions", () => {
  const answers = { colour: "red", colours: ["red", "blue"], married: true, single: false };
  const cases: [Condition, boolean][] = [
    [when.equals("colour", "red"), true],
    [when.equals("colour", "blue"), false],
    [when.equals("colours", "blue"), true],
    [when.equals("missing", "red"), false],
    [when.oneOf("colour", ["blue", "red"]), true],
    [when.oneOf("colours", ["green"]), false],
    [when.yes("married"), true],
    [when.no("married"), false],
    [when.no("single"), true],
    [when.yes("missing"), false],
    [when.no("missing"), false],
    [when.all(when.yes("married"), when.equals("colour", "red")), true],
    [when.all(when.yes("married"), when.equals("colour", "blue")), false],
    [when.any(when.no("married"), when.equals("colour", "red")), true],
    [when.any(when.no("married"), when.yes("single")), false],
    [when.not(when.yes("missing")), true],
    [when.not(when.all(when.yes("married"), when.not(when.no("single")))), true],
  ];
  it.each(cases)("%j is %s", (condition, expected) => {
    expect(holds(condition, answers)).toBe(expected);
  });
});

describe("visible pages", () => {
  it("shows each branch only when its condition holds on earlier answers", () => {
    expect(ids({})).toEqual([
      "name",
      "has-pet",
      "interests",
      "music",
      "children",
      "home",
      "preferred",
      "proof",
      "confirm",
    ]);
    expect(ids({ hasPet: true })).toEqual([
      "name",
      "has-pet",
      "pet-kind",
      "interests",
      "children",
      "home",
      "preferred",
      "proof",
      "confirm",
    ]);
    expect(ids({ hasPet: true, petKind: "other" })).toContain("pet-other");
    expect(ids({ hasPet: true, petKind: "dog" })).toEqual(expect.arrayContaining(["dogs"]));
    expect(ids({ hasPet: true, petKind: "dog" })).not.toContain("pet-other");
    expect(ids({ hasPet: false })).toEqual(expect.arrayContaining(["no-pet", "music"]));
    expect(ids({ hasPet: true, interests: ["music"] })).toContain("music");
  });

  it("never lets an answer of a page not shown open another page", () => {
    // petKind is left over from a branch the resident left: it must not show "dogs"
    expect(ids({ hasPet: false, petKind: "dog" })).not.toContain("dogs");
    expect(pruneAnswers(form, { hasPet: false, petKind: "dog", dogCount: 2 })).toEqual({ hasPet: false });
    expect(isPageVisible(form, { hasPet: false, petKind: "dog" }, "dogs")).toBe(false);
  });

  it("drops keys the form does not know", () => {
    expect(pruneAnswers(form, { fullName: "A", surprise: 1, children: [{ child: null, extra: 1 }] })).toEqual(
      {
        fullName: "A",
        children: [{ child: null }],
      },
    );
  });
});

describe("the forgotten branch", () => {
  it("takes a branch, answers it, leaves it: its answers are gone from answers, rows and submission", () => {
    let answers: Answers = post({}, "name", { fullName: "Erika Muster" });
    answers = post(answers, "has-pet", { hasPet: "yes" });
    answers = post(answers, "pet-kind", { petKind: "dog" });
    answers = post(answers, "dogs", { dogCount: "2" });
    expect(answers).toMatchObject({ petKind: "dog", dogCount: 2 });

    answers = post(answers, "has-pet", { hasPet: "no" });
    expect(answers).toEqual({ fullName: "Erika Muster", hasPet: false });
    const rows = checkAnswerRows(form, answers, "de").map((r) => r.questionId);
    expect(rows).not.toContain("petKind");
    expect(rows).not.toContain("dogCount");
    expect(rows).toContain("plate");

    // taking the branch again starts it empty: nothing comes back
    answers = post(answers, "has-pet", { hasPet: "yes" });
    expect(answers).toEqual({ fullName: "Erika Muster", hasPet: true });
    expect(firstUnansweredPage(form, answers)).toBe("pet-kind");
  });

  it("refuses a submission that still holds a left branch's answers", () => {
    const complete = {
      fullName: "Erika Muster",
      hasPet: false,
      plate: "MR-AB 123",
      interests: null,
      musicNote: null,
      children: [],
      home: { street: "Markt", houseNumber: "1", postalCode: "35037", city: "Marburg" },
      since: "2020-01-01",
      preferredDay: "2026-03-12",
      proof: null,
      confirm: true,
    };
    expect(validateSubmission(form, complete, ctx.today)).toEqual({ ok: true, answers: complete });
    expect(validateSubmission(form, { ...complete, petKind: "dog", dogCount: 2 }, ctx.today)).toEqual({
      ok: false,
      problems: [
        { pageId: "pet-kind", questionId: "petKind", code: "unexpected" },
        { pageId: "dogs", questionId: "dogCount", code: "unexpected" },
      ],
    });
  });

  it("refuses a page that is not shown and changes nothing", () => {
    expect(answerPage(form, { hasPet: false }, "dogs", { dogCount: "2" }, ctx)).toEqual({
      kind: "not-visible",
    });
  });
});

describe("where to go", () => {
  it("goes to the next page shown, skipping branches not taken", () => {
    expect(nextPage(form, {}, "name")).toBe("has-pet");
    expect(nextPage(form, { hasPet: true }, "has-pet")).toBe("pet-kind");
    expect(nextPage(form, { hasPet: true, petKind: "cat" }, "pet-kind")).toBe("interests");
    expect(nextPage(form, { hasPet: true, petKind: "cat", interests: null }, "interests")).toBe("children");
    expect(nextPage(form, { hasPet: false }, "has-pet")).toBe("no-pet");
    expect(nextPage(form, {}, "confirm")).toBeUndefined();
  });

  it("goes back to the page shown before", () => {
    expect(previousPage(form, { hasPet: true, petKind: "dog" }, "interests")).toBe("dogs");
    expect(previousPage(form, { hasPet: false }, "interests")).toBe("no-pet");
    expect(previousPage(form, {}, "name")).toBeUndefined();
  });

  it("resumes at the first page shown that waits for an answer", () => {
    expect(firstUnansweredPage(form, {})).toBe("name");
    expect(firstUnansweredPage(form, { fullName: "A", hasPet: true })).toBe("pet-kind");
    expect(
      firstUnansweredPage(form, {
        fullName: "A",
        hasPet: false,
        plate: "MR-A 1",
        interests: null,
        musicNote: null,
      }),
    ).toBe("children");
  });

  it("counts an optional question left blank (null) as answered", () => {
    const page = form.pages.find((p) => p.id === "interests");
    if (!page) throw new Error("no page");
    expect(isPageAnswered(page, { interests: null })).toBe(true);
    expect(isPageAnswered(page, {})).toBe(false);
  });
});
