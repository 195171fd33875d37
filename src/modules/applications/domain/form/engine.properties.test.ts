import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_FORMS } from "../../forms";
import { answerGroupItem, answerPage, finishGroup, type PageOutcome, removeGroupItem } from "./answer-page";
import type { Answers } from "./answers";
import type { Body } from "./base";
import { checkAnswerRows } from "./check-answers";
import type { FormDefinition } from "./definition";
import { exampleForm } from "./example-form";
import { pageFields } from "./flow";
import type { Question } from "./question";
import { ADDRESS_PARTS } from "./questions/address";
import { DATE_PARTS } from "./questions/date-parts";
import { FILE_KINDS, type FileRef } from "./questions/file-ref";
import { checkStoredAnswers } from "./submission";
import { pruneAnswers, visiblePages } from "./visibility";

/**
 * Random bodies posted to random pages of every form, in random order: the engine never
 * throws, and what it stores is always valid, visible and plain JSON.
 */

const FORMS = [exampleForm, ...ALL_FORMS];
const TODAYS = ["2026-01-01", "2026-02-28", "2026-03-29", "2028-02-29", "2026-12-31"];

function fieldNames(q: Question): string[] {
  const parts = (names: readonly string[]) => names.map((p) => `${q.id}.${p}`);
  switch (q.kind) {
    case "date":
      return parts(DATE_PARTS);
    case "address":
      return parts(ADDRESS_PARTS);
    case "person":
      return parts([
        "familyName",
        "givenNames",
        "birthName",
        "doctoralDegree",
        ...DATE_PARTS.map((p) => `dateOfBirth.${p}`),
      ]);
    default:
      return [q.id];
  }
}

/** Values a resident might type into a field: `good` ones, and `bad` ones now and then. */
function likely(q: Question, name: string): { good: string[]; bad: string[] } {
  const part = name.slice(q.id.length + 1);
  if (part.endsWith("day")) return { good: ["1", "15", "28"], bad: ["31", "0"] };
  if (part.endsWith("month")) return { good: ["1", "6", "12"], bad: ["13"] };
  if (part.endsWith("year")) return { good: ["1980", "2001", "2026"], bad: ["2027", "2062", "80"] };
  const byPart: Record<string, { good: string[]; bad: string[] }> = {
    street: { good: ["Markt", "Ketzerbach"], bad: [""] },
    houseNumber: { good: ["12a", "1"], bad: ["eins"] },
    postalCode: { good: ["35037", "350 37"], bad: ["3503"] },
    city: { good: ["Marburg"], bad: [""] },
    addition: { good: ["", "Hinterhaus"], bad: ["a\u0000b"] },
    familyName: { good: ["Muster"], bad: [""] },
    givenNames: { good: ["Erika", "Max Otto"], bad: ["x".repeat(101)] },
    birthName: { good: ["", "Beispiel"], bad: [] },
    doctoralDegree: { good: ["", "Dr."], bad: [] },
  };
  if (part) return byPart[part] ?? { good: [""], bad: [] };
  switch (q.kind) {
    case "choice":
      return { good: q.options.map((o) => o.value), bad: ["none-of-them"] };
    case "yesNo":
      return { good: ["yes", "no"], bad: ["maybe"] };
    case "declaration":
      return { good: ["yes"], bad: [""] };
    case "number":
      return { good: ["0", "3"], bad: ["2,5", "-1", "1200000"] };
    default:
      return { good: ["Erika Muster", "HRB 1234", "MR-AB 123", "Reparatur\nvon Rädern"], bad: [""] };
  }
}

function bodyOf(form: FormDefinition): fc.Arbitrary<Body> {
  const fields = form.pages.flatMap((p) =>
    p.questions.flatMap((q) => fieldNames(q).map((name) => ({ q, name }))),
  );
  const names = [...new Set(fields.map((f) => f.name)), "x", "constructor"];
  const word = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constant("a\u0000b"),
  );
  const random = fc.dictionary(fc.constantFrom(...names), fc.oneof(word, fc.array(word, { maxLength: 3 })), {
    maxKeys: names.length,
  });
  // a body of likely values for every field of the form, now and then one left out
  const likelyBody = fc.record(
    Object.fromEntries(
      fields.map(({ q, name }) => {
        const { good, bad } = likely(q, name);
        const choices: fc.WeightedArbitrary<string | string[] | undefined>[] = [
          { arbitrary: fc.constantFrom(...good), weight: 40 },
          { arbitrary: fc.constant(undefined), weight: 1 },
        ];
        if (bad.length > 0) choices.push({ arbitrary: fc.constantFrom(...bad), weight: 1 });
        if (q.kind === "choice" && q.multiple) choices.push({ arbitrary: fc.subarray(good), weight: 4 });
        return [name, fc.oneof(...choices)];
      }),
    ),
  );
  return fc.oneof({ arbitrary: likelyBody, weight: 3 }, { arbitrary: random, weight: 1 });
}

