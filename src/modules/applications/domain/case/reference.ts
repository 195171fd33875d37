import { z } from "zod";

/*
 * The reference of a case (Vorgangsnummer) as residents read it out on the phone or type it
 * into the tracking page: `2026-0004711-0` — the year the case was opened, a running number of
 * seven digits from a database sequence, and a check digit.
 *
 * The check digit follows Damm's algorithm (a totally anti-symmetric quasigroup of order 10):
 * it catches every single wrong digit and every swap of two neighbouring digits, without the
 * extra letter `X` that ISO 7064 MOD 11-2 needs. The number has a fixed width, so a digit too
 * many or too few changes the length and is refused too; separators carry no meaning and may be
 * typed as hyphens, spaces or not at all.
 */

/** The largest running number a year can hold (the fixed width is seven digits). */
export const MAX_CASE_NUMBER = 9_999_999;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2999;

// Damm's table, row after row: row = interim digit, column = next digit.
const DAMM =
  "0317598642" +
  "7092154863" +
  "4206871359" +
  "1750983426" +
  "6123045978" +
  "3674209581" +
  "5869720134" +
  "8945362017" +
  "9438617205" +
  "2581436790";

/** The interim digit of Damm's algorithm over a string of digits (0 for a valid checked string). */
function dammInterim(digits: string): number {
  let interim = 0;
  for (let i = 0; i < digits.length; i++)
    interim = DAMM.charCodeAt(interim * 10 + digits.charCodeAt(i) - 48) - 48;
  return interim;
}

/** Damm's check digit of a string of digits: appended, the whole string checks to 0. */
export function dammCheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new RangeError("Damm's check digit needs digits only");
  return dammInterim(digits);
}

/** A case reference in its canonical written form, `YYYY-NNNNNNN-C`, with a correct check digit. */
export const CaseReference = z
  .string()
  .regex(/^\d{4}-\d{7}-\d$/, "a case reference as YYYY-NNNNNNN-C")
  .refine((s) => parseCaseReference(s).ok, "a case reference whose check digit is right");
export type CaseReference = z.infer<typeof CaseReference>;

/** The parts of a case reference. */
export interface CaseReferenceParts {
  year: number;
  number: number;
}

/**
 * Writes the reference of the `number`th case of `year`.
 * @throws RangeError when the year is outside 2000–2999 or the number outside 1–9,999,999
 *   (a sequence that ran past the width is a configuration error, not a resident's)
 * @example formatCaseReference({ year: 2026, number: 4711 }) // "2026-0004711-0"
 */
export function formatCaseReference({ year, number }: CaseReferenceParts): CaseReference {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw new RangeError(`year ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}`);
  if (!Number.isInteger(number) || number < 1 || number > MAX_CASE_NUMBER)
    throw new RangeError(`case number ${number} is outside 1–${MAX_CASE_NUMBER}`);
  const body = `${year}${String(number).padStart(7, "0")}`;
  return `${body.slice(0, 4)}-${body.slice(4)}-${dammCheckDigit(body)}`;
}

/** Why a typed reference was refused: not the shape of one, or a typing error the check digit caught. */
export type CaseReferenceProblem = "format" | "check";

export type CaseReferenceParse =
  | { ok: true; reference: CaseReference; parts: CaseReferenceParts }
  | { ok: false; problem: CaseReferenceProblem };

/**
 * Reads a reference as a person typed it: surrounding space, hyphens, dashes and spaces
 * between the groups (or none) are accepted; anything else is refused. Never throws.
 */
export function parseCaseReference(input: string): CaseReferenceParse {
  const digits = input.trim().replace(/[\s\u002d\u2010-\u2015\u2212]/g, "");
  if (!/^\d{12}$/.test(digits)) return { ok: false, problem: "format" };
  const year = Number(digits.slice(0, 4));
  const number = Number(digits.slice(4, 11));
  if (year < FIRST_YEAR || year > LAST_YEAR || number < 1) return { ok: false, problem: "format" };
  if (dammInterim(digits) !== 0) return { ok: false, problem: "check" };
  return {
    ok: true,
    reference: `${digits.slice(0, 4)}-${digits.slice(4, 11)}-${digits.slice(11)}`,
    parts: { year, number },
  };
}

/** The reference's twelve digits without separators (the body of its payment reference). */
export function caseReferenceDigits(reference: CaseReference): string {
  return reference.replaceAll("-", "");
}
