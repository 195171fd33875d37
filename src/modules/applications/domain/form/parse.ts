import type { Locale } from "../../../../domain/locale";
import type { Body } from "./base";
import type { Problem, ReadContext } from "./kind";
import { errorMessage } from "./messages";
import { kindOf, type Question, type QuestionValue } from "./question";

/** A mistake in a posted page, ready for the error summary and the inline message. */
export interface FieldError {
  /** the question it belongs to */
  question: string;
  /** the input to link to and mark: `<question>` or `<question>.<part>` */
  field: string;
  code: string;
  /** the message in the requested language */
  message: string;
}

export interface ParseContext extends ReadContext {
  locale: Locale;
}

export type ParsedQuestions =
  | { ok: true; values: Record<string, QuestionValue | null> }
  | { ok: false; errors: FieldError[] };

/**
 * Reads and checks the questions of one page (or of one item of a repeating group) from a
 * posted body. Every value in the body is a string or a list of strings, whatever they hold;
 * the result is either every answer, typed and valid, or the errors, one per input, in the
 * order of the questions.
 */
export function parseQuestions(
  questions: readonly Question[],
  body: Body,
  context: ParseContext,
): ParsedQuestions {
  const values: Record<string, QuestionValue | null> = {};
  const errors: FieldError[] = [];
  for (const question of questions) {
    const result = parseQuestion(question, body, context);
    if (result.ok) values[question.id] = result.value;
    else errors.push(...result.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

type ParsedQuestion = { ok: true; value: QuestionValue | null } | { ok: false; errors: FieldError[] };

function parseQuestion(question: Question, body: Body, context: ParseContext): ParsedQuestion {
  const kind = kindOf(question);
  const read = kind.read(question, body, context);
  if (read.blank && question.optional) return { ok: true, value: null };
  if ("problems" in read) {
    const { locale, today } = context;
    const problems = read.problems.map((p) => ({
      ...p,
      params: p.params ?? kind.params?.(question, { locale, today, candidate: undefined, path: [] }),
    }));
    return { ok: false, errors: fieldErrors(question, problems, locale) };
  }
  const candidate = read.blank ? kind.empty?.() : read.candidate;
  const checked = checkValue(question, candidate, context.locale, context.today);
  return checked.ok
    ? checked
    : { ok: false, errors: fieldErrors(question, checked.problems, context.locale) };
}

/**
 * Checks a candidate answer against its question's schema (the one truth about a stored
 * answer); each problem carries its part and the values of its message's placeholders.
 */
export function checkValue(
  question: Question,
  candidate: unknown,
  locale: Locale,
  today: string | undefined,
): { ok: true; value: QuestionValue } | { ok: false; problems: Problem[] } {
  const kind = kindOf(question);
  const result = kind.schema(question, today).safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => ({
    code: issue.message,
    part: kind.part ? kind.part(question, issue.path) : issue.path.join("."),
    params: kind.params?.(question, { locale, today, candidate, path: issue.path }) ?? {},
  }));
  return { ok: false, problems };
}

/** One error per input, the first found, with its message in the locale. */
export function fieldErrors(question: Question, problems: readonly Problem[], locale: Locale): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const problem of problems) {
    const field = problem.part ? `${question.id}.${problem.part}` : question.id;
    if (seen.has(field)) continue;
    seen.add(field);
    const params = { ...problem.params };
    const message = errorMessage(question.kind, problem.code, locale, params, question.errors);
    errors.push({ question: question.id, field, code: problem.code, message });
  }
  return errors;
}
