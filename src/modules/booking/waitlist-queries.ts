import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import { ACTIVE_WISH_STATUSES, WISH_STATUSES, type WishStatus, WishWindow } from "./domain/wish";
import { hashToken } from "./secrets";

/** A wish as the waitlist's code sees it; never a raw row. */
export const WishView = z.object({
  id: z.number(),
  status: z.enum(WISH_STATUSES),
  locale: z.enum(["de", "en"]),
  name: z.string(),
  email: z.string(),
  services: z.array(z.string()),
  locations: z.array(z.string()),
  windows: z.array(WishWindow),
  createdAt: z.date(),
  confirmedAt: z.date().nullable(),
  offerAppointmentId: z.number().nullable(),
  offerExpiresAt: z.date().nullable(),
});
export type WishView = z.infer<typeof WishView>;

const COLUMNS = [
  "id",
  "status",
  "locale",
  "name",
  "email",
  "services",
  "locations",
  "windows",
  "created_at",
  "confirmed_at",
  "offer_appointment_id",
  "offer_expires_at",
] as const;

const dateOrNull = (v: unknown) => (v ? new Date(v as string) : null);
const toView = (r: Record<(typeof COLUMNS)[number], unknown>): WishView =>
  WishView.parse({
    ...r,
    createdAt: new Date(r.created_at as string),
    confirmedAt: dateOrNull(r.confirmed_at),
    offerAppointmentId: r.offer_appointment_id,
    offerExpiresAt: dateOrNull(r.offer_expires_at),
  });

/**
 * How an address is remembered once its wish may be gone: SHA-256 of the address in lower
 * case (addresses are compared case-insensitively everywhere on the waitlist).
 */
export function emailHash(email: string): string {
  return hashToken(email.trim().toLowerCase());
}

/**
 * Serialises the joins of one address until the transaction ends, so two parallel joins
 * cannot both pass the limit per address.
 */
