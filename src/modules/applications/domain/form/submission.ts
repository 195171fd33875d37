import { z } from "zod";
import type { Answers, ItemAnswers } from "./answers";
import type { FormDefinition, Page } from "./definition";
import { checkValue } from "./parse";
import { kindOf, type Question } from "./question";
import { pruneAnswers, visiblePages } from "./visibility";

/**
 * A whole submission checked against its form: the only truth before a case is filed. Every
 * question on a page shown must have a valid answer; nothing else may be there (no answer of
 * a page not shown, no key the form does not know).
 */
export interface SubmissionProblem {
  /** the page of the question, or "" for a key that belongs to no page */
  pageId: string;
  questionId: string;
  /** the item of a repeating group */
  item?: number;
  /**
   * `missing` (no answer where one is needed), `unexpected` (an answer that must not be there),
   * `notAnObject`, `tooFewItems`, `tooManyItems`, or the code of an invalid answer (`tooLong` …)
   */
  code: string;
}

export type SubmissionCheck = { ok: true; answers: Answers } | { ok: false; problems: SubmissionProblem[] };

/**
 * Checks a complete submission (`data` as read from storage or sent by a client), with
 * date bounds relative to `today`. On success, `answers` are the data as typed answers.
 */
export function validateSubmission(form: FormDefinition, data: unknown, today: string): SubmissionCheck {
  return reviewAnswers(form, data, today, true);
}

/**
 * Checks stored answers of a form not yet finished (a draft): what is there must be valid and
 * visible; what is missing is not a problem.
 */
export function checkStoredAnswers(form: FormDefinition, data: unknown, today: string): SubmissionCheck {
  return reviewAnswers(form, data, today, false);
}

/** True when the answers are a complete, valid submission: the form is ready to be filed. */
export function isComplete(form: FormDefinition, answers: Answers, today: string): boolean {
  return validateSubmission(form, answers, today).ok;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function reviewAnswers(
  form: FormDefinition,
  data: unknown,
  today: string,
  complete: boolean,
): SubmissionCheck {
  if (!isRecord(data)) return { ok: false, problems: [{ pageId: "", questionId: "", code: "notAnObject" }] };
  const answers = data as Answers;
  const kept = pruneAnswers(form, answers);
  const problems: SubmissionProblem[] = [];
  const pageOf = (id: string) => form.pages.find((p) => p.id === id || p.questions.some((q) => q.id === id));

  for (const key of Object.keys(data).filter((k) => !Object.hasOwn(kept, k))) {
    problems.push({ pageId: pageOf(key)?.id ?? "", questionId: key, code: "unexpected" });
  }
  for (const page of visiblePages(form, kept)) {
    if (page.kind === "questions") {
      for (const q of page.questions) problems.push(...answerProblems(q, kept[q.id], today, complete, page));
      continue;
    }
    const items = kept[page.id] as readonly ItemAnswers[] | undefined;
    const raw = data[page.id] as readonly unknown[] | undefined;
    if (items === undefined) {
      if (complete) problems.push({ pageId: page.id, questionId: page.id, code: "missing" });
      continue;
    }
    if (complete && items.length < page.minItems) {
      problems.push({ pageId: page.id, questionId: page.id, code: "tooFewItems" });
    }
    if (items.length > page.maxItems)
      problems.push({ pageId: page.id, questionId: page.id, code: "tooManyItems" });
    items.forEach((item, index) => {
      const original = raw?.[index];
      const extra = isRecord(original) ? Object.keys(original).filter((k) => !Object.hasOwn(item, k)) : [];
      if (!isRecord(original))
        problems.push({ pageId: page.id, questionId: page.id, item: index, code: "notAnObject" });
      for (const key of extra)
        problems.push({ pageId: page.id, questionId: key, item: index, code: "unexpected" });
      for (const q of page.questions) {
        // an item is stored whole, so a missing answer in it is a problem even in a draft
        const found = answerProblems(q, item[q.id], today, true, page);
        problems.push(...found.map((p) => ({ ...p, item: index })));
      }
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: kept };
}

function answerProblems(
  q: Question,
  value: unknown,
  today: string,
  complete: boolean,
  page: Page,
): SubmissionProblem[] {
  const at = { pageId: page.id, questionId: q.id };
  if (value === undefined) return complete ? [{ ...at, code: "missing" }] : [];
  if (value === null) return q.optional ? [] : [{ ...at, code: "missing" }];
  const checked = checkValue(q, value, "en", today);
  return checked.ok ? [] : checked.problems.slice(0, 1).map((p) => ({ ...at, code: p.code }));
}

/**
 * The zod schema of a submission's shape: every question the form has, the value each may
 * take, strict objects throughout. Keys of pages that are always shown are required (an
 * optional question then holds `null`). With `today`, bounds relative to today are included;
 * which conditional pages must be present is added by `submissionJsonSchema`.
 */
export function submissionSchema(form: FormDefinition, today?: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const page of form.pages) {
    const entry = (schema: z.ZodType) => (page.when ? schema.optional() : schema);
    if (page.kind === "questions") {
      for (const q of page.questions) shape[q.id] = entry(valueSchema(q, today));
      continue;
    }
    const item = z.strictObject(Object.fromEntries(page.questions.map((q) => [q.id, valueSchema(q, today)])));
    shape[page.id] = entry(z.array(item).min(page.minItems).max(page.maxItems));
  }
  return z.strictObject(shape);
}

function valueSchema(q: Question, today: string | undefined): z.ZodType {
  const schema = kindOf(q).schema(q, today);
  return q.optional ? schema.nullable() : schema;
}
