import type { Transaction } from "kysely";
import { type Actor, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import type { DB } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import { StaffAccounts } from "./account-service";
import {
  acceptedTotpStep,
  hashPassword,
  hashSessionId,
  newSessionId,
  newTotpSecret,
  verifyAgainstDummy,
  verifyPassword,
} from "./credentials";
import { LOCKOUT, type PasswordProblem, passwordProblem, SESSION, Username } from "./domain/credentials";
import { nextStage } from "./domain/sign-in";
import {
  findAccountByUsername,
  findLiveSession,
  type SessionStage,
  type SessionView,
  type StaffAccount,
} from "./queries";

export type SignInResult =
  | { ok: true; sessionId: string; stage: SessionStage }
  | { ok: false; problem: "invalid" | "locked"; lockedUntil?: Date };

const minutes = (n: number) => n * 60_000;
const noActor = (ip: string | null, username: string | null = null) => ({ staffId: null, username, ip });

/**
 * Staff sign-in: password (argon2id), TOTP, lockout, sessions stored server-side; the
 * accounts themselves are kept through `accounts`.
 */
export class StaffService {
  readonly accounts: StaffAccounts;

  constructor(
    private readonly database: Database,
    readonly tenantId: string,
  ) {
    this.accounts = new StaffAccounts(database, tenantId);
  }

  private get db() {
    return this.database.db;
  }

  /**
   * Checks name and password. Five failures in a row lock the account for 15 minutes; a
   * locked account refuses even the right password, without saying whether it was right.
   */
  async signIn(input: { username: string; password: string; ip: string; now: Date }): Promise<SignInResult> {
    const parsed = Username.safeParse(input.username);
    const account = parsed.success
      ? await findAccountByUsername(this.db, this.tenantId, parsed.data)
      : undefined;
    if (!account?.active) {
      await verifyAgainstDummy(input.password);
      return { ok: false, problem: "invalid" };
    }
    if (account.lockedUntil && account.lockedUntil > input.now) {
      return { ok: false, problem: "locked", lockedUntil: account.lockedUntil };
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      return this.failedAttempt(account.id, account.username, input.ip, input.now);
    }
    const stage = nextStage(account, { totp: false });
    const sessionId = newSessionId();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("staff_sessions")
        .values({
          id_hash: hashSessionId(sessionId),
          staff_id: account.id,
          stage,
          expires_at: new Date(input.now.getTime() + SESSION.maxHours * 3_600_000),
          created_at: input.now,
          last_seen_at: input.now,
        })
        .execute();
      if (stage !== "totp") await this.signedIn(trx, account, input.ip, input.now);
    });
    return { ok: true, sessionId, stage };
  }

  private async signedIn(trx: Transaction<DB>, account: StaffAccount, ip: string, now: Date) {
    await trx
      .updateTable("staff_accounts")
      .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: now })
      .where("id", "=", account.id)
      .execute();
    await recordAudit(
      trx,
      this.tenantId,
      { staffId: account.id, username: account.username, ip },
      {
        action: "staff.sign-in",
      },
    );
  }

  private async failedAttempt(
    staffId: number,
    username: string,
    ip: string,
    now: Date,
  ): Promise<SignInResult & { ok: false }> {
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable("staff_accounts")
        .set((eb) => ({ failed_attempts: eb("failed_attempts", "+", 1) }))
        .where("id", "=", staffId)
        .returning("failed_attempts")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, this.tenantId, noActor(ip, username), {
        action: "staff.sign-in-failed",
        detail: { attempt: row.failed_attempts },
      });
      if (row.failed_attempts < LOCKOUT.attempts) return { ok: false as const, problem: "invalid" as const };
      const lockedUntil = new Date(now.getTime() + minutes(LOCKOUT.minutes));
      await trx
        .updateTable("staff_accounts")
        .set({ locked_until: lockedUntil, failed_attempts: 0 })
        .where("id", "=", staffId)
        .execute();
      await recordAudit(trx, this.tenantId, noActor(ip, username), { action: "staff.locked" });
      await trx.deleteFrom("staff_sessions").where("staff_id", "=", staffId).execute();
      return { ok: false as const, problem: "locked" as const, lockedUntil };
    });
  }

  /** The session behind a cookie value, if it is live; touching it keeps it alive. */
  async session(sessionId: string, now: Date): Promise<SessionView | undefined> {
    const idHash = hashSessionId(sessionId);
    const idleSince = new Date(now.getTime() - minutes(SESSION.idleMinutes));
    const view = await findLiveSession(this.db, this.tenantId, idHash, now, idleSince);
    // One write a minute at most: the idle timeout needs no finer clock.
    if (view && now.getTime() - view.lastSeenAt.getTime() > 60_000) {
      await this.db
        .updateTable("staff_sessions")
        .set({ last_seen_at: now })
        .where("id_hash", "=", idHash)
        .execute();
    }
    return view;
  }

  async signOut(sessionId: string, actor: Actor | undefined): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("staff_sessions").where("id_hash", "=", hashSessionId(sessionId)).execute();
      if (actor) await recordAudit(trx, this.tenantId, actor, { action: "staff.sign-out" });
    });
  }

  /** Second step: the six-digit code. Wrong codes count towards the lockout like wrong passwords. */
  async verifyTotp(
    session: SessionView,
    code: string,
    ip: string,
    now: Date,
  ): Promise<{ ok: true; stage: SessionStage } | { ok: false; lockedUntil?: Date }> {
    if (session.stage !== "totp") throw new AppError("bad-request");
    const row = await this.db
      .selectFrom("staff_accounts")
      .select(["totp_secret", "totp_last_step", "locked_until"])
      .where("id", "=", session.account.id)
      .executeTakeFirstOrThrow();
    if (row.locked_until && new Date(row.locked_until) > now)
      return { ok: false, lockedUntil: new Date(row.locked_until) };
    const step = row.totp_secret ? acceptedTotpStep(row.totp_secret, code, now) : undefined;
    if (step === undefined || (row.totp_last_step !== null && step <= Number(row.totp_last_step))) {
      const failed = await this.failedAttempt(session.account.id, session.account.username, ip, now);
      return { ok: false, lockedUntil: failed.lockedUntil };
    }
    const stage = nextStage(session.account, { totp: true });
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("staff_accounts")
        .set({ totp_last_step: step })
        .where("id", "=", session.account.id)
        .execute();
      await trx.updateTable("staff_sessions").set({ stage }).where("id_hash", "=", session.idHash).execute();
      await this.signedIn(trx, session.account, ip, now);
    });
    return { ok: true, stage };
  }

  /** Replaces a password an administrator gave out. */
  async changePassword(
    session: SessionView,
    input: { password: string; confirm: string },
  ): Promise<{ ok: true; stage: SessionStage } | { ok: false; problem: PasswordProblem | "mismatch" }> {
    if (session.stage !== "password-change") throw new AppError("bad-request");
    const problem = passwordProblem(input.password, session.account.username);
    if (problem) return { ok: false, problem };
    if (input.password !== input.confirm) return { ok: false, problem: "mismatch" };
    const hash = await hashPassword(input.password);
    const stage = nextStage({ ...session.account, mustChangePassword: false }, { totp: true });
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("staff_accounts")
        .set({ password_hash: hash, password_must_change: false })
        .where("id", "=", session.account.id)
        .execute();
      await trx.updateTable("staff_sessions").set({ stage }).where("id_hash", "=", session.idHash).execute();
    });
    return { ok: true, stage };
  }

  /** The secret being enrolled in this session (made on first call, the same after a reload). */
  async pendingTotpSecret(session: SessionView): Promise<string> {
    if (session.stage !== "totp-enrol") throw new AppError("bad-request");
    if (session.pendingTotpSecret) return session.pendingTotpSecret;
    const secret = newTotpSecret();
    await this.db
      .updateTable("staff_sessions")
      .set({ pending_totp_secret: secret })
      .where("id_hash", "=", session.idHash)
      .execute();
    return secret;
  }

  /** Finishes enrolment when the app shows a matching code. */
  async confirmTotp(session: SessionView, code: string, ip: string, now: Date): Promise<boolean> {
    if (session.stage !== "totp-enrol" || !session.pendingTotpSecret) throw new AppError("bad-request");
    const step = acceptedTotpStep(session.pendingTotpSecret, code, now);
    if (step === undefined) return false;
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("staff_accounts")
        .set({ totp_secret: session.pendingTotpSecret, totp_last_step: step })
        .where("id", "=", session.account.id)
        .execute();
      await trx
        .updateTable("staff_sessions")
        .set({ stage: "active", pending_totp_secret: null })
        .where("id_hash", "=", session.idHash)
        .execute();
      await recordAudit(
        trx,
        this.tenantId,
        { staffId: session.account.id, username: session.account.username, ip },
        {
          action: "staff.totp-enrolled",
        },
      );
      await this.signedIn(trx, session.account, ip, now);
    });
    return true;
  }

  /** Remembers where a clerk works this session (a counter of a location). */
  async pickCounter(session: SessionView, location: string, counter: string): Promise<void> {
    await this.db
      .updateTable("staff_sessions")
      .set({ location_key: location, counter_key: counter })
      .where("id_hash", "=", session.idHash)
      .execute();
  }

  /** Removes sessions that ended (a scheduled job). */
  async removeEndedSessions(now: Date): Promise<number> {
    const idleSince = new Date(now.getTime() - minutes(SESSION.idleMinutes));
    const result = await this.db
      .deleteFrom("staff_sessions")
      .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
