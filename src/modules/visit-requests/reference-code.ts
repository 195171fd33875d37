import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: the code is read aloud on the phone and written down by hand.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** The pattern of a reference code; anything else in a link is ignored. */
export const REFERENCE_CODE = /^HB-[A-HJKMNP-Z2-9]{4}$/;

/**
 * A short reference for a visit request, like "HB-7K3Q" (about 920,000 codes; the store
 * retries on the rare collision). It only names a request: it opens nothing.
 */
export function newReferenceCode(): string {
  let code = "";
  for (let i = 0; i < 4; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `HB-${code}`;
}
