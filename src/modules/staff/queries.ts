import { type ColumnType, type ExpressionBuilder, type Generated, type Kysely, sql } from "kysely";
import { z } from "zod";
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

export interface StaffPlacesTable {
  staff_id: number;
  tenant_id: string;
  location_key: string;
}

declare module "../../platform/db/schema" {
  interface DB {
    staff_accounts: StaffAccountsTable;
    staff_sessions: StaffSessionsTable;
    staff_places: StaffPlacesTable;
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
  /** the places the account works at (location keys); administrators work everywhere */
  places: string[];
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
  places: unknown;
};

/** The account's places as a JSON list, for a select of `staff_accounts` (aliased or not). */
function placesOf(eb: ExpressionBuilder<DB, "staff_accounts">, id: "staff_accounts.id" | "a.id") {
  return sql<unknown>`coalesce((select jsonb_agg(p.location_key order by p.location_key)
    from staff_places p where p.staff_id = ${eb.ref(id as "staff_accounts.id")}), '[]'::jsonb)`.as("places");
}

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
    places: z.array(z.string()).parse(r.places),
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
    .select((eb) => placesOf(eb, "staff_accounts.id"))
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
    .select((eb) => placesOf(eb, "staff_accounts.id"))
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return r && toAccount(r);
}

export async function listAccounts(db: Kysely<DB>, tenantId: string): Promise<StaffAccount[]> {
  const rows = await db
    .selectFrom("staff_accounts")
    .select(ACCOUNT_COLUMNS)
    .select((eb) => placesOf(eb, "staff_accounts.id"))
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
    .select((eb) => placesOf(eb as unknown as ExpressionBuilder<DB, "staff_accounts">, "a.id"))
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

/** Replaces the places an account works at (inside the caller's transaction). */
export async function setAccountPlaces(
  db: Kysely<DB>,
  tenantId: string,
  staffId: number,
  places: readonly string[],
): Promise<void> {
  await db.deleteFrom("staff_places").where("staff_id", "=", staffId).execute();
  if (places.length === 0) return;
  await db
    .insertInto("staff_places")
    .values(places.map((location_key) => ({ staff_id: staffId, tenant_id: tenantId, location_key })))
    .execute();
}
