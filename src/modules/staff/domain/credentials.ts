import { z } from "zod";

/** Sign-in names: lower-case letters, digits, dot, dash, underscore; 2–40 characters. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/);

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordProblem = "too-short" | "too-long" | "same-as-username" | "too-simple";

/**
 * NIST SP 800-63B style: length over composition rules. Long passphrases are welcome;
 * only trivially guessable ones are refused.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return "too-short";
  if (password.length > 200) return "too-long";
  if (password.toLowerCase().includes(username.toLowerCase())) return "same-as-username";
  if (new Set(password).size < 5) return "too-simple";
  return undefined;
}

/** A session ends after this idle time, and at the latest after a working day. */
export const SESSION = { idleMinutes: 30, maxHours: 10 } as const;