const fileRef: fc.Arbitrary<FileRef> = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
  // a name is shown in error messages; one that looks like a placeholder ("{0}") would pass for
  // an unfilled one in the check below, so the random names leave that shape out
  name: fc.oneof(
    fc.constantFrom("vollmacht.pdf", "scan.png"),
    fc.string({ minLength: 1, maxLength: 20 }).filter((name) => !/\{\w+\}/.test(name)),
  ),
  size: fc.oneof(fc.nat(20_000_000), fc.constantFrom(0, 1_000_000, 10_000_000)),
  kind: fc.constantFrom(...FILE_KINDS),
});

/**
 * One step of a resident (or of someone posting by hand): a page and an item, mostly among
 * those that exist for the answers so far (`aimed`), else any at all.
 */
interface Op {
  op: "page" | "item" | "remove" | "finish";
  aimed: boolean;
  page: number;
  index: number;
  body: Body;
  files: FileRef[];
}

function opOf(form: FormDefinition): fc.Arbitrary<Op> {
  return fc.record({
    op: fc.constantFrom("page", "page", "item", "item", "remove", "finish"),
    aimed: fc.oneof(
      { arbitrary: fc.constant(true), weight: 4 },
      { arbitrary: fc.constant(false), weight: 1 },
    ),
    page: fc.nat(100),
    index: fc.integer({ min: -1, max: 4 }),
    body: bodyOf(form),
    files: fc.array(fileRef, { maxLength: 3 }),
  });
}

function apply(
  form: FormDefinition,
  answers: Answers,
  op: Op,
  today: string,
): { pageId: string; outcome: PageOutcome } {
  const pages = op.aimed ? visiblePages(form, answers) : form.pages;
  const page = pages[op.page % pages.length];
  if (!page) throw new Error("no page");
  const files = Object.fromEntries(
    page.questions.filter((q) => q.kind === "file").map((q) => [q.id, op.files]),
  );
  const context = { locale: op.index % 2 === 0 ? ("de" as const) : ("en" as const), today, files };
  const at = (outcome: PageOutcome) => ({ pageId: page.id, outcome });
  if (page.kind === "questions") return at(answerPage(form, answers, page.id, op.body, context));
  const count = Array.isArray(answers[page.id]) ? (answers[page.id] as unknown[]).length : 0;
  const index = op.aimed ? Math.abs(op.index) % (count + 1) : op.index;
  if (op.op === "remove") return at(removeGroupItem(form, answers, page.id, index));
  if (op.op === "finish") return at(finishGroup(form, answers, page.id, context.locale));
  return at(answerGroupItem(form, answers, page.id, index, op.body, context));
}

function expectSound(form: FormDefinition, answers: Answers, today: string) {
  expect(checkStoredAnswers(form, answers, today)).toEqual({ ok: true, answers });
  expect(pruneAnswers(form, answers)).toEqual(answers);
  expect(JSON.parse(JSON.stringify(answers))).toEqual(answers);
  const shown = new Set(visiblePages(form, answers).map((p) => p.id));
  for (const row of checkAnswerRows(form, answers, "de")) expect(shown.has(row.pageId)).toBe(true);
}

describe.each(FORMS.map((f) => [f.serviceKey, f] as const))("the engine on %s", (_, form) => {
  it("never throws and never stores an invalid, hidden or non-JSON answer", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TODAYS),
        fc.array(opOf(form), { minLength: 10, maxLength: 60 }),
        (today, ops) => {
          let answers: Answers = {};
          for (const op of ops) {
            const { outcome } = apply(form, answers, op, today);
            if (outcome.kind === "saved") {
              answers = outcome.answers;
              expectSound(form, answers, today);
            } else if (outcome.kind === "invalid") {
              expect(outcome.errors.length).toBeGreaterThan(0);
              for (const error of outcome.errors) expect(error.message).not.toMatch(/\{\w+\}/);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("reads a page's own filled inputs back into the same answers", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TODAYS),
        fc.array(opOf(form), { minLength: 10, maxLength: 60 }),
        (today, ops) => {
          let answers: Answers = {};
          for (const op of ops) {
            const { pageId, outcome } = apply(form, answers, op, today);
            if (outcome.kind !== "saved") continue;
            answers = outcome.answers;
            const page = form.pages.find((p) => p.id === pageId);
            if (page?.kind !== "questions") continue;
            const files = Object.fromEntries(
              page.questions
                .filter((q) => q.kind === "file")
                .map((q) => [q.id, (answers[q.id] as FileRef[] | null) ?? []]),
            );
            const again = answerPage(form, answers, page.id, pageFields(form, answers, page.id), {
              locale: "de",
              today,
              files,
            });
            expect(again).toEqual({ kind: "saved", answers });
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
