import { z } from "zod";
import { LocalizedText } from "../../../../../domain/locale";
import { isCleanLine, isCleanText } from "../../../../../domain/text";
import { errorTexts, filled, questionBase, single } from "../base";
import type { QuestionKind } from "../kind";

export const TEXT_CODES = ["required", "tooLong", "pattern", "invalidCharacters"] as const;

/** A free text of one line (a name, a number from a document) or of several (a description). */
export const TextQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("text"),
  multiline: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(10_000).default(200),
  /**
   * A regular expression (JavaScript, `u` flag) the whole answer must match; it needs its own
   * error text `errors.pattern` saying what is expected.
   */
  pattern: z.string().min(1).max(500).optional(),
  /** an example shown below the input (e.g. "HRB 1234") */
  example: LocalizedText.optional(),
  errors: errorTexts(TEXT_CODES),
});
export type TextQuestion = z.infer<typeof TextQuestion>;

/** The pattern as the answer must match it: the whole answer, not a part of it. */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}

export const textKind: QuestionKind<TextQuestion, string> = {
  read(q, body) {
    const raw = single(body, q.id);
    const value = q.multiline ? raw?.replace(/\r\n?/g, "\n").trim() : filled(body, q.id);
    return value ? { blank: false, candidate: value } : { blank: true };
  },
  schema(q) {
    let schema = z
      .string({ error: "required" })
      .min(1, { error: "required" })
      .max(q.maxLength, { error: "tooLong" })
      .refine(q.multiline ? isCleanText : isCleanLine, { error: "invalidCharacters" })
      .refine((v) => v === v.trim(), { error: "invalid" });
    if (q.pattern) schema = schema.regex(anchoredPattern(q.pattern), { error: "pattern" });
    return schema;
  },
  params: (q) => ({ max: q.maxLength }),
  display: (_q, value) => value,
  toBody: (q, value) => ({ [q.id]: value }),
};