export async function lockWishesOfEmail(trx: Kysely<DB>, tenantId: string, email: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`waitlist:${tenantId}:${email.trim().toLowerCase()}`}))`.execute(
    trx,
  );
}

/** Wishes of an address, in any case, that are confirmed or await confirmation. */
export async function countActiveWishesByEmail(db: Kysely<DB>, tenantId: string, email: string) {
  const row = await db
    .selectFrom("waitlist_wishes")
    .select(sql<number>`count(*)::int`.as("n"))
    .where("tenant_id", "=", tenantId)
    .where(sql`lower(email)`, "=", email.trim().toLowerCase())
    .where("status", "in", ACTIVE_WISH_STATUSES)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertUnconfirmedWish(
  db: Kysely<DB>,
  wish: {
    tenantId: string;
    locale: "de" | "en";
    name: string;
    email: string;
    services: string[];
    locations: string[];
    windows: WishWindow[];
    manageTokenHash: string;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto("waitlist_wishes")
    .values({
      tenant_id: wish.tenantId,
      created_at: wish.now,
      status: "unconfirmed",
      locale: wish.locale,
      name: wish.name,
      email: wish.email,
      services: JSON.stringify(wish.services),
      locations: JSON.stringify(wish.locations),
      windows: JSON.stringify(wish.windows),
      manage_token_hash: wish.manageTokenHash,
    })
    .execute();
}

export async function findWishByTokenHash(
  db: Kysely<DB>,
  tenantId: string,
  kind: "manage" | "offer",
  hash: string,
): Promise<WishView | undefined> {
  const row = await db
    .selectFrom("waitlist_wishes")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where(kind === "manage" ? "manage_token_hash" : "offer_token_hash", "=", hash)
    .executeTakeFirst();
  return row ? toView(row) : undefined;
}

/**
 * Turns an unconfirmed wish made after `createdAfter` into a waiting one.
 * @returns whether it was confirmed now (false: already confirmed, ended or too late)
 */
export async function confirmWish(
  db: Kysely<DB>,
  id: number,
  createdAfter: Date,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("waitlist_wishes")
    .set({ status: "waiting", confirmed_at: now })
    .where("id", "=", id)
    .where("status", "=", "unconfirmed")
    .where("created_at", ">", createdAfter)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setWishStatus(
  db: Kysely<DB>,
  id: number,
  status: WishStatus,
  from: WishStatus[],
): Promise<void> {
  await db
    .updateTable("waitlist_wishes")
    .set({ status })
    .where("id", "=", id)
    .where("status", "in", from)
    .execute();
}

/** Deletes the unconfirmed wishes made before `createdBefore`. @returns how many */
export async function deleteUnconfirmedWishes(db: Kysely<DB>, tenantId: string, createdBefore: Date) {
  const result = await db
    .deleteFrom("waitlist_wishes")
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "unconfirmed")
    .where("created_at", "<=", createdBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Forgets the lapses that no longer count (before `since`). */
export async function deleteLapsesBefore(db: Kysely<DB>, tenantId: string, since: Date): Promise<void> {
  await db
    .deleteFrom("waitlist_lapses")
    .where("tenant_id", "=", tenantId)
    .where("lapsed_at", "<", since)
    .execute();
}

/** Offered wishes whose deadline has passed at `now`. */
export async function findExpiredOffers(db: Kysely<DB>, tenantId: string, now: Date): Promise<WishView[]> {
  const rows = await db
    .selectFrom("waitlist_wishes")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "offered")
    .where("offer_expires_at", "<=", now)
    .orderBy("offer_expires_at")
    .orderBy("id")
    .execute();
  return rows.map(toView);
}

/**
 * Ends the ran-out offer of a wish and records the lapse against its address; call inside a
 * transaction. The conditional update claims the wish, so each lapse is recorded once.
 * @returns whether this call ended it
 */
export async function lapseOffer(trx: Kysely<DB>, tenantId: string, wish: WishView, now: Date) {
  const claimed = await trx
    .updateTable("waitlist_wishes")
    .set({ status: "lapsed" })
    .where("id", "=", wish.id)
    .where("status", "=", "offered")
    .where("offer_expires_at", "<=", now)
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) return false;
  await trx
    .insertInto("waitlist_lapses")
    .values({
      tenant_id: tenantId,
      email_hash: emailHash(wish.email),
      wish_id: wish.id,
      lapsed_at: wish.offerExpiresAt ?? now,
    })
    .execute();
  return true;
}

/** Lapses of each of these addresses (by `emailHash`) since an instant; absent ones had none. */
export async function countLapsesByEmail(
  db: Kysely<DB>,
  tenantId: string,
  hashes: string[],
  since: Date,
): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom("waitlist_lapses")
    .select(["email_hash", sql<number>`count(*)::int`.as("n")])
    .where("tenant_id", "=", tenantId)
    .where("email_hash", "in", [...new Set(hashes)])
    .where("lapsed_at", ">=", since)
    .groupBy("email_hash")
    .execute();
  return new Map(rows.map((r) => [r.email_hash, r.n]));
}

/** Confirmed wishes without an open offer, oldest first. */
export async function findWaitingWishes(db: Kysely<DB>, tenantId: string): Promise<WishView[]> {
  const rows = await db
    .selectFrom("waitlist_wishes")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("status", "=", "waiting")
    .where("confirmed_at", "is not", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toView);
}

/** Claims a waiting wish for an offer, so a second instance running the job cannot offer it twice. */
export async function claimWishForOffer(db: Kysely<DB>, id: number, expires: Date): Promise<boolean> {
  const claimed = await db
    .updateTable("waitlist_wishes")
    .set({ status: "offered", offer_expires_at: expires })
    .where("id", "=", id)
    .where("status", "=", "waiting")
    .executeTakeFirst();
  return claimed.numUpdatedRows > 0n;
}

export async function saveOffer(
  db: Kysely<DB>,
  id: number,
  offer: { tokenHash: string; appointmentId: number },
): Promise<void> {
  await db
    .updateTable("waitlist_wishes")
    .set({ offer_token_hash: offer.tokenHash, offer_appointment_id: offer.appointmentId })
    .where("id", "=", id)
    .execute();
}

/** Ends the hold of an offered appointment now; the next booking or offer run gives its capacity back. */
export async function endOfferHold(db: Kysely<DB>, appointmentId: number, now: Date): Promise<void> {
  await db
    .updateTable("appointments")
    .set({ hold_expires_at: now })
    .where("id", "=", appointmentId)
    .where("status", "=", "held")
    .execute();
}
