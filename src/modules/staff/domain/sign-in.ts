/** How far a session has come: `active` is fully signed in; the others wait for a step. */
export type SessionStage = "password-change" | "totp-enrol" | "totp" | "active";

export interface AccountFactors {
  mustChangePassword: boolean;
  totpEnrolled: boolean;
  totpRequired: boolean;
}

/**
 * The next step of a sign-in. Factors are checked before anything is changed: first the
 * TOTP code (when enrolled), then a password chosen by an administrator is replaced, then
 * a required second factor is enrolled.
 */
export function nextStage(account: AccountFactors, done: { totp: boolean }): SessionStage {
  if (account.totpEnrolled && !done.totp) return "totp";
  if (account.mustChangePassword) return "password-change";
  if (account.totpRequired && !account.totpEnrolled) return "totp-enrol";
  return "active";
}
