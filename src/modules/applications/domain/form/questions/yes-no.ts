import { z } from "zod";
import { errorTexts, filled, questionBase } from "../base";
import type { QuestionKind } from "../kind";
import { WORDS } from "../messages";

export const YES_NO_CODES = ["required"] as const;

/** A question answered "Ja" or "Nein", posted as `yes` or `no` and stored as a boolean. */
export const YesNoQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("yesNo"),
  errors: errorTexts(YES_NO_CODES),
});
export type YesNoQuestion = z.infer<typeof YesNoQuestion>;

export const yesNoKind: QuestionKind<YesNoQuestion, boolean> = {
  read(q, body) {
    const raw = filled(body, q.id);
    if (raw === undefined) return { blank: true };
    if (raw === "yes") return { blank: false, candidate: true };
    if (raw === "no") return { blank: false, candidate: false };
    return { blank: false, problems: [{ code: "required", part: "" }] };
  },
  schema: () => z.boolean({ error: "required" }),
  display: (_q, value, locale) => (value ? WORDS.yes : WORDS.no)[locale],
  toBody: (q, value) => ({ [q.id]: value ? "yes" : "no" }),
};
