import type { Locale } from "../../../../domain/locale";
import { groupPage, itemsOf } from "./answer-page";
import type { Answers, ItemAnswers } from "./answers";
import type { FormDefinition, GroupPage, Page } from "./definition";
import { kindOf, type Question, type QuestionValue } from "./question";
import { findPage, pruneAnswers, visiblePages } from "./visibility";

/**
 * Where the resident goes: after a page, the next page shown for the answers; when resuming,
 * the first page shown that still waits for answers. When there is none, the form is ready
 * for "check your answers" (and `validateSubmission` has the last word).
 */

/** True when the answers hold every question of the page (`null` for an optional one left blank). */
export function isPageAnswered(page: Page, answers: Answers): boolean {
  if (page.kind === "group") {
    const items = answers[page.id];
    return Array.isArray(items) && items.length >= page.minItems;
  }
  return page.questions.every((q) => answers[q.id] !== undefined);
}

/** The id of the first page shown that is not answered yet, or undefined when all are. */
export function firstUnansweredPage(form: FormDefinition, answers: Answers): string | undefined {
  const kept = pruneAnswers(form, answers);
  return visiblePages(form, kept).find((p) => !isPageAnswered(p, kept))?.id;
}

/** The id of the page shown after this one for these answers, or undefined after the last. */
export function nextPage(form: FormDefinition, answers: Answers, pageId: string): string | undefined {
  const order = form.pages.findIndex((p) => p.id === pageId);
  const shown = visiblePages(form, answers);
  return shown.find((p) => form.pages.indexOf(p) > order)?.id;
}

/** The id of the page shown before this one (for the back link), or undefined on the first. */
export function previousPage(form: FormDefinition, answers: Answers, pageId: string): string | undefined {
  const order = form.pages.findIndex((p) => p.id === pageId);
  if (order < 0) return undefined;
  const shown = visiblePages(form, answers);
  return shown.filter((p) => form.pages.indexOf(p) < order).at(-1)?.id;
}

/** A group's list page: its items with their names, and whether another may be added. */
export interface GroupSummary {
  group: GroupPage;
  items: { index: number; label: string }[];
  canAdd: boolean;
  /** how many more items are needed before the list may be finished */
  missing: number;
}

/**
 * The list page of a repeating group. An item is named by the answer of `itemTitleFrom`, or
 * "Person 2" from `itemName` and its position.
 * @throws FormUsageError when the form has no group of that id
 */
export function groupSummary(
  form: FormDefinition,
  answers: Answers,
  groupId: string,
  locale: Locale,
): GroupSummary {
  const group = groupPage(form, groupId);
  const items = itemsOf(form, answers, groupId);
  return {
    group,
    items: items.map((item, index) => ({ index, label: itemLabel(group, item, index, locale) })),
    canAdd: items.length < group.maxItems,
    missing: Math.max(0, group.minItems - items.length),
  };
}

/** How an item is named in lists and in "check your answers". */
export function itemLabel(group: GroupPage, item: ItemAnswers, index: number, locale: Locale): string {
  const titled = group.questions.find((q) => q.id === group.itemTitleFrom);
  const value = titled ? item[titled.id] : undefined;
  if (titled && value !== undefined && value !== null) {
    if (titled.kind === "person" && typeof value === "object" && "familyName" in value) {
      return `${value.givenNames} ${value.familyName}`;
    }
    return kindOf(titled).display(titled, value, locale);
  }
  return `${group.itemName[locale]} ${index + 1}`;
}

/**
 * The page's inputs filled from the stored answers (of the item `index` on a group page), to
 * show a page again for a change. Files are not inputs; the upload step lists them.
 */
export function pageFields(
  form: FormDefinition,
  answers: Answers,
  pageId: string,
  index?: number,
): Record<string, string | string[]> {
  const page = findPage(form, pageId);
  if (!page) return {};
  const kept = pruneAnswers(form, answers);
  const source: ItemAnswers | Answers =
    page.kind === "group" ? (itemsOf(form, kept, page.id)[index ?? -1] ?? {}) : kept;
  return Object.assign({}, ...page.questions.map((q) => fieldsOf(q, source[q.id])));
}

function fieldsOf(question: Question, value: unknown): Record<string, string | string[]> {
  if (value === undefined || value === null) return {};
  return kindOf(question).toBody(question, value as QuestionValue);
}
