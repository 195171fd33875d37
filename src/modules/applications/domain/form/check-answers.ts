import type { Locale } from "../../../../domain/locale";
import type { Answers, ItemAnswers } from "./answers";
import type { FormDefinition } from "./definition";
import { itemLabel } from "./flow";
import { WORDS } from "./messages";
import { kindOf, type Question } from "./question";
import { pruneAnswers, visiblePages } from "./visibility";

/**
 * One row of "check your answers": the question, the answer as one line in the locale, and the
 * page (and item) where it is changed. Only pages shown appear, with the answers that count,
 * so an answer of a branch the resident left is not listed.
 */
export interface CheckAnswerRow {
  pageId: string;
  questionId: string;
  label: string;
  value: string;
  /** false while a question still waits for its answer */
  answered: boolean;
  /** for a row of a repeating group: which item, and its name */
  item?: { index: number; label: string };
}

export function checkAnswerRows(form: FormDefinition, answers: Answers, locale: Locale): CheckAnswerRow[] {
  const kept = pruneAnswers(form, answers);
  return visiblePages(form, kept).flatMap((page): CheckAnswerRow[] => {
    if (page.kind === "questions") {
      return page.questions.map((q) => ({
        pageId: page.id,
        questionId: q.id,
        ...shown(q, kept[q.id], locale),
      }));
    }
    const items = kept[page.id] as readonly ItemAnswers[] | undefined;
    if (!items || items.length === 0) {
      const value = items ? WORDS.noEntries[locale] : WORDS.notAnswered[locale];
      return [{ pageId: page.id, questionId: page.id, label: page.title[locale], value, answered: !!items }];
    }
    return items.flatMap((item, index) => {
      const named = { index, label: itemLabel(page, item, index, locale) };
      return page.questions.map((q) => ({
        pageId: page.id,
        questionId: q.id,
        ...shown(q, item[q.id], locale),
        item: named,
      }));
    });
  });
}

function shown(
  question: Question,
  value: unknown,
  locale: Locale,
): { label: string; value: string; answered: boolean } {
  const label = question.label[locale];
  if (value === null) return { label, value: WORDS.notProvided[locale], answered: true };
  const kind = kindOf(question);
  const checked = value === undefined ? undefined : kind.schema(question).safeParse(value);
  if (!checked?.success) return { label, value: WORDS.notAnswered[locale], answered: false };
  return { label, value: kind.display(question, checked.data, locale), answered: true };
}
