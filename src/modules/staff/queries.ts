import type { ColumnType, Generated, Kysely } from "kysely";
import type { DB } from "../../platform/db/schema";
import { Role } from "./domain/roles";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;
/** filled by the database when not given (`default now()`) */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

import type { SessionStage } from "./domain/sign-in";

export type { SessionStage };

export interface StaffAccountsTable {
  id: Generated<number>;
  tenant_id: string;
  username: string;
  display_name: string;
  roles: Json;
  password_hash: string;
  password_must_change: Generated<boolean>;
  totp_secret: string | null;
  totp_required: Generated<boolean>;
  totp_last_step: ColumnType<string | number | null, number | null, number | null>;
  active: Generated<boolean>;
  created_at: DefaultTimestamp;
  last_sign_in_at: Timestamp | null;
}

export interface StaffSessionsTable {
  id_hash: string;
  staff_id: number;
  stage: SessionStage;
  location_key: string | null;
  counter_key: string | null;
  pending_totp_secret: string | null;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
}

declare module "../../platform/db/schema" {
  interface DB {
    staff_accounts: StaffAccountsTable;
    staff_sessions: StaffSessionsTable;
  }
}

/** A staff account as the service sees it; the password hash and TOTP secret stay inside. */
export interface StaffAccount {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  totpEnrolled: boolean;
  totpRequired: boolean;
  active: boolean;
  lastSignInAt: Date | null;
}

const ACCOUNT_COLUMNS = [
  "id",
  "username",
  "display_name",
  "roles",
  "password_must_change",
  "totp_secret",
  "totp_required",
  "active",
  "last_sign_in_at",
] as const;

type AccountRow = {
  id: number;
  username: string;
  display_name: string;
  roles: unknown;
  password_must_change: boolean;
  totp_secret: string | null;
  totp_required: boolean;
  active: boolean;
  last_sign_in_at: Date | null;
};

function toAccount(r: AccountRow): StaffAccount {
  const roles = Role.array().parse(r.roles);
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    roles,
    mustChangePassword: r.password_must_change,
    totpEnrolled: r.totp_secret !== null,
    // administrators always need a second factor, whatever the flag says
    totpRequired: r.totp_required || roles.includes("administrator"),
    active: r.active,
    lastSignInAt: r.last_sign_in_at ? new Date(r.last_sign_in_at) : null,
  };
}

export async function findAccountByUsername(
  db: Kysely<DB>,
  tenantId: string,
  username: string,
): Promise<(StaffAccount & { passwordHash: string }) | undefined> {
  const r = await db
    .selectFrom("staff_accounts")
    .select([...ACCOUNT_COLUMNS, "password_hash"])
    .where("tenant_id", "=", tenantId)
    .where("username", "=", username)
    .executeTakeFirst();
  return r && { ...toAccount(r), passwordHash: r.password_hash };
}

export async function findAccount(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
): Promise<StaffAccount | undefined> {
  const r = await db
    .selectFrom("staff_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r && toAccount(r);
}

export async function listAccounts(db: Kysely<DB>, tenantId: string): Promise<StaffAccount[]> {
  const rows = await db
    .selectFrom("staff_accounts")
    .select(ACCOUNT_COLUMNS)
    .where("tenant_id", "=", tenantId)
    .orderBy("active", "desc")
    .orderBy("display_name")
    .execute();
  return rows.map(toAccount);
}

/** The signed-in person behind a session, with the session's stage and counter. */
export interface SessionView {
  idHash: string;
  stage: SessionStage;
  location: string | null;
  counter: string | null;
  pendingTotpSecret: string | null;
  lastSeenAt: Date;
  account: StaffAccount;
}

/** A live session (not expired, not idle too long, account active), or undefined. */
export async function findLiveSession(
  db: Kysely<DB>,
  tenantId: string,
  idHash: string,
  now: Date,
  idleSince: Date,
): Promise<SessionView | undefined> {
  const r = await db
    .selectFrom("staff_sessions as s")
    .innerJoin("staff_accounts as a", "a.id", "s.staff_id")
    .select([
      "s.id_hash",
      "s.stage",
      "s.location_key",
      "s.counter_key",
      "s.pending_totp_secret",
      "s.last_seen_at",
      "a.id",
      "a.username",
      "a.display_name",
      "a.roles",
      "a.password_must_change",
      "a.totp_secret",
      "a.totp_required",
      "a.active",
      "a.last_sign_in_at",
    ])
    .where("s.id_hash", "=", idHash)
    .where("a.tenant_id", "=", tenantId)
    .where("a.active", "=", true)
    .where("s.expires_at", ">", now)
    .where("s.last_seen_at", ">", idleSince)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    idHash: r.id_hash,
    stage: r.stage,
    location: r.location_key,
    counter: r.counter_key,
    pendingTotpSecret: r.pending_totp_secret,
    lastSeenAt: new Date(r.last_seen_at),
    account: toAccount(r),
  };
}
