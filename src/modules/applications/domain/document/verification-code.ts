/*
 * The verification code printed on an issued document (Prüfcode): twelve random characters of
 * Crockford's base 32 and a check character, written in groups `7KQ2-M9XD-4HTF-8`. Anyone who
 * holds the paper types it into the public verification page; the database keeps only a hash of
 * it (see `normalised` below).
 *
 * Crockford's alphabet leaves out I, L, O and U, so what people type is forgiving: small letters
 * count as capitals, O is read as 0, I and L as 1, and hyphens or spaces may be typed anywhere
 * or not at all.
 *
 * The check character makes the weighted sum Σ αⁿ⁻ⁱ·cᵢ over all thirteen characters zero in the
 * field GF(32), α a primitive element (x, with x⁵ = x² + 1). This is Damm's construction
 * `a ∗ b = α·a + b` over a field: every single wrong character and every swap of two
 * neighbouring characters (or of two with one between them) changes the sum, so such a typo is
 * told apart from a code that was never issued — without the five extra symbols (`*~$=U`) of
 * Crockford's own mod-37 check, which people cannot type reliably.
 *
 * Pure: the random characters are drawn outside (`node:crypto`) and passed in.
 */

/** Crockford's base 32, in value order. */
export const CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The random characters of a code: 60 bits. */
export const VERIFICATION_CODE_RANDOM_LENGTH = 12;
/** The characters of a code without separators: the random ones and the check character. */
export const VERIFICATION_CODE_LENGTH = VERIFICATION_CODE_RANDOM_LENGTH + 1;

/** A code in its normalised form: thirteen characters of the alphabet, no separators. */
export type VerificationCode = string & { readonly __brand: "VerificationCode" };

const PRIMITIVE = 0b100101; // x⁵ + x² + 1

/** α·a in GF(32). */
function timesAlpha(a: number): number {
  const shifted = a << 1;
  return shifted & 0b100000 ? shifted ^ PRIMITIVE : shifted;
}

/** The running check value of a string of symbol values (0 for a whole code that checks). */
function checkValue(values: readonly number[]): number {
  let interim = 0;
  for (const v of values) interim = timesAlpha(interim) ^ v;
  return interim;
}

/** The check symbol that, appended, makes the check value 0. */
function checkSymbol(values: readonly number[]): number {
  return timesAlpha(checkValue(values));
}

/**
 * A new code from random bytes: the low five bits of each of the first twelve bytes choose a
 * character (256 is a multiple of 32, so each character is uniform), and the check character
 * follows. Returns the normalised form.
 * @throws RangeError when fewer than twelve bytes are given
 * @example verificationCodeFromRandom(randomBytes(12))
 */
export function verificationCodeFromRandom(bytes: Uint8Array): VerificationCode {
  if (bytes.length < VERIFICATION_CODE_RANDOM_LENGTH)
    throw new RangeError(`a verification code needs ${VERIFICATION_CODE_RANDOM_LENGTH} random bytes`);
  const values = Array.from(bytes.subarray(0, VERIFICATION_CODE_RANDOM_LENGTH), (b) => b & 0b11111);
  values.push(checkSymbol(values));
  return values.map((v) => CROCKFORD_ALPHABET[v]).join("") as VerificationCode;
}

/** Why a typed code was refused: not the shape of one, or a typing error the check character caught. */
export type VerificationCodeProblem = "format" | "check";

export type VerificationCodeParse =
  | { ok: true; code: VerificationCode }
  | { ok: false; problem: VerificationCodeProblem };

/** Characters people type for a separator: space, hyphen, the dashes and the minus sign. */
const SEPARATORS = /[\s\u002d\u2010-\u2015\u2212]/g;

/** The value of a typed character, with Crockford's readings of O, I and L; -1 for none. */
function symbolValue(c: string): number {
  const upper = c.toUpperCase();
  const read = upper === "O" ? "0" : upper === "I" || upper === "L" ? "1" : upper;
  return CROCKFORD_ALPHABET.indexOf(read);
}

/**
 * Reads a code as a person typed it (any case, separators anywhere or none, O/I/L for 0/1/1)
 * into its normalised form. Never throws.
 * @example parseVerificationCode("7kq2 m9xd 4htf 8") // { ok: true, code: "7KQ2M9XD4HTF8" }
 */
export function parseVerificationCode(input: string): VerificationCodeParse {
  const compact = input.trim().replace(SEPARATORS, "");
  if (compact.length !== VERIFICATION_CODE_LENGTH) return { ok: false, problem: "format" };
  const values = Array.from(compact, symbolValue);
  if (values.some((v) => v < 0)) return { ok: false, problem: "format" };
  if (checkValue(values) !== 0) return { ok: false, problem: "check" };
  return { ok: true, code: values.map((v) => CROCKFORD_ALPHABET[v]).join("") as VerificationCode };
}

/**
 * The code as it is printed: groups of four, the check character last (`7KQ2-M9XD-4HTF-8`).
 * @example formatVerificationCode(code) // "7KQ2-M9XD-4HTF-8"
 */
export function formatVerificationCode(code: VerificationCode): string {
  return code.replace(/(.{4})(?=.)/g, "$1-");
}
