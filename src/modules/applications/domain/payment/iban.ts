import { mod97CheckDigits, passesMod97 } from "./mod97";

/*
 * The IBAN check of ISO 13616: two letters of the country, two check digits (MOD 97-10), the
 * national account number (BBAN). Written by hand because pure code may use no package beyond
 * zod, temporal-polyfill and date-holidays; `ibantools` would be the library of choice where a
 * package is allowed (it also knows each country's BBAN layout and national check digits).
 */

/**
 * The IBAN length of the countries in the SEPA scheme, where a GiroCode can be paid. For other
 * countries only the general rules apply (15–34 characters, MOD 97-10).
 */
export const SEPA_IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** The longest IBAN any country has. */
export const MAX_IBAN_LENGTH = 34;

export type IbanProblem = "format" | "length" | "check";
export type IbanParse = { ok: true; iban: string } | { ok: false; problem: IbanProblem };

/** Checks an IBAN in its electronic form (capitals, no spaces). Never throws. */
export function checkIban(iban: string): IbanParse {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return { ok: false, problem: "format" };
  const expected = SEPA_IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return { ok: false, problem: "length" };
  if (!passesMod97(iban.slice(0, 2), iban.slice(2, 4), iban.slice(4))) return { ok: false, problem: "check" };
  return { ok: true, iban };
}

/** True for a valid IBAN in its electronic form. */
export function isValidIban(iban: string): boolean {
  return checkIban(iban).ok;
}

/** Reads an IBAN as people write it (spaces between groups, small letters) into its electronic form. */
export function parseIban(input: string): IbanParse {
  return checkIban(input.replace(/\s+/g, "").toUpperCase());
}

/** The IBAN in groups of four, as it is printed (`DE89 3704 0044 0532 0130 00`). */
export function formatIbanForPrint(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

/**
 * The IBAN of a country, bank code and account as one BBAN, with its check digits computed.
 * @throws RangeError when the country is not two capitals or the BBAN not 11–30 capitals or digits
 */
export function ibanFromBban(country: string, bban: string): string {
  if (!/^[A-Z]{2}$/.test(country) || !/^[A-Z0-9]{11,30}$/.test(bban))
    throw new RangeError("an IBAN needs a two-letter country and an 11–30 character BBAN");
  return `${country}${mod97CheckDigits(country, bban)}${bban}`;
}
