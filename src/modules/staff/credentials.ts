import { randomBytes, randomInt } from "node:crypto";
import argon2 from "argon2";
import { Secret, TOTP } from "otpauth";
import { hashToken } from "../../platform/secrets";

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): above OWASP's minimum. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

// Verified when the account does not exist, so a wrong name takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

/** A session id for the cookie: 256 random bits. */
export function newSessionId(): string {
  return randomBytes(32).toString("base64url");
}

/** Session ids are stored only as this hash. */
export const hashSessionId = hashToken;

// No look-alikes (0/O, 1/l/I): an administrator reads it out or writes it down once.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password for a new account or a reset: 16 characters, about 93 bits. */
export function newOneTimePassword(): string {
  let out = "";
  for (let i = 0; i < 16; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}-${out.slice(12)}`;
}

const PERIOD = 30;

function totp(secret: string, issuer: string, label: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new TOTP secret (160 bits, Base32, as authenticator apps expect). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, issuer: string, label: string): string {
  return totp(secret, issuer, label).toString();
}

/**
 * Checks a six-digit code against the secret, allowing one step of clock drift either way.
 * @returns the accepted time step (to refuse its reuse), or undefined
 */
export function acceptedTotpStep(secret: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret, "", "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The current code; for tests and the CLI only. */
export function currentTotpCode(secret: string, now: Date): string {
  return totp(secret, "", "").generate({ timestamp: now.getTime() });
}
