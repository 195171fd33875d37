/*
 * ISO 7064 MOD 97-10, the check behind both the IBAN (ISO 13616) and the structured creditor
 * reference (ISO 11649): letters count as two-digit numbers (A = 10 … Z = 35), the digits are
 * read as one large number, and a correct string leaves the remainder 1 modulo 97.
 */

/** The remainder modulo 97 of an alphanumeric string read with A = 10 … Z = 35. */
export function mod97(alphanumeric: string): number {
  let rest = 0;
  for (const c of alphanumeric) {
    const code = c.charCodeAt(0);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 55 : -1;
    if (value < 0) throw new RangeError("MOD 97-10 needs digits and capital letters only");
    rest = value < 10 ? (rest * 10 + value) % 97 : (rest * 100 + value) % 97;
  }
  return rest;
}

/**
 * The two check digits for `body` under `prefix` (country code or `RF`): the digits that make
 * `body + prefix + digits` leave 1 modulo 97, always between 02 and 98.
 */
export function mod97CheckDigits(prefix: string, body: string): string {
  return String(98 - mod97(`${body}${prefix}00`)).padStart(2, "0");
}

/** True when `prefix + digits + body`, rearranged as the standards say, leaves 1 modulo 97. */
export function passesMod97(prefix: string, checkDigits: string, body: string): boolean {
  // 00, 01 and 99 can never be computed (98 − remainder lies in 02–98) but 01 and 98, or 00 and
  // 97, leave the same remainder; the standards allow only the computed ones.
  if (!/^\d{2}$/.test(checkDigits) || checkDigits < "02" || checkDigits > "98") return false;
  return mod97(`${body}${prefix}${checkDigits}`) === 1;
}
