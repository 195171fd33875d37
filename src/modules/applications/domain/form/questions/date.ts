import { z } from "zod";
import { isIsoDate } from "../../../../../domain/text";
import { errorTexts, questionBase } from "../base";
import { formatIsoDate, shiftDate } from "../format";
import type { QuestionKind } from "../kind";
import { datePartsOf, readDateParts } from "./date-parts";

export const DATE_CODES = [
  "required",
  "dayMissing",
  "monthMissing",
  "yearMissing",
  "notARealDate",
  "tooEarly",
  "tooLate",
  "notInFuture",
  "notInPast",
] as const;

/**
 * A bound of a date: a fixed day, or a day relative to today (`{ fromToday: {} }` is today,
 * `{ fromToday: { days: 14 } }` two weeks ahead, `{ fromToday: { years: -1 } }` a year ago).
 */
export const DateBound = z.union([
  z.strictObject({ date: z.string().refine(isIsoDate, "a real date as YYYY-MM-DD") }),
  z.strictObject({
    fromToday: z.strictObject({
      years: z.number().int().min(-200).max(200).optional(),
      months: z.number().int().min(-2400).max(2400).optional(),
      days: z.number().int().min(-73_000).max(73_000).optional(),
    }),
  }),
]);
export type DateBound = z.infer<typeof DateBound>;

/** A civil date, posted as day, month and year. */
export const DateQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("date"),
  earliest: DateBound.optional(),
  latest: DateBound.optional(),
  errors: errorTexts(DATE_CODES),
});
export type DateQuestion = z.infer<typeof DateQuestion>;

/** True when the bound is today itself ("not in the future" rather than "on or before …"). */
function isToday(bound: DateBound): boolean {
  return "fromToday" in bound && !bound.fromToday.years && !bound.fromToday.months && !bound.fromToday.days;
}

/** The day a bound names, or undefined when it is relative and today is not known. */
export function boundDate(bound: DateBound, today: string | undefined): string | undefined {
  if ("date" in bound) return bound.date;
  return today === undefined ? undefined : shiftDate(today, bound.fromToday);
}

/** A stored date: real, and within the question's bounds when they can be known. */
export function dateSchema(
  bounds: { earliest?: DateBound; latest?: DateBound },
  today: string | undefined,
  codes: { required: string; early: string; late: string; earlyToday: string; lateToday: string },
) {
  const earliest = bounds.earliest && boundDate(bounds.earliest, today);
  const latest = bounds.latest && boundDate(bounds.latest, today);
  let schema = z.iso
    .date({ error: (issue) => (issue.input === undefined ? codes.required : "notARealDate") })
    .refine(isIsoDate, { error: "notARealDate" });
  if (earliest !== undefined) {
    const code = bounds.earliest && isToday(bounds.earliest) ? codes.earlyToday : codes.early;
    schema = schema.refine((v) => v >= earliest, { error: code });
  }
  if (latest !== undefined) {
    const code = bounds.latest && isToday(bounds.latest) ? codes.lateToday : codes.late;
    schema = schema.refine((v) => v <= latest, { error: code });
  }
  return schema;
}

export const dateKind: QuestionKind<DateQuestion, string> = {
  read(q, body) {
    const read = readDateParts(body, q.id);
    if (read.blank) return read;
    return read.iso ? { blank: false, candidate: read.iso } : { blank: false, problems: read.problems };
  },
  schema: (q, today) =>
    dateSchema(q, today, {
      required: "required",
      early: "tooEarly",
      late: "tooLate",
      earlyToday: "notInPast",
      lateToday: "notInFuture",
    }),
  part: () => "day",
  params(q, { locale, today, candidate }) {
    const early = q.earliest && boundDate(q.earliest, today);
    const late = q.latest && boundDate(q.latest, today);
    const tooLate = typeof candidate === "string" && late !== undefined && candidate > late;
    const bound = tooLate ? late : (early ?? late);
    return { date: bound ? formatIsoDate(locale, bound) : "" };
  },
  display: (_q, value, locale) => formatIsoDate(locale, value),
  toBody: (q, value) => datePartsOf(q.id, value),
};
