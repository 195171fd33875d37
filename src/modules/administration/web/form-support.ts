import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import { formatDate, localeOfUrl, localizedPath } from "../../../platform/i18n/i18n";
import type { FieldError } from "../../../platform/views/forms";
import type { Access } from "../../staff";
import type { FormValues, Problem } from "../domain/form-values";
import type { AdminMessages } from "../messages/de";
import { adminDe } from "../messages/de";
import { adminEn } from "../messages/en";

export const ADMIN_MESSAGES: Record<Locale, AdminMessages> = { de: adminDe, en: adminEn };

// Generous limits: the domain rules and the catalogue's schemas give the precise messages.
const text = z.string().max(5000).optional();
const list = z.union([z.string().max(200), z.array(z.string().max(200)).max(50)]).optional();

/** A form body of named text fields and checkbox lists, each optional. */
export function formBody<T extends string, L extends string = never>(
  texts: readonly T[],
  lists: readonly L[] = [],
) {
  const shape: Record<string, z.ZodType> = { _csrf: CsrfField };
  for (const name of texts) shape[name] = text;
  for (const name of lists) shape[name] = list;
  return z.object(shape) as unknown as z.ZodType<
    { _csrf?: string } & Partial<Record<T, string>> & Partial<Record<L, string | string[]>>
  >;
}

/** A form whose field names carry record keys (the counters of a place's plans). */
export const KeyedFormBody = z
  .record(z.string().max(300), z.union([z.string().max(5000), z.array(z.string().max(5000)).max(50)]))
  .refine((body) => Object.keys(body).length <= 400, "too many fields");

/** The posted values without the CSRF token, to validate and to echo. */
export function formValuesOf(body: Record<string, unknown>): FormValues {
  const values: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "_csrf") continue;
    if (typeof v === "string") values[k] = v;
    else if (Array.isArray(v)) values[k] = v.filter((x): x is string => typeof x === "string");
  }
  return values;
}

/** A field's problem as a sentence, named by the field's label. */
export function problemText(t: AdminMessages, locale: Locale, p: Problem, label: string): string {
  const m = t.problems;
  const date = p.date ? formatDate(locale, p.date) : "";
  switch (p.code) {
    case "required":
      return m.required(label);
    case "choose":
      return m.choose(label);
    case "too-long":
      return m.tooLong(label, p.max ?? 0);
    case "too-short":
      return m.tooShort(label, p.min ?? 1);
    case "whole-number":
      return m.wholeNumber(label);
    case "range":
      return m.range(label, p.min, p.max);
    case "euro":
      return m.euro(label);
    case "date":
      return m.date(label);
    case "time":
      return m.time(label);
    case "slug":
      return m.slug(label);
    case "postal-code":
      return m.postalCode(label);
    case "both-languages":
      return m.bothLanguages(label);
    case "end-before-start":
      return m.endBeforeStart(label);
    case "to-before-from":
      return m.toBeforeFrom(label);
    case "max-below-min":
      return m.maxBelowMin(label);
    case "overlap":
      return m.overlap(label);
    case "duplicate":
      return m.duplicate(label);
    case "weekday-needed":
      return m.weekdayNeeded(label);
    case "window-needed":
      return m.windowNeeded();
    case "amount-needed":
      return m.amountNeeded();
    case "counter-needed":
      return m.counterNeeded();
    case "past":
      return m.past(label);
    case "no-session":
      return m.noSession(label);
    case "same-counter":
      return m.sameCounter(date, p.other ?? "");
    case "mobile-elsewhere":
      return m.mobileElsewhere(date, p.otherName?.[locale] ?? p.other ?? "");
    case "group-withdrawn":
      return m.groupWithdrawn();
    case "rank-taken":
      return m.rankTaken(p.other ?? "");
    case "place-has-plans":
      return m.placeHasPlans();
    case "characters":
      return m.characters(label);
    case "key-taken":
      return m.keyTaken(label);
    case "not-future":
      return m.notFuture(label);
    case "start-after-deadline":
      return m.startAfterDeadline(label);
    case "deadline-not-before-election":
      return m.deadlineNotBeforeElection(label);
    default:
      return m.invalid(label);
  }
}

/** Problems as the error summary and the fields show them. */
export function fieldErrors(
  t: AdminMessages,
  locale: Locale,
  problems: readonly Problem[],
  labelOf: (field: string) => string,
): FieldError[] {
  return problems.map((p) => ({ field: p.field, message: problemText(t, locale, p, labelOf(p.field)) }));
}

/** A single text value of the echoed form, or the stored value when the form has none. */
export function fieldValue(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === "string" ? v : (v?.[0] ?? "");
}

export function valuesListOf(values: FormValues, name: string): string[] {
  const v = values[name];
  return v === undefined ? [] : typeof v === "string" ? [v] : [...v];
}

/** The language of a request (from its URL prefix). */
export function localeOf(request: FastifyRequest): Locale {
  return localeOfUrl(request.url).locale;
}

/** A link in the request's language, for redirects after a POST. */
export function hrefFor(request: FastifyRequest, path: string): string {
  return localizedPath(localeOf(request), path);
}

/**
 * GET on a path that only takes POSTs (a page shown after a failed submit, whose language
 * switch links to its own address) leads to the page the form belongs to.
 */
export function redirectGets(
  app: FastifyInstance,
  config: { access: Access },
  paths: readonly string[],
  target: (key: string) => string,
) {
  for (const path of paths)
    app.get(path, { config }, async (request, reply) => {
      const key = (request.params as { key?: string }).key ?? "";
      return reply.redirect(hrefFor(request, target(encodeURIComponent(key))), 303);
    });
}
