import type { z } from "zod";
import type { Locale } from "../../../../domain/locale";
import type { Body } from "./base";
import type { FileRef } from "./questions/file-ref";

/**
 * One problem with a posted or stored answer: its code (a key of the message catalogue, or
 * of the question's own error texts) and the part of the question it belongs to (`postalCode`,
 * `dateOfBirth.month`; empty for a question of one field).
 */
export interface Problem {
  code: string;
  part: string;
  /** values for the message's placeholders that only the answer knows (a file's name) */
  params?: Readonly<Record<string, string | number>>;
}

/** What the engine knows when it reads a page: the day, and the files already uploaded. */
export interface ReadContext {
  /** the civil date of today (`YYYY-MM-DD`), for bounds like "not in the future" */
  today: string;
  /** per file question, the files the upload step stored for this answer */
  files?: Readonly<Record<string, readonly FileRef[]>>;
}

/**
 * The strings of a body read into a candidate answer, before its schema judges it. `blank`
 * means the resident left every field of the question empty; `problems` are the mistakes a
 * schema cannot see any more once the strings are gone (a date missing its month).
 */
export type ReadResult =
  | { blank: true }
  | { blank: false; candidate: unknown }
  | { blank: false; problems: Problem[] };

/**
 * The behaviour of one kind of question. `schema` is the one truth about a stored answer:
 * reading a page ends in it, and a submission is checked by it. Its refinements carry the
 * problem code as their message (`{ error: "tooLong" }`).
 */
export interface QuestionKind<Q, V> {
  read(question: Q, body: Body, context: ReadContext): ReadResult;
  /** what a required question left blank is checked as (default undefined; `{}` to name each missing part) */
  empty?(): unknown;
  /** the stored answer's schema; without `today`, bounds relative to today are left out */
  schema(question: Q, today?: string): z.ZodType<V>;
  /** the part a schema issue belongs to (default: its path joined by dots) */
  part?(question: Q, path: readonly PropertyKey[]): string;
  /** values for the placeholders of this kind's messages (`{max}`, `{date}`, `{name}`) */
  params?(question: Q, issue: IssueContext): Record<string, string | number>;
  /** the answer as one line for "check your answers" */
  display(question: Q, value: V, locale: Locale): string;
  /** the answer as the fields that would post it, to fill the page's inputs again */
  toBody(question: Q, value: V): Record<string, string | string[]>;
}

/** What a message's placeholders may draw on. */
export interface IssueContext {
  locale: Locale;
  today?: string;
  candidate: unknown;
  path: readonly PropertyKey[];
}
