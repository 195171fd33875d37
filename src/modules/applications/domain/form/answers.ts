import type { QuestionValue } from "./question";

/** The answers of one item of a repeating group, keyed by the group's question ids. */
export type ItemAnswers = { readonly [questionId: string]: QuestionValue | null };

/**
 * A form's answers as stored and submitted: plain JSON keyed by question id (`null` for an
 * optional question left blank), and by group page id for the items of a repeating group.
 */
export type Answers = { readonly [id: string]: QuestionValue | null | readonly ItemAnswers[] };
