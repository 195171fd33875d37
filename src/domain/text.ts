import { Temporal } from "temporal-polyfill";
import { z } from "zod";

/**
 * Shared value types for every schema, route and form alike. Pure: the browser client may
 * import it. Text is refused when it holds control characters (a NUL byte cannot even be
 * stored by PostgreSQL; the others have no business in a name or a note), dates when the
 * day does not exist.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True for a one-line text (a name, an address line): no control characters, no line breaks. */
export function isCleanLine(value: string): boolean {
  return !CONTROL_IN_LINE.test(value);
}

/** True for a text of several lines (a note, a message): line breaks and tabs, nothing else. */
export function isCleanText(value: string): boolean {
  return !CONTROL_IN_TEXT.test(value);
}

/** True when every string in a value (searched through arrays and objects) is a clean text. */
export function holdsOnlyCleanText(value: unknown): boolean {
  if (typeof value === "string") return isCleanText(value);
  if (Array.isArray(value)) return value.every(holdsOnlyCleanText);
  if (value && typeof value === "object") return Object.values(value).every(holdsOnlyCleanText);
  return true;
}

/** Refinement message of text refused for its control characters (forms map it to their own). */
export const CONTROL_CHARACTERS = "control-characters";

/** One line of text without control characters (names, streets, search words). */
export const CleanLine = z.string().refine(isCleanLine, CONTROL_CHARACTERS);
/** Text of one or more lines without control characters other than line breaks and tabs. */
export const CleanText = z.string().refine(isCleanText, CONTROL_CHARACTERS);

/**
 * A stable, URL-safe key of a catalogue entry, place, district, plan or counter: lower-case
 * letters, digits and single hyphens (`personalausweis`, `mobil-cappel`).
 */
export const Slug = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens");
export type Slug = z.infer<typeof Slug>;

/**
 * True for `YYYY-MM-DD` naming a day that exists (not `2026-02-31`, not `2026-13-01`), in
 * the years the platform's calendars know (1900–2199: holidays, plans).
 */
export function isIsoDate(value: string): boolean {
  if (!/^(19|2[01])\d{2}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

/** A civil date, `YYYY-MM-DD`, that exists. */
export const IsoDate = z.string().refine(isIsoDate, "a real date as YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;

/** A secret from a link (hold, manage, offer, waitlist, ticket): 32 URL-safe characters. */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

/**
 * A form field as the browser posts it, before the form's own schema judges it: bounded, and
 * nothing else, so that a wrong entry gets its message next to the field.
 */
export const FormField = (max = 2000) => z.string().max(max).optional();

/** A group of checkboxes or a repeated field: none, one or several bounded values. */
export const FormList = (max = 100, count = 60) =>
  z.union([z.string().max(max), z.array(z.string().max(max)).max(count)]).optional();

/** The CSRF token every form carries (its value is checked by the CSRF plugin). */
export const CsrfField = z.string().max(200).optional();
