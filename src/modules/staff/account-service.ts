import type { Actor } from "../../platform/audit/audit";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { AppError } from "../../platform/errors";
import { insertAccount, resetAccountPassword, updateAccount } from "./account-queries";
import { hashPassword, newOneTimePassword } from "./credentials";
import type { Role } from "./domain/roles";
import { findAccount, listAccounts, type StaffAccount, setAccountPlaces } from "./queries";
import { deleteSessionsOf } from "./session-queries";
import type { SignInKeys } from "./throttle-keys";
import { clearAccountThrottles, findAccountWaits } from "./throttle-queries";

export interface AccountInput {
  username: string;
  displayName: string;
  roles: Role[];
  /** where the account works (location keys); none for administrators */
  places?: string[];
  totpRequired: boolean;
}

/** The command line creates the first administrator; its entries name it so. */
const CLI = { staffId: null, username: "cli", ip: null };

/**
 * Staff accounts as administrators keep them: create with a one-time password, change roles,
 * lift a sign-in delay, reset. Every change is written to the audit log in its transaction.
 */
export class StaffAccounts {
  constructor(
    private readonly database: Database,
    private readonly tenantId: string,
    private readonly keys: SignInKeys,
  ) {}

  /** Until when sign-ins to these accounts must wait after failed attempts, by account id. */
  async signInDelays(accounts: readonly StaffAccount[], now: Date): Promise<Map<number, Date>> {
    const keyOf = new Map(accounts.map((a) => [this.keys.account(a.username), a.id]));
    const waits = await findAccountWaits(this.db, this.tenantId, [...keyOf.keys()], now);
    return new Map([...waits].map(([key, until]) => [keyOf.get(key) as number, until]));
  }

  private get db() {
    return this.database.db;
  }

  list(): Promise<StaffAccount[]> {
    return listAccounts(this.db, this.tenantId);
  }

  find(id: number): Promise<StaffAccount | undefined> {
    return findAccount(this.db, this.tenantId, id);
  }

  /**
   * Creates an account with a one-time password that must be replaced at the first sign-in.
   * @throws AppError conflict when the name is taken
   * @returns the one-time password, to be shown once
   */
  async create(actor: Actor | null, input: AccountInput): Promise<{ id: number; password: string }> {
    const password = newOneTimePassword();
    const hash = await hashPassword(password);
    const id = await this.db.transaction().execute(async (trx) => {
      const id = await insertAccount(trx, this.tenantId, {
        username: input.username,
        displayName: input.displayName,
        roles: input.roles,
        passwordHash: hash,
        totpRequired: input.totpRequired || input.roles.includes("administrator"),
      });
      if (id === undefined) throw new AppError("conflict", { field: "username" });
      await setAccountPlaces(trx, this.tenantId, id, input.places ?? []);
      await recordAudit(trx, this.tenantId, actor ?? CLI, {
        action: "staff.account-created",
        subject: `staff:${id}`,
        detail: { roles: input.roles.join(" "), places: (input.places ?? []).join(" ") },
      });
      return id;
    });
    return { id, password };
  }

  /**
   * Changes name, roles, the second-factor duty or the active flag; deactivating ends all sessions.
   * @throws AppError not-found for an unknown account; conflict when administrators would take
   *   their own administrator role away or deactivate themselves
   */
  async update(
    actor: Actor,
    id: number,
    input: Omit<AccountInput, "username"> & { active: boolean },
  ): Promise<void> {
    if (actor.staffId === id && (!input.roles.includes("administrator") || !input.active)) {
      throw new AppError("conflict", { field: input.active ? "roles" : "active" });
    }
    const totpRequired = input.totpRequired || input.roles.includes("administrator");
    await this.db.transaction().execute(async (trx) => {
      const row = await updateAccount(trx, this.tenantId, id, {
        displayName: input.displayName,
        roles: input.roles,
        totpRequired,
        active: input.active,
      });
      if (!row) throw new AppError("not-found");
      await setAccountPlaces(trx, this.tenantId, id, input.places ?? []);
      // Changed roles take effect at once: the next request reads them from the account. A
      // session signed in with the password alone must not gain roles that need a second
      // factor not yet set up (a clerk made administrator): it ends, and the next sign-in enrols.
      const factorMissing = totpRequired && !row.hasTotp;
      if (!input.active || factorMissing) await deleteSessionsOf(trx, id);
      await recordAudit(trx, this.tenantId, actor, {
        action: "staff.account-updated",
        subject: `staff:${id}`,
        detail: {
          roles: input.roles.join(" "),
          places: (input.places ?? []).join(" "),
          active: input.active,
          totpRequired,
        },
      });
    });
  }

  /**
   * Lifts the delay of sign-ins to an account after failed attempts (from every address);
   * the password stays as it is.
   * @throws AppError not-found for an unknown account
   */
  async unlock(actor: Actor, id: number): Promise<void> {
    const account = await this.find(id);
    if (!account) throw new AppError("not-found");
    await this.db.transaction().execute(async (trx) => {
      await clearAccountThrottles(trx, this.tenantId, this.keys.account(account.username));
      await recordAudit(trx, this.tenantId, actor, { action: "staff.unlocked", subject: `staff:${id}` });
    });
  }

  /**
   * An administrator's reset: a new one-time password, the lock lifted, every session ended.
   * With `totp`, the second factor is removed too (a lost phone) and enrolled again at sign-in.
   * Nobody resets their own account: a taken-over session must not be able to replace the
   * password and the second factor and so keep the account.
   * @throws AppError not-found for an unknown account; conflict for the actor's own account
   */
  async reset(actor: Actor, id: number, what: { totp: boolean }): Promise<string> {
    if (actor.staffId === id) throw new AppError("conflict");
    const password = newOneTimePassword();
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      const username = await resetAccountPassword(trx, this.tenantId, id, {
        passwordHash: hash,
        clearTotp: what.totp,
      });
      if (username === undefined) throw new AppError("not-found");
      await clearAccountThrottles(trx, this.tenantId, this.keys.account(username));
      await deleteSessionsOf(trx, id);
      await recordAudit(trx, this.tenantId, actor, {
        action: "staff.password-reset",
        subject: `staff:${id}`,
        detail: { totp: what.totp },
      });
    });
    return password;
  }
}
