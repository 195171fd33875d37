import { isCleanLine } from "../../../../domain/text";
import { isValidCreditorReference } from "./creditor-reference";
import { isValidIban, MAX_IBAN_LENGTH } from "./iban";

/*
 * The fields of an EPC QR code ("GiroCode", EPC069-12): a SEPA credit transfer a banking app
 * fills in from a photo. The same rules judge what we build and what we read back.
 */

/** The limits of the standard: characters per field, amount range, bytes of the whole payload. */
export const EPC_LIMITS = {
  name: 70,
  iban: MAX_IBAN_LENGTH,
  purpose: 4,
  reference: 35,
  text: 140,
  information: 70,
  minAmountCents: 1,
  maxAmountCents: 99_999_999_999,
  payloadBytes: 331,
} as const;

/** What the payer is told to quote: a structured RF reference or a free text, never both. */
export type EpcRemittance = { kind: "reference"; reference: string } | { kind: "text"; text: string };

/** One credit transfer as a GiroCode carries it. Absent optional fields are left out. */
export interface EpcTransfer {
  /** the beneficiary's bank; optional since version 002 (within the EEA) */
  bic?: string;
  /** the beneficiary, at most 70 characters */
  name: string;
  /** the beneficiary's IBAN, electronic form */
  iban: string;
  /** the amount in euro cents, 1 – 99,999,999,999; absent lets the payer enter it */
  amountCents?: number;
  /** an ISO 20022 purpose code of up to four capitals or digits */
  purpose?: string;
  /**
   * The remittance information. The standard calls the two forms alternatives and allows
   * neither; what we build for a fee always carries the RF reference.
   */
  remittance?: EpcRemittance;
  /** a hint shown to the payer, at most 70 characters */
  information?: string;
}

export type EpcField =
  | "payload"
  | "serviceTag"
  | "version"
  | "characterSet"
  | "identification"
  | "bic"
  | "name"
  | "iban"
  | "amount"
  | "purpose"
  | "reference"
  | "text"
  | "information";

export type EpcProblemCode =
  /** the field is empty but must be given */
  | "required"
  /** more characters than the field allows */
  | "too-long"
  /** not the form the standard asks for (BIC layout, IBAN check digits, RF check digits, …) */
  | "invalid"
  /** an amount outside 0.01–999,999,999.99 */
  | "out-of-range"
  /** a line break or other control character inside a field */
  | "control-characters"
  /** both an RF reference and a free text */
  | "reference-and-text"
  /** the payload exceeds 331 bytes */
  | "too-many-bytes"
  /** a version or character set this reader does not take */
  | "unsupported";

export interface EpcProblem {
  field: EpcField;
  code: EpcProblemCode;
}

/** The number of characters (code points, not UTF-16 units) the standard's limits count. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** The bytes of a string in UTF-8, the payload's character set. */
export function utf8ByteLength(value: string): number {
  let bytes = 0;
  for (const c of value) {
    const code = c.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The amount as the payload writes it: `EUR` and euros with two decimals (`EUR123.45`). */
export function formatEpcAmount(cents: number): string {
  return `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/** A text field's problems: required or not, length in characters, no control characters. */
function textProblems(
  field: EpcField,
  value: string | undefined,
  max: number,
  required: boolean,
): EpcProblem[] {
  if (value === undefined) return required ? [{ field, code: "required" }] : [];
  // a blank optional field is left out, not written as a line of spaces
  if (value.trim() === "") return [{ field, code: required ? "required" : "invalid" }];
  if (!isCleanLine(value)) return [{ field, code: "control-characters" }];
  if (characterCount(value) > max) return [{ field, code: "too-long" }];
  return [];
}

/** Every rule of the standard a transfer breaks, field by field (empty when it may be encoded). */
export function epcTransferProblems(
  transfer: EpcTransfer,
  options: { bicRequired?: boolean } = {},
): EpcProblem[] {
  const problems: EpcProblem[] = [];
  const { bic, iban, amountCents, purpose, remittance } = transfer;
  if (bic === undefined) {
    if (options.bicRequired) problems.push({ field: "bic", code: "required" });
  } else if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) {
    problems.push({ field: "bic", code: "invalid" });
  }
  problems.push(...textProblems("name", transfer.name, EPC_LIMITS.name, true));
  if (iban === "") problems.push({ field: "iban", code: "required" });
  else if (iban.length > EPC_LIMITS.iban) problems.push({ field: "iban", code: "too-long" });
  else if (!isValidIban(iban)) problems.push({ field: "iban", code: "invalid" });
  if (amountCents !== undefined) {
    if (!Number.isSafeInteger(amountCents)) problems.push({ field: "amount", code: "invalid" });
    else if (amountCents < EPC_LIMITS.minAmountCents || amountCents > EPC_LIMITS.maxAmountCents)
      problems.push({ field: "amount", code: "out-of-range" });
  }
  if (purpose !== undefined) {
    if (characterCount(purpose) > EPC_LIMITS.purpose) problems.push({ field: "purpose", code: "too-long" });
    else if (!/^[A-Z0-9]{1,4}$/.test(purpose)) problems.push({ field: "purpose", code: "invalid" });
  }
  if (remittance?.kind === "reference") {
    const { reference } = remittance;
    if (reference === "") problems.push({ field: "reference", code: "required" });
    else if (characterCount(reference) > EPC_LIMITS.reference)
      problems.push({ field: "reference", code: "too-long" });
    else if (!isValidCreditorReference(reference)) problems.push({ field: "reference", code: "invalid" });
  } else if (remittance?.kind === "text") {
    problems.push(...textProblems("text", remittance.text, EPC_LIMITS.text, true));
  }
  problems.push(...textProblems("information", transfer.information, EPC_LIMITS.information, false));
  return problems;
}
