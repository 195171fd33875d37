import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import type { Role } from "./domain/roles";

type Db = Kysely<DB> | Transaction<DB>;

/** Writes to staff accounts as administrators make them (reads are in `queries.ts`). */

/** @returns the new account's id, or undefined when the name is taken in this tenant */
export async function insertAccount(
  db: Db,
  tenantId: string,
  row: { username: string; displayName: string; roles: Role[]; passwordHash: string; totpRequired: boolean },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto("staff_accounts")
    .values({
      tenant_id: tenantId,
      username: row.username,
      display_name: row.displayName,
      roles: JSON.stringify(row.roles),
      password_hash: row.passwordHash,
      totp_required: row.totpRequired,
    })
    .onConflict((oc) => oc.columns(["tenant_id", "username"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted?.id;
}

/** @returns whether the account has a second factor, or undefined for an unknown account */
export async function updateAccount(
  db: Db,
  tenantId: string,
  id: number,
  row: { displayName: string; roles: Role[]; totpRequired: boolean; active: boolean },
): Promise<{ hasTotp: boolean } | undefined> {
  const updated = await db
    .updateTable("staff_accounts")
    .set({
      display_name: row.displayName,
      roles: JSON.stringify(row.roles),
      totp_required: row.totpRequired,
      active: row.active,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .returning(["id", "totp_secret"])
    .executeTakeFirst();
  return updated && { hasTotp: updated.totp_secret !== null };
}

/**
 * Sets a one-time password that must be replaced at the next sign-in; with `clearTotp` the
 * second factor is removed too. @returns the account's name, or undefined for an unknown account
 */
export async function resetAccountPassword(
  db: Db,
  tenantId: string,
  id: number,
  change: { passwordHash: string; clearTotp: boolean },
): Promise<string | undefined> {
  const row = await db
    .updateTable("staff_accounts")
    .set({
      password_hash: change.passwordHash,
      password_must_change: true,
      ...(change.clearTotp ? { totp_secret: null, totp_last_step: null } : {}),
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .returning(["id", "username"])
    .executeTakeFirst();
  return row?.username;
}
