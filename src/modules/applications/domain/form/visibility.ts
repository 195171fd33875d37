import type { Answers, ItemAnswers } from "./answers";
import { holds } from "./condition";
import type { FormDefinition, GroupPage, Page } from "./definition";

/**
 * Which pages are shown, and the answers that count. Pages are walked in order; a page's
 * condition is tested against the answers of the pages shown before it only, so an answer on a
 * page that was left behind (a branch no longer taken) can neither be shown, nor be submitted,
 * nor open another branch.
 */

/** The page with this id, or undefined. */
export function findPage(form: FormDefinition, pageId: string): Page | undefined {
  return form.pages.find((p) => p.id === pageId);
}

/** The pages shown for these answers, in order, with the answers that count. */
function walk(
  form: FormDefinition,
  answers: Answers,
): { pages: Page[]; kept: Record<string, Answers[string]> } {
  const kept: Record<string, Answers[string]> = {};
  const pages: Page[] = [];
  for (const page of form.pages) {
    if (page.when && !holds(page.when, kept)) continue;
    pages.push(page);
    if (page.kind === "group") {
      const items = answers[page.id];
      if (Array.isArray(items)) kept[page.id] = items.map((item) => keepItem(page, item));
      continue;
    }
    for (const q of page.questions) {
      const answer = answers[q.id];
      if (Object.hasOwn(answers, q.id) && answer !== undefined) kept[q.id] = answer;
    }
  }
  return { pages, kept };
}

function keepItem(group: GroupPage, item: unknown): ItemAnswers {
  const source = item && typeof item === "object" && !Array.isArray(item) ? (item as ItemAnswers) : {};
  const kept: Record<string, ItemAnswers[string]> = {};
  for (const q of group.questions) {
    if (Object.hasOwn(source, q.id) && source[q.id] !== undefined)
      kept[q.id] = source[q.id] as ItemAnswers[string];
  }
  return kept;
}

/** The pages shown for these answers, in the form's order. */
export function visiblePages(form: FormDefinition, answers: Answers): Page[] {
  return walk(form, answers).pages;
}

/** True when the page is shown for these answers. */
export function isPageVisible(form: FormDefinition, answers: Answers, pageId: string): boolean {
  return walk(form, answers).pages.some((p) => p.id === pageId);
}

/**
 * The answers without those of pages not shown and without anything the form does not ask:
 * what may be stored, shown and submitted.
 */
export function pruneAnswers(form: FormDefinition, answers: Answers): Answers {
  return walk(form, answers).kept;
}
