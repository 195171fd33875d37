import type { Insertable, Kysely, Selectable, Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import type { ApplicationDraftsTable } from "./tables";
import "./tables";

type Db = Kysely<DB> | Transaction<DB>;
export type DraftRow = Selectable<ApplicationDraftsTable>;

export async function insertDraft(db: Db, row: Insertable<ApplicationDraftsTable>): Promise<void> {
  await db.insertInto("application_drafts").values(row).execute();
}

/** The draft a browser's secret (hashed) opens, while it has not expired. */
export async function findDraftByToken(
  db: Db,
  tenantId: string,
  tokenHash: string,
  now: Date,
): Promise<DraftRow | undefined> {
  return db
    .selectFrom("application_drafts")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("token_hash", "=", tokenHash)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

export async function findDraftByResumeToken(
  db: Db,
  tenantId: string,
  resumeTokenHash: string,
  now: Date,
): Promise<DraftRow | undefined> {
  return db
    .selectFrom("application_drafts")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("resume_token_hash", "=", resumeTokenHash)
    .where("expires_at", ">", now)
    .executeTakeFirst();
}

export async function saveDraftData(
  db: Db,
  change: { id: string; dataSealed: string; updatedAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .updateTable("application_drafts")
    .set({ data_sealed: change.dataSealed, updated_at: change.updatedAt, expires_at: change.expiresAt })
    .where("id", "=", change.id)
    .execute();
}

export async function setDraftResumeToken(db: Db, id: string, resumeTokenHash: string | null): Promise<void> {
  await db
    .updateTable("application_drafts")
    .set({ resume_token_hash: resumeTokenHash })
    .where("id", "=", id)
    .execute();
}

/** Gives the draft a new browser secret and spends its resume link (one use). */
export async function rekeyDraft(db: Db, id: string, tokenHash: string): Promise<void> {
  await db
    .updateTable("application_drafts")
    .set({ token_hash: tokenHash, resume_token_hash: null })
    .where("id", "=", id)
    .execute();
}

export async function deleteDraft(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom("application_drafts").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows === 1n;
}

/** Deletes drafts whose time ran out; returns how many. */
export async function deleteExpiredDrafts(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom("application_drafts").where("expires_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
