import type { z } from "zod";
import { testsOf } from "./condition";
import { FormDefinition, type FormDefinitionInput, type Page } from "./definition";
import type { Question } from "./question";
import { boundDate } from "./questions/date";
import { anchoredPattern } from "./questions/text";

/** A form definition that cannot work; `problems` name form, page and question of each. */
export class FormDefinitionError extends Error {
  override readonly name = "FormDefinitionError";
  constructor(readonly problems: readonly string[]) {
    super(`The form definition is wrong:\n- ${problems.join("\n- ")}`);
  }
}

/**
 * Checks a form definition and returns it with its defaults applied. Meant to run when the
 * definition module is loaded, so a wrong form stops the application at start.
 * @throws FormDefinitionError naming form, page and question of every problem found
 * @example export const meldebescheinigung = defineForm({ serviceKey: "meldebescheinigung", version: 1, … });
 */
export function defineForm(input: FormDefinitionInput): FormDefinition {
  const parsed = FormDefinition.safeParse(input);
  if (!parsed.success) throw new FormDefinitionError(shapeProblems(input, parsed.error));
  const problems = crossProblems(parsed.data);
  if (problems.length > 0) throw new FormDefinitionError(problems);
  return parsed.data;
}

type Where = { page?: string; question?: string };

function place(form: { serviceKey?: unknown; version?: unknown }, where: Where): string {
  const name = typeof form.serviceKey === "string" ? form.serviceKey : "?";
  const version = typeof form.version === "number" ? ` (version ${form.version})` : "";
  return [
    `form "${name}"${version}`,
    where.page !== undefined ? `page "${where.page}"` : undefined,
    where.question !== undefined ? `question "${where.question}"` : undefined,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The schema's complaints, each placed at the page and question the path leads into. */
function shapeProblems(input: unknown, error: z.ZodError): string[] {
  const form = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  return error.issues.map((issue) => {
    const where: Where = {};
    const rest: PropertyKey[] = [];
    let node: unknown = form;
    issue.path.forEach((key, i) => {
      node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
      const parent = issue.path[i - 1];
      if (parent === "pages" && typeof key === "number") where.page = String(id ?? `#${key + 1}`);
      else if (parent === "questions" && typeof key === "number")
        where.question = String(id ?? `#${key + 1}`);
      else if (key !== "pages" && key !== "questions") rest.push(key);
    });
    const at = rest.length > 0 ? `${rest.join(".")}: ` : "";
    return `${place(form, where)}: ${at}${issue.message}`;
  });
}

/** What the schema cannot see: ids, references between pages, and settings that contradict. */
function crossProblems(form: FormDefinition): string[] {
  const problems: string[] = [];
  const report = (where: Where, text: string) => problems.push(`${place(form, where)}: ${text}`);

  const pageIds = new Set<string>();
  const owner = new Map<string, { page: Page; index: number; inGroup: boolean; question: Question }>();
  const ids = new Set(form.pages.filter((p) => p.kind === "group").map((p) => p.id));
  form.pages.forEach((page, index) => {
    if (pageIds.has(page.id)) report({ page: page.id }, "another page has the same id");
    pageIds.add(page.id);
    for (const question of page.questions) {
      if (ids.has(question.id) || owner.has(question.id)) {
        report({ page: page.id, question: question.id }, "the id is used twice (ids are answer keys)");
      }
      owner.set(question.id, { page, index, inGroup: page.kind === "group", question });
      ids.add(question.id);
      for (const text of questionProblems(question)) report({ page: page.id, question: question.id }, text);
    }
    if (page.kind === "group") {
      if (page.minItems > page.maxItems) report({ page: page.id }, "minItems is larger than maxItems");
      if (page.itemTitleFrom && !page.questions.some((q) => q.id === page.itemTitleFrom)) {
        report({ page: page.id }, `itemTitleFrom "${page.itemTitleFrom}" is not a question of the group`);
      }
    }
  });

  form.pages.forEach((page, index) => {
    for (const test of page.when ? testsOf(page.when) : []) {
      const target = owner.get(test.question);
      const say = (text: string) => report({ page: page.id }, `the condition on "${test.question}" ${text}`);
      if (!target) say("refers to a question the form does not have");
      else if (target.inGroup) say(`refers to a question inside the repeating group "${target.page.id}"`);
      else if (target.index >= index) say("refers to a question that is not on an earlier page");
      else if (test.test === "yesNo" && target.question.kind !== "yesNo")
        say("tests yes or no on a question that is not a yes/no question");
      else if (test.test === "choice" && target.question.kind !== "choice")
        say("tests an option on a question that is not a choice");
      else if (target.question.kind === "choice") {
        const offered = new Set(target.question.options.map((o) => o.value));
        for (const value of test.values.filter((v) => !offered.has(v)))
          say(`tests "${value}", which is not one of its options`);
      }
    }
  });
  return problems;
}

function questionProblems(q: Question): string[] {
  switch (q.kind) {
    case "text": {
      if (q.pattern === undefined) return [];
      try {
        anchoredPattern(q.pattern);
      } catch {
        return ["the pattern is not a valid regular expression"];
      }
      return q.errors?.pattern
        ? []
        : ["a pattern needs its own error text (errors.pattern) saying what is expected"];
    }
    case "number":
      return q.min !== undefined && q.max !== undefined && q.min > q.max ? ["min is larger than max"] : [];
    case "date": {
      // relative bounds are compared on one day; a contradiction shows on any day
      const reference = "2000-01-01";
      const early = q.earliest && boundDate(q.earliest, reference);
      const late = q.latest && boundDate(q.latest, reference);
      return early && late && early > late ? ["the earliest date lies after the latest"] : [];
    }
    case "choice": {
      const values = q.options.map((o) => o.value);
      const problems = values.length === new Set(values).size ? [] : ["two options have the same value"];
      if (!q.multiple && values.length < 2) problems.push("a single choice needs at least two options");
      return problems;
    }
    case "declaration":
      return q.optional ? ["a declaration cannot be optional"] : [];
    default:
      return [];
  }
}
