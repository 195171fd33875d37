import { z } from "zod";
import { errorTexts, filled, questionBase } from "../base";
import type { QuestionKind } from "../kind";
import { WORDS } from "../messages";

export const DECLARATION_CODES = ["required"] as const;

/**
 * A statement the resident must confirm (a checkbox posting `yes`): the label is the
 * statement. It is never optional; an unconfirmed declaration stops the form.
 */
export const DeclarationQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("declaration"),
  errors: errorTexts(DECLARATION_CODES),
});
export type DeclarationQuestion = z.infer<typeof DeclarationQuestion>;

const CONFIRMING = new Set(["yes", "on", "true"]);

export const declarationKind: QuestionKind<DeclarationQuestion, true> = {
  read(q, body) {
    const raw = filled(body, q.id);
    return raw !== undefined && CONFIRMING.has(raw) ? { blank: false, candidate: true } : { blank: true };
  },
  schema: () => z.literal(true, { error: "required" }),
  display: (_q, _value, locale) => WORDS.confirmed[locale],
  toBody: (q) => ({ [q.id]: "yes" }),
};
