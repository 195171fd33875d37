import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import type { SessionStage } from "./queries";

type Db = Kysely<DB> | Transaction<DB>;

/** Sessions and the sign-in state of accounts (the second factor's last step, the last sign-in). */

export async function insertSession(
  db: Db,
  row: { idHash: string; staffId: number; stage: SessionStage; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("staff_sessions")
    .values({
      id_hash: row.idHash,
      staff_id: row.staffId,
      stage: row.stage,
      expires_at: row.expiresAt,
      created_at: row.now,
      last_seen_at: row.now,
    })
    .execute();
}

/** Moves a session to a new id (and stage): the old id holds nothing afterwards. */
export async function renameSession(
  db: Db,
  idHash: string,
  changes: { idHash: string; stage: SessionStage; pending_totp_secret?: null },
): Promise<void> {
  const { idHash: newIdHash, ...rest } = changes;
  await db
    .updateTable("staff_sessions")
    .set({ ...rest, id_hash: newIdHash })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function touchSession(db: Db, idHash: string, now: Date): Promise<void> {
  await db.updateTable("staff_sessions").set({ last_seen_at: now }).where("id_hash", "=", idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("staff_sessions").where("id_hash", "=", idHash).execute();
}

export async function deleteSessionsOf(db: Db, staffId: number): Promise<void> {
  await db.deleteFrom("staff_sessions").where("staff_id", "=", staffId).execute();
}

/** Removes sessions past their end or idle since `idleSince`; returns how many. */
export async function deleteEndedSessions(db: Db, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom("staff_sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function setPendingTotpSecret(db: Db, idHash: string, secret: string): Promise<void> {
  await db
    .updateTable("staff_sessions")
    .set({ pending_totp_secret: secret })
    .where("id_hash", "=", idHash)
    .execute();
}

/** Remembers the counter a clerk works at in this session. */
export async function setSessionCounter(db: Db, idHash: string, location: string, counter: string) {
  await db
    .updateTable("staff_sessions")
    .set({ location_key: location, counter_key: counter })
    .where("id_hash", "=", idHash)
    .execute();
}

export async function markSignedIn(db: Db, staffId: number, now: Date): Promise<void> {
  await db.updateTable("staff_accounts").set({ last_sign_in_at: now }).where("id", "=", staffId).execute();
}

export async function findTotpState(db: Db, staffId: number) {
  const row = await db
    .selectFrom("staff_accounts")
    .select(["totp_secret", "totp_last_step"])
    .where("id", "=", staffId)
    .executeTakeFirstOrThrow();
  return {
    secret: row.totp_secret,
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

/**
 * Takes a code's time step for an account, only if no equal or later step was taken: of two
 * requests with the same code, one wins. @returns whether this one did
 */
export async function takeTotpStep(db: Db, staffId: number, step: number): Promise<boolean> {
  const taken = await db
    .updateTable("staff_accounts")
    .set({ totp_last_step: step })
    .where("id", "=", staffId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
    .executeTakeFirst();
  return taken.numUpdatedRows > 0n;
}

export async function enrolTotp(db: Db, staffId: number, secret: string, step: number): Promise<void> {
  await db
    .updateTable("staff_accounts")
    .set({ totp_secret: secret, totp_last_step: step })
    .where("id", "=", staffId)
    .execute();
}

/** The account's own new password (after a one-time password). */
export async function setOwnPassword(db: Db, staffId: number, hash: string): Promise<void> {
  await db
    .updateTable("staff_accounts")
    .set({ password_hash: hash, password_must_change: false })
    .where("id", "=", staffId)
    .execute();
}
