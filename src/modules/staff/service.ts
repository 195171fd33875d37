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
import { type PasswordProblem, passwordProblem, SESSION, Username } from "./domain/credentials";
import { nextStage } from "./domain/sign-in";
import { THROTTLES } from "./domain/throttle";
import {
  findAccountByUsername,
  findLiveSession,
  type SessionStage,
  type SessionView,
  type StaffAccount,
} from "./queries";
import {
  deleteEndedSessions,
  deleteSession,
  enrolTotp,
  findTotpState,
  insertSession,
  markSignedIn,
  renameSession,
  setOwnPassword,
  setPendingTotpSecret,
  setSessionCounter,
  takeTotpStep,
  touchSession,
} from "./session-queries";
import { SignInKeys } from "./throttle-keys";
import { claimThrottled, clearThrottles, removeStaleThrottles } from "./throttle-queries";

export type SignInResult =
  | { ok: true; sessionId: string; stage: SessionStage }
  | { ok: false; problem: "invalid" }
  /** too many failed attempts under this name or from this address: the next may come at `retryAt` */
  | { ok: false; problem: "wait"; retryAt: Date };

const minutes = (n: number) => n * 60_000;
const noActor = (ip: string | null, username: string | null = null) => ({ staffId: null, username, ip });

/**
 * Staff sign-in: password (argon2id), TOTP, throttling of failed attempts, sessions stored
 * server-side; the accounts themselves are kept through `accounts`.
 */
export class StaffService {
  readonly accounts: StaffAccounts;
  private readonly keys: SignInKeys;

  constructor(
    private readonly database: Database,
    readonly tenantId: string,
    /** keys the hash of client addresses in the throttles */
    secret: string,
  ) {
    this.keys = new SignInKeys(tenantId, secret);
    this.accounts = new StaffAccounts(database, tenantId, this.keys);
  }

  private get db() {
    return this.database.db;
  }

  /** The throttles an attempt under `username` from `ip` falls under (see `domain/throttle.ts`). */
  private throttles(username: string, ip: string) {
    const account = this.keys.account(username);
    const address = this.keys.address(ip);
    return [
      { key: account, accountKey: account, policy: THROTTLES.account },
      { key: address, accountKey: null, policy: THROTTLES.address },
      { key: this.keys.pair(account, address), accountKey: account, policy: THROTTLES.pair },
    ];
  }

  /** Forgets the failures of a name: at this address, and under the name from anywhere. */
  private async forgetFailures(username: string, ip: string) {
    const [account, , pair] = this.throttles(username, ip);
    await clearThrottles(this.db, this.tenantId, [account?.key ?? "", pair?.key ?? ""]);
  }

  /**
   * Checks name and password. Each attempt first claims its throttles in the database, so
   * parallel attempts cannot outrun them; a name that has no account is throttled and
   * answered exactly like one that has.
   */
  async signIn(input: { username: string; password: string; ip: string; now: Date }): Promise<SignInResult> {
    const claim = await claimThrottled(
      this.db,
      this.tenantId,
      this.throttles(input.username, input.ip),
      input.now,
    );
    if (!claim.ok) return { ok: false, problem: "wait", retryAt: claim.retryAt };
    const parsed = Username.safeParse(input.username);
    const account = parsed.success
      ? await findAccountByUsername(this.db, this.tenantId, parsed.data)
      : undefined;
    if (!account?.active) {
      await verifyAgainstDummy(input.password);
      return { ok: false, problem: "invalid" };
    }
    if (!(await verifyPassword(account.passwordHash, input.password))) {
      await recordAudit(this.db, this.tenantId, noActor(input.ip, account.username), {
        action: "staff.sign-in-failed",
      });
      return { ok: false, problem: "invalid" };
    }
    const stage = nextStage(account, { totp: false });
    // With a second factor still to come, the failures stay counted until it is passed too.
    if (stage !== "totp") await this.forgetFailures(input.username, input.ip);
    const sessionId = newSessionId();
    await this.db.transaction().execute(async (trx) => {
      await insertSession(trx, {
        idHash: hashSessionId(sessionId),
        staffId: account.id,
        stage,
        now: input.now,
        expiresAt: new Date(input.now.getTime() + SESSION.maxHours * 3_600_000),
      });
      if (stage !== "totp") await this.signedIn(trx, account, input.ip, input.now);
    });
    return { ok: true, sessionId, stage };
  }

  private async signedIn(trx: Transaction<DB>, account: StaffAccount, ip: string, now: Date) {
    await markSignedIn(trx, account.id, now);
    await recordAudit(
      trx,
      this.tenantId,
      { staffId: account.id, username: account.username, ip },
      {
        action: "staff.sign-in",
      },
    );
  }

  /**
   * Moves a session to its next stage under a new id: whoever knew the id of the weaker
   * session (set before a factor was checked) holds nothing afterwards.
   * @returns the new session id for the cookie
   */
  private async advanceSession(
    trx: Transaction<DB>,
    session: SessionView,
    changes: { stage: SessionStage; pending_totp_secret?: null },
  ): Promise<string> {
    const sessionId = newSessionId();
    await renameSession(trx, session.idHash, { ...changes, idHash: hashSessionId(sessionId) });
    return sessionId;
  }

