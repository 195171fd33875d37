import { randomInt } from "node:crypto";

export { hashToken, newToken } from "../../platform/secrets";

// No 0/O, 1/I/L: codes are read aloud at the counter and typed from paper.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A booking code like "K7MQ-4QXB": 8 characters, about 40 bits. */
export function newBookingCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
