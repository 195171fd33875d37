import { z } from "zod";
import { LocalizedText } from "../../../../../domain/locale";
import { errorTexts, many, questionBase } from "../base";
import type { QuestionKind } from "../kind";
import { WORDS } from "../messages";

export const CHOICE_CODES = ["required", "invalidOption"] as const;

/** An option's value is what is stored and posted: lower-case words joined by hyphens. */
export const OptionValue = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "an option value: lower-case words joined by hyphens");

export const ChoiceOption = z.strictObject({
  value: OptionValue,
  label: LocalizedText,
  hint: LocalizedText.optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** One answer of several (radios), or any number of them (checkboxes) when `multiple`. */
export const ChoiceQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("choice"),
  multiple: z.boolean().default(false),
  options: z.array(ChoiceOption).min(1, "at least one option").max(100),
  errors: errorTexts(CHOICE_CODES),
});
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;

/** The answer: an option's value, or for `multiple` the chosen values in the options' order. */
export type ChoiceValue = string | string[];

const optionValues = (q: ChoiceQuestion) => q.options.map((o) => o.value) as [string, ...string[]];

export const choiceKind: QuestionKind<ChoiceQuestion, ChoiceValue> = {
  read(q, body) {
    const chosen = [...new Set(many(body, q.id).map((v) => v.trim()))].filter((v) => v !== "");
    if (chosen.length === 0) return { blank: true };
    if (!q.multiple) return { blank: false, candidate: chosen[0] };
    const order = optionValues(q);
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    return { blank: false, candidate: chosen.sort((a, b) => rank(a) - rank(b)) };
  },
  schema(q) {
    const option = z.enum(optionValues(q), {
      error: (issue) => (issue.input === undefined ? "required" : "invalidOption"),
    });
    if (!q.multiple) return option;
    return z
      .array(option, { error: "required" })
      .min(1, { error: "required" })
      .max(q.options.length, { error: "invalidOption" })
      .refine((vs) => new Set(vs).size === vs.length, { error: "invalidOption" });
  },
  part: () => "",
  params: (q, { locale }) => ({ howMany: (q.multiple ? WORDS.atLeastOneAnswer : WORDS.oneAnswer)[locale] }),
  display(q, value, locale) {
    const chosen = typeof value === "string" ? [value] : value;
    return q.options
      .filter((o) => chosen.includes(o.value))
      .map((o) => o.label[locale])
      .join(", ");
  },
  toBody: (q, value) => ({ [q.id]: typeof value === "string" ? value : [...value] }),
};
