import { z } from "zod";
import { LocalizedText } from "../../../../domain/locale";

/**
 * What every question of a form has in common, and the names the engine gives to things.
 * A question id is also the key of its answer and the name of its posted field (parts of a
 * composite question are posted as `<id>.<part>`), so it has no dots and no hyphens.
 */
export const QUESTION_ID = /^[a-z][a-zA-Z0-9]{0,49}$/;
/** A page id is a URL segment: lower-case words joined by single hyphens. */
export const PAGE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** A FIM data field (Datenfeld) id, e.g. `F60000227`. */
export const FIM_FIELD_ID = /^F\d+$/;

export const QuestionId = z.string().regex(QUESTION_ID, "a question id: a letter, then letters or digits");
export const PageId = z.string().max(60).regex(PAGE_ID, "a page id: lower-case words joined by hyphens");

/**
 * The custom error texts a question may carry: one per code its kind knows. A code the kind
 * does not know is refused, so a typo cannot silently fall back to the default text.
 */
export function errorTexts<const C extends readonly [string, ...string[]]>(codes: C) {
  return z
    .strictObject(
      Object.fromEntries(codes.map((c) => [c, LocalizedText.optional()])) as {
        [K in C[number]]: z.ZodOptional<typeof LocalizedText>;
      },
    )
    .optional();
}

/** The fields every question has; each kind adds its `kind` and its configuration. */
export const questionBase = {
  id: QuestionId,
  label: LocalizedText,
  hint: LocalizedText.optional(),
  /** an optional question may be left blank; its answer is then stored as `null` */
  optional: z.boolean().default(false),
  fimId: z.string().regex(FIM_FIELD_ID, "a FIM field id like F60000227").optional(),
};

/** What the resident posted: every value a string or a list of strings (urlencoded form). */
export type Body = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The one value of a field; the first when a list was posted where one value was expected. */
export function single(body: Body, name: string): string | undefined {
  const value = body[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === "string");
  return undefined;
}

/** Every value of a field (checkboxes): none, one or several. */
export function many(body: Body, name: string): string[] {
  const value = body[name];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** The trimmed value of a field, or undefined when it is missing or blank. */
export function filled(body: Body, name: string): string | undefined {
  const value = single(body, name)?.trim();
  return value ? value : undefined;
}

/** An object without the keys whose value is undefined (answers are plain JSON). */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
