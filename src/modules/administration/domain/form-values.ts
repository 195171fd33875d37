import type { z } from "zod";
import { CONTROL_CHARACTERS, isCleanText, isIsoDate } from "../../../domain/text";

/**
 * Posted form fields as the pages echo them back: a field is one string, or a list when it
 * is a group of checkboxes. Every form of this module reads its values through these
 * helpers, so blanks, spaces and number formats are handled alike.
 */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What is wrong with one field; the pages turn it into a sentence in the reader's language. */
export type ProblemCode =
  | "required"
  | "choose"
  | "too-long"
  | "too-short"
  | "whole-number"
  | "range"
  | "euro"
  | "date"
  | "time"
  | "slug"
  | "postal-code"
  | "both-languages"
  | "end-before-start"
  | "to-before-from"
  | "max-below-min"
  | "overlap"
  | "duplicate"
  | "weekday-needed"
  | "window-needed"
  | "amount-needed"
  | "counter-needed"
  | "past"
  | "no-session"
  | "same-counter"
  | "mobile-elsewhere"
  | "group-withdrawn"
  | "rank-taken"
  | "place-has-plans"
  | "characters"
  | "key-taken"
  | "not-future"
  | "start-after-deadline"
  | "deadline-not-before-election"
  | "invalid";

export interface Problem {
  field: string;
  code: ProblemCode;
  min?: number;
  max?: number;
  /** another record the problem is about (a plan, a place, a service), by key */
  other?: string;
  /** the other record's name, where it has one */
  otherName?: { de: string; en: string };
  /** the civil date the problem is about */
  date?: string;
}

/** The trimmed text of a field; "" when absent. */
export function textOf(values: FormValues, name: string): string {
  const value = values[name];
  return (typeof value === "string" ? value : (value?.[0] ?? "")).trim();
}

/** The ticked values of a group of checkboxes. */
export function listOf(values: FormValues, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : [...value];
}

/** A text in both languages, or undefined when both are blank (the schema reports a half-filled one). */
export function optionalLocalized(de: string, en: string): { de: string; en: string } | undefined {
  return de === "" && en === "" ? undefined : { de, en };
}

/** "15" → 15; "" → null; anything else → NaN (which the schema rejects as not a number). */
export function wholeNumberOf(text: string): number | null {
  if (text === "") return null;
  return /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

/** "27,60", "27.60", "27" or "27,60 €" → 2760 cents; "" → null; anything else → NaN. */
export function euroCentsOf(text: string): number | null {
  const plain = text.replace(/\s|€/g, "");
  if (plain === "") return null;
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(plain);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** Euro cents as a German form value: 2760 → "27,60". */
export function euroText(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

/**
 * A date as "YYYY-MM-DD" (what date inputs send); German "7.2.2026" is accepted too, for
 * browsers that show a plain text box. Other text is returned as is, for the schema to reject.
 */
export function isoDateOf(text: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!german) return text;
  return `${german[3]}-${(german[2] ?? "").padStart(2, "0")}-${(german[1] ?? "").padStart(2, "0")}`;
}

/** A clock time as "HH:MM": "8:30" and "8.30" become "08:30". Other text is returned as is. */
export function clockTimeOf(text: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return match ? `${(match[1] ?? "").padStart(2, "0")}:${match[2]}` : text;
}

export { isIsoDate };

/** The civil date `days` after (or before) `date`. */
export function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Where a schema problem belongs on the form; `code` overrides the generic reading of the issue. */
export type IssuePlacement = { field: string; code?: ProblemCode; min?: number; max?: number } | undefined;

/**
 * Turns schema issues into field problems. `place` decides the field (and may name the
 * problem more precisely); issues it does not place go to `fallbackField`.
 */
export function problemsOfIssues(
  issues: readonly z.core.$ZodIssue[],
  place: (path: readonly PropertyKey[], issue: z.core.$ZodIssue) => IssuePlacement,
  fallbackField: string,
): Problem[] {
  return issues.map((issue) => {
    const placed = place(issue.path, issue);
    return {
      field: placed?.field ?? fallbackField,
      code: placed?.code ?? genericCode(issue),
      ...(placed?.min !== undefined && { min: placed.min }),
      ...(placed?.max !== undefined && { max: placed.max }),
    };
  });
}

function genericCode(issue: z.core.$ZodIssue): ProblemCode {
  switch (issue.code) {
    case "too_small":
      return issue.origin === "string" ? "required" : issue.origin === "array" ? "required" : "range";
    case "too_big":
      return issue.origin === "string" ? "too-long" : "range";
    case "invalid_type":
      return issue.expected === "number" ? "whole-number" : "required";
    case "invalid_format":
      return issue.format === "date" ? "date" : "invalid";
    case "custom":
      return issue.message === CONTROL_CHARACTERS ? "characters" : "invalid";
    default:
      return "invalid";
  }
}

/**
 * The first problem of each field, in the order the fields have on the form (`order`), so
 * the error summary reads like the form; fields not in `order` follow in their own order.
 */
export function firstPerField(problems: readonly Problem[], order: readonly string[] = []): Problem[] {
  const seen = new Set<string>();
  const first = problems.filter((p) => {
    if (seen.has(p.field)) return false;
    seen.add(p.field);
    return true;
  });
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i === -1 ? order.length : i;
  };
  return first
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.field) - rank(b.p.field) || a.i - b.i)
    .map((x) => x.p);
}

/** A problem when `text` is longer than `max` characters, or holds control characters. */
export function textProblem(field: string, text: string, max: number): Problem[] {
  if (text.length > max) return [{ field, code: "too-long", max }];
  return isCleanText(text) ? [] : [{ field, code: "characters" }];
}
