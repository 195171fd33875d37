import { createHash, randomBytes } from "node:crypto";

/** A secret for a link or a cookie: 192 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/**
 * Secrets in links and cookies (manage tokens, ticket links, session ids) are stored only as
 * this hash, so a copy of the database opens nothing.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
