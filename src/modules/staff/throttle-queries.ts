import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema";
import { type ClaimDecision, claimAttempt, type ThrottlePolicy, type ThrottleState } from "./domain/throttle";

export interface SignInThrottlesTable {
  tenant_id: string;
  key: string;
  account_key: string | null;
  failures: number;
  next_attempt_at: Date | string;
  updated_at: Date | string;
}

declare module "../../platform/db/schema" {
  interface DB {
    sign_in_throttles: SignInThrottlesTable;
  }
}

const LONG_AGO = new Date(0);

/**
 * Claims one sign-in attempt under every given throttle, atomically: the rows are created
 * when missing, locked in key order (so concurrent claims never deadlock), decided by the
 * pure `claimAttempt`, and written back only when the attempt may go ahead. Parallel
 * attempts therefore queue on the rows, and each sees the failures of those before it.
 */
export async function claimThrottled(
  db: Kysely<DB>,
  tenantId: string,
  throttles: readonly { key: string; accountKey: string | null; policy: ThrottlePolicy }[],
  now: Date,
): Promise<ClaimDecision> {
  const sorted = [...throttles].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("sign_in_throttles")
      .values(
        sorted.map((t) => ({
          tenant_id: tenantId,
          key: t.key,
          account_key: t.accountKey,
          failures: 0,
          next_attempt_at: LONG_AGO,
          updated_at: LONG_AGO,
        })),
      )
      .onConflict((oc) => oc.columns(["tenant_id", "key"]).doNothing())
      .execute();
    const rows = await trx
      .selectFrom("sign_in_throttles")
      .select(["key", "failures", "next_attempt_at", "updated_at"])
      .where("tenant_id", "=", tenantId)
      .where(
        "key",
        "in",
        sorted.map((t) => t.key),
      )
      .orderBy("key")
      .forUpdate()
      .execute();
    const byKey = new Map(rows.map((r) => [r.key, toState(r)]));
    const decision = claimAttempt(
      sorted.map((t) => ({ policy: t.policy, state: byKey.get(t.key) })),
      now,
    );
    if (!decision.ok) return decision;
    for (const [i, t] of sorted.entries()) {
      const state = decision.states[i] as ThrottleState;
      await trx
        .updateTable("sign_in_throttles")
        .set({ failures: state.failures, next_attempt_at: state.nextAttemptAt, updated_at: state.updatedAt })
        .where("tenant_id", "=", tenantId)
        .where("key", "=", t.key)
        .execute();
    }
    return decision;
  });
}

function toState(r: {
  failures: number;
  next_attempt_at: Date | string;
  updated_at: Date | string;
}): ThrottleState {
  return {
    failures: r.failures,
    nextAttemptAt: new Date(r.next_attempt_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Forgets the failures counted under these keys (after a successful sign-in, or an administrator's word). */
export async function clearThrottles(
  db: Kysely<DB>,
  tenantId: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await db
    .deleteFrom("sign_in_throttles")
    .where("tenant_id", "=", tenantId)
    .where("key", "in", keys)
    .execute();
}

/** Clears the failures of a name under every address (an administrator lifts the delay). */
export async function clearAccountThrottles(
  db: Kysely<DB>,
  tenantId: string,
  accountKey: string,
): Promise<void> {
  await db
    .deleteFrom("sign_in_throttles")
    .where("tenant_id", "=", tenantId)
    .where("account_key", "=", accountKey)
    .execute();
}

/** Until when sign-ins under each of these names (from any address) must wait, where they must. */
export async function findAccountWaits(
  db: Kysely<DB>,
  tenantId: string,
  accountKeys: readonly string[],
  now: Date,
): Promise<Map<string, Date>> {
  if (accountKeys.length === 0) return new Map();
  const rows = await db
    .selectFrom("sign_in_throttles")
    .select(["account_key", (eb) => eb.fn.max("next_attempt_at").as("until")])
    .where("tenant_id", "=", tenantId)
    .where("account_key", "in", accountKeys)
    .where("next_attempt_at", ">", now)
    .groupBy("account_key")
    .execute();
  return new Map(rows.map((r) => [r.account_key as string, new Date(r.until as Date | string)]));
}

/** Removes rows whose failures are forgotten anyway (a scheduled job). */
export async function removeStaleThrottles(db: Kysely<DB>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom("sign_in_throttles")
    .where("updated_at", "<", before)
    .where("next_attempt_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
