import { type CaseReference, caseReferenceDigits, parseCaseReference } from "../case/reference";
import { mod97CheckDigits, passesMod97 } from "./mod97";

/*
 * The structured creditor reference of ISO 11649 ("RF reference"): `RF`, two check digits
 * (MOD 97-10) and a body of 1–21 digits or capitals. A bank checks it when the payer types it,
 * and it comes back with the transfer, so the payment finds its case without reading free text.
 */

/** The longest RF reference: `RF`, two check digits and 21 characters. */
export const MAX_CREDITOR_REFERENCE_LENGTH = 25;

/**
 * The RF reference for `body`.
 * @throws RangeError when the body is not 1–21 digits or capital letters
 * @example creditorReference("539007547034") // "RF18539007547034"
 */
export function creditorReference(body: string): string {
  if (!/^[A-Z0-9]{1,21}$/.test(body)) throw new RangeError("an RF reference body is 1–21 digits or capitals");
  return `RF${mod97CheckDigits("RF", body)}${body}`;
}

/** True for an RF reference in its electronic form (capitals, no spaces) whose check digits are right. */
export function isValidCreditorReference(reference: string): boolean {
  const match = /^RF(\d{2})([A-Z0-9]{1,21})$/.exec(reference);
  return match !== null && passesMod97("RF", match[1] as string, match[2] as string);
}

export type CreditorReferenceParse =
  | { ok: true; reference: string }
  | { ok: false; problem: "format" | "check" };

/** Reads an RF reference as people write it (groups of four, small letters). Never throws. */
export function parseCreditorReference(input: string): CreditorReferenceParse {
  const reference = input.replace(/\s+/g, "").toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(reference)) return { ok: false, problem: "format" };
  return isValidCreditorReference(reference) ? { ok: true, reference } : { ok: false, problem: "check" };
}

/** The RF reference in groups of four, as printed on a fee notice (`RF18 5390 0754 7034`). */
export function formatCreditorReferenceForPrint(reference: string): string {
  return reference.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The payment reference of a case: the RF reference whose body is the case reference's twelve
 * digits, so a transfer names its case and a mistyped reference is refused by the payer's bank.
 */
export function creditorReferenceForCase(reference: CaseReference): string {
  return creditorReference(caseReferenceDigits(reference));
}

/**
 * The case reference a payment reference names, or undefined when it names none (another
 * body, or a wrong check digit of either the RF or the case reference).
 */
export function caseReferenceOfCreditorReference(reference: string): CaseReference | undefined {
  const parsed = parseCreditorReference(reference);
  if (!parsed.ok || !/^RF\d{14}$/.test(parsed.reference)) return undefined;
  const found = parseCaseReference(parsed.reference.slice(4));
  return found.ok ? found.reference : undefined;
}
