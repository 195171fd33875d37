import type { Locale } from "../../../../domain/locale";
import type { Answers, ItemAnswers } from "./answers";
import type { Body } from "./base";
import type { FormDefinition, GroupPage, QuestionPage } from "./definition";
import { entries, errorMessage } from "./messages";
import { type FieldError, type ParseContext, parseQuestions } from "./parse";
import { findPage, isPageVisible, pruneAnswers } from "./visibility";

/**
 * What posting a page did. `saved` carries the new answers, already pruned: a changed answer
 * that closes a branch takes that branch's answers with it. `not-visible`: the page is not
 * shown for these answers (a stale or crafted link), nothing changed.
 */
export type PageOutcome =
  | { kind: "saved"; answers: Answers }
  | { kind: "invalid"; errors: FieldError[] }
  | { kind: "not-visible" }
  | { kind: "no-such-item" };

/** A call the form does not allow (an unknown page, a group page posted as a question page). */
export class FormUsageError extends Error {
  override readonly name = "FormUsageError";
}

function questionPage(form: FormDefinition, pageId: string): QuestionPage {
  const page = findPage(form, pageId);
  if (page?.kind !== "questions") {
    throw new FormUsageError(`form "${form.serviceKey}" has no question page "${pageId}"`);
  }
  return page;
}

/** The group page with this id. @throws FormUsageError when the form has none */
export function groupPage(form: FormDefinition, groupId: string): GroupPage {
  const page = findPage(form, groupId);
  if (page?.kind !== "group") throw new FormUsageError(`form "${form.serviceKey}" has no group "${groupId}"`);
  return page;
}

/**
 * Reads a posted question page and, when every answer on it is valid, stores them.
 * @throws FormUsageError when the form has no question page of that id
 */
export function answerPage(
  form: FormDefinition,
  answers: Answers,
  pageId: string,
  body: Body,
  context: ParseContext,
): PageOutcome {
  const page = questionPage(form, pageId);
  if (!isPageVisible(form, answers, pageId)) return { kind: "not-visible" };
  const parsed = parseQuestions(page.questions, body, context);
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors };
  return { kind: "saved", answers: pruneAnswers(form, { ...answers, ...parsed.values }) };
}

/** The items of a group as the pruned answers hold them. */
export function itemsOf(form: FormDefinition, answers: Answers, groupId: string): readonly ItemAnswers[] {
  const items = pruneAnswers(form, answers)[groupId];
  return Array.isArray(items) ? (items as readonly ItemAnswers[]) : [];
}

/**
 * Reads a posted item of a repeating group: `index` is an existing item to change, or the
 * number of items to add one. Adding beyond `maxItems` is refused with an error on the group.
 * @throws FormUsageError when the form has no group of that id
 */
export function answerGroupItem(
  form: FormDefinition,
  answers: Answers,
  groupId: string,
  index: number,
  body: Body,
  context: ParseContext,
): PageOutcome {
  const group = groupPage(form, groupId);
  if (!isPageVisible(form, answers, groupId)) return { kind: "not-visible" };
  const items = itemsOf(form, answers, groupId);
  if (!Number.isInteger(index) || index < 0 || index > items.length) return { kind: "no-such-item" };
  if (index === items.length && items.length >= group.maxItems) {
    return { kind: "invalid", errors: [groupError(group, "tooManyItems", context.locale)] };
  }
  const parsed = parseQuestions(group.questions, body, context);
  if (!parsed.ok) return { kind: "invalid", errors: parsed.errors };
  const next = [...items];
  next[index] = parsed.values;
  return { kind: "saved", answers: pruneAnswers(form, { ...answers, [groupId]: next }) };
}

/**
 * Removes an item of a repeating group. The group may fall below `minItems`; it then counts
 * as unanswered until an item is added again.
 * @throws FormUsageError when the form has no group of that id
 */
export function removeGroupItem(
  form: FormDefinition,
  answers: Answers,
  groupId: string,
  index: number,
): PageOutcome {
  groupPage(form, groupId);
  if (!isPageVisible(form, answers, groupId)) return { kind: "not-visible" };
  const items = itemsOf(form, answers, groupId);
  if (!Number.isInteger(index) || index < 0 || index >= items.length) return { kind: "no-such-item" };
  const next = items.filter((_, i) => i !== index);
  return { kind: "saved", answers: pruneAnswers(form, { ...answers, [groupId]: next }) };
}

/**
 * The resident says the list is complete ("no more"): stores an empty list for a group that
 * allows none, or refuses when there are fewer items than `minItems`.
 * @throws FormUsageError when the form has no group of that id
 */
export function finishGroup(
  form: FormDefinition,
  answers: Answers,
  groupId: string,
  locale: Locale,
): PageOutcome {
  const group = groupPage(form, groupId);
  if (!isPageVisible(form, answers, groupId)) return { kind: "not-visible" };
  const items = itemsOf(form, answers, groupId);
  if (items.length < group.minItems) {
    return { kind: "invalid", errors: [groupError(group, "tooFewItems", locale)] };
  }
  return { kind: "saved", answers: pruneAnswers(form, { ...answers, [groupId]: [...items] }) };
}

function groupError(group: GroupPage, code: "tooManyItems" | "tooFewItems", locale: Locale): FieldError {
  const count = code === "tooManyItems" ? group.maxItems : group.minItems;
  return {
    question: group.id,
    field: group.id,
    code,
    message: errorMessage("group", code, locale, { entries: entries(locale, count) }),
  };
}
