import { z } from "zod";
import { LocalizedText } from "../../../../../domain/locale";
import { errorTexts, filled, questionBase } from "../base";
import { formatNumber } from "../format";
import type { QuestionKind } from "../kind";

export const NUMBER_CODES = ["required", "notANumber", "notAnInteger", "tooSmall", "tooLarge"] as const;

/** A number: a count of staff, an amount. German notation ("2,5") is read as well as "2.5". */
export const NumberQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("number"),
  integer: z.boolean().default(false),
  min: z.number().optional(),
  max: z.number().optional(),
  /** the unit shown after the input and the answer ("Personen", "Euro") */
  unit: LocalizedText.optional(),
  errors: errorTexts(NUMBER_CODES),
});
export type NumberQuestion = z.infer<typeof NumberQuestion>;

const NUMERAL = /^[+-]?\d{1,15}([.,]\d{1,15})?$/;

export const numberKind: QuestionKind<NumberQuestion, number> = {
  read(q, body) {
    const raw = filled(body, q.id)?.replace(/[\s\u00a0\u202f]/g, "");
    if (!raw) return { blank: true };
    if (!NUMERAL.test(raw)) return { blank: false, problems: [{ code: "notANumber", part: "" }] };
    return { blank: false, candidate: Number(raw.replace(",", ".")) };
  },
  schema(q) {
    let schema = z.number({ error: (issue) => (issue.input === undefined ? "required" : "notANumber") });
    if (q.integer) schema = schema.int({ error: "notAnInteger" });
    if (q.min !== undefined) schema = schema.min(q.min, { error: "tooSmall" });
    if (q.max !== undefined) schema = schema.max(q.max, { error: "tooLarge" });
    return schema;
  },
  params: (q, { locale }) => ({
    min: q.min === undefined ? "" : formatNumber(locale, q.min),
    max: q.max === undefined ? "" : formatNumber(locale, q.max),
  }),
  display: (q, value, locale) => `${formatNumber(locale, value)}${q.unit ? ` ${q.unit[locale]}` : ""}`,
  toBody: (q, value) => ({ [q.id]: String(value) }),
};