  /** The session behind a cookie value, if it is live; touching it keeps it alive. */
  async session(sessionId: string, now: Date): Promise<SessionView | undefined> {
    const idHash = hashSessionId(sessionId);
    const idleSince = new Date(now.getTime() - minutes(SESSION.idleMinutes));
    const view = await findLiveSession(this.db, this.tenantId, idHash, now, idleSince);
    // One write a minute at most: the idle timeout needs no finer clock.
    if (view && now.getTime() - view.lastSeenAt.getTime() > 60_000) await touchSession(this.db, idHash, now);
    return view;
  }

  async signOut(sessionId: string, actor: Actor | undefined): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await deleteSession(trx, hashSessionId(sessionId));
      if (actor) await recordAudit(trx, this.tenantId, actor, { action: "staff.sign-out" });
    });
  }

  /** Second step: the six-digit code. Wrong codes count in the same throttles as wrong passwords. */
  async verifyTotp(
    session: SessionView,
    code: string,
    ip: string,
    now: Date,
  ): Promise<{ ok: true; stage: SessionStage; sessionId: string } | { ok: false; retryAt?: Date }> {
    if (session.stage !== "totp") throw new AppError("bad-request");
    const { username } = session.account;
    const claim = await claimThrottled(this.db, this.tenantId, this.throttles(username, ip), now);
    if (!claim.ok) return { ok: false, retryAt: claim.retryAt };
    const totp = await findTotpState(this.db, session.account.id);
    const step = totp.secret ? acceptedTotpStep(totp.secret, code, now) : undefined;
    if (step === undefined || (totp.lastStep !== null && step <= totp.lastStep)) {
      await recordAudit(this.db, this.tenantId, noActor(ip, username), { action: "staff.sign-in-failed" });
      return { ok: false };
    }
    await this.forgetFailures(username, ip);
    const stage = nextStage(session.account, { totp: true });
    const sessionId = await this.db.transaction().execute(async (trx) => {
      // Only one request can take a code's step: the update is conditional on the last one.
      if (!(await takeTotpStep(trx, session.account.id, step))) return undefined;
      const id = await this.advanceSession(trx, session, { stage });
      await this.signedIn(trx, session.account, ip, now);
      return id;
    });
    return sessionId ? { ok: true, stage, sessionId } : { ok: false };
  }

  /** Replaces a password an administrator gave out; the session continues under a new id. */
  async changePassword(
    session: SessionView,
    input: { password: string; confirm: string },
  ): Promise<
    | { ok: true; stage: SessionStage; sessionId: string }
    | { ok: false; problem: PasswordProblem | "mismatch" }
  > {
    if (session.stage !== "password-change") throw new AppError("bad-request");
    const problem = passwordProblem(input.password, session.account.username);
    if (problem) return { ok: false, problem };
    if (input.password !== input.confirm) return { ok: false, problem: "mismatch" };
    const hash = await hashPassword(input.password);
    const stage = nextStage({ ...session.account, mustChangePassword: false }, { totp: true });
    const sessionId = await this.db.transaction().execute(async (trx) => {
      await setOwnPassword(trx, session.account.id, hash);
      return this.advanceSession(trx, session, { stage });
    });
    return { ok: true, stage, sessionId };
  }

  /** The secret being enrolled in this session (made on first call, the same after a reload). */
  async pendingTotpSecret(session: SessionView): Promise<string> {
    if (session.stage !== "totp-enrol") throw new AppError("bad-request");
    if (session.pendingTotpSecret) return session.pendingTotpSecret;
    const secret = newTotpSecret();
    await setPendingTotpSecret(this.db, session.idHash, secret);
    return secret;
  }

  /**
   * Finishes enrolment when the app shows a matching code.
   * @returns the id the now signed-in session continues under, or undefined for a wrong code
   */
  async confirmTotp(session: SessionView, code: string, ip: string, now: Date): Promise<string | undefined> {
    if (session.stage !== "totp-enrol" || !session.pendingTotpSecret) throw new AppError("bad-request");
    const step = acceptedTotpStep(session.pendingTotpSecret, code, now);
    if (step === undefined) return undefined;
    return this.db.transaction().execute(async (trx) => {
      await enrolTotp(trx, session.account.id, session.pendingTotpSecret as string, step);
      const sessionId = await this.advanceSession(trx, session, {
        stage: "active",
        pending_totp_secret: null,
      });
      await recordAudit(
        trx,
        this.tenantId,
        { staffId: session.account.id, username: session.account.username, ip },
        {
          action: "staff.totp-enrolled",
        },
      );
      await this.signedIn(trx, session.account, ip, now);
      return sessionId;
    });
  }

  /** Remembers where a clerk works this session (a counter of a location). */
  async pickCounter(session: SessionView, location: string, counter: string): Promise<void> {
    await setSessionCounter(this.db, session.idHash, location, counter);
  }

  /** Removes sessions that ended and throttles whose failures are forgotten (a scheduled job). */
  async removeEndedSessions(now: Date): Promise<number> {
    await removeStaleThrottles(this.db, new Date(now.getTime() - 24 * 3_600_000));
    const idleSince = new Date(now.getTime() - minutes(SESSION.idleMinutes));
    return deleteEndedSessions(this.db, now, idleSince);
  }
}
