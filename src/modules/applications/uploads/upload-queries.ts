import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import type { FileKind } from "../domain";
import "../storage/tables";
import "./tables";

type Db = Kysely<DB> | Transaction<DB>;

/** Whom a file belongs to: a draft being filled in, or a filed case. */
export type FileOwner = { draftId: string } | { caseId: string };

export interface StoredFileRow {
  id: string;
  tenantId: string;
  owner: FileOwner;
  questionId: string;
  kind: FileKind;
  size: number;
  nameSealed: string;
  contentSealed: Buffer;
  createdAt: Date;
}

/** A file as listed: everything but its content. */
export type ListedFileRow = Pick<StoredFileRow, "id" | "questionId" | "kind" | "size" | "nameSealed">;

export async function insertFile(db: Db, row: StoredFileRow): Promise<void> {
  await db
    .insertInto("case_files")
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      draft_id: "draftId" in row.owner ? row.owner.draftId : null,
      case_id: "caseId" in row.owner ? row.owner.caseId : null,
      question_id: row.questionId,
      kind: row.kind,
      size: row.size,
      name_sealed: row.nameSealed,
      content_sealed: row.contentSealed,
      created_at: row.createdAt,
    })
    .execute();
}

/**
 * Locks the draft or case a file is added to, so that two uploads at once cannot both find
 * room for the last file. False when the tenant has no such draft or case.
 */
export async function lockOwner(db: Transaction<DB>, tenantId: string, owner: FileOwner): Promise<boolean> {
  const row =
    "draftId" in owner
      ? await db
          .selectFrom("application_drafts")
          .select("id")
          .where("id", "=", owner.draftId)
          .where("tenant_id", "=", tenantId)
          .forUpdate()
          .executeTakeFirst()
      : await db
          .selectFrom("cases")
          .select("id")
          .where("id", "=", owner.caseId)
          .where("tenant_id", "=", tenantId)
          .forUpdate()
          .executeTakeFirst();
  return row !== undefined;
}

/** The files of a draft or case (of one question, when given), oldest first, without content. */
export async function listFiles(
  db: Db,
  tenantId: string,
  owner: FileOwner,
  questionId?: string,
): Promise<ListedFileRow[]> {
  let query = db
    .selectFrom("case_files")
    .select(["id", "question_id", "kind", "size", "name_sealed"])
    .where("tenant_id", "=", tenantId);
  query =
    "draftId" in owner
      ? query.where("draft_id", "=", owner.draftId)
      : query.where("case_id", "=", owner.caseId);
  if (questionId !== undefined) query = query.where("question_id", "=", questionId);
  const rows = await query.orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => ({
    id: r.id,
    questionId: r.question_id,
    kind: r.kind,
    size: r.size,
    nameSealed: r.name_sealed,
  }));
}

export async function countFiles(
  db: Db,
  tenantId: string,
  owner: FileOwner,
  questionId?: string,
): Promise<number> {
  let query = db
    .selectFrom("case_files")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where("tenant_id", "=", tenantId);
  query =
    "draftId" in owner
      ? query.where("draft_id", "=", owner.draftId)
      : query.where("case_id", "=", owner.caseId);
  if (questionId !== undefined) query = query.where("question_id", "=", questionId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

/** One file with its content, if it belongs to that draft or case of the tenant. */
export async function findFile(
  db: Db,
  tenantId: string,
  fileId: string,
  owner: FileOwner,
): Promise<StoredFileRow | undefined> {
  let query = db
    .selectFrom("case_files")
    .selectAll()
    .where("id", "=", fileId)
    .where("tenant_id", "=", tenantId);
  query =
    "draftId" in owner
      ? query.where("draft_id", "=", owner.draftId)
      : query.where("case_id", "=", owner.caseId);
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    tenantId: row.tenant_id,
    owner,
    questionId: row.question_id,
    kind: row.kind,
    size: row.size,
    nameSealed: row.name_sealed,
    contentSealed: Buffer.from(row.content_sealed),
    createdAt: row.created_at,
  };
}

/** Deletes a file of a draft; false when the draft has no such file. */
export async function deleteDraftFile(
  db: Db,
  tenantId: string,
  draftId: string,
  fileId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("case_files")
    .where("id", "=", fileId)
    .where("draft_id", "=", draftId)
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

/** Gives the listed files of a draft to a case; returns how many moved. */
export async function moveDraftFiles(
  db: Db,
  tenantId: string,
  move: { draftId: string; caseId: string; fileIds: readonly string[] },
): Promise<number> {
  if (move.fileIds.length === 0) return 0;
  const result = await db
    .updateTable("case_files")
    .set({ draft_id: null, case_id: move.caseId })
    .where("draft_id", "=", move.draftId)
    .where("tenant_id", "=", tenantId)
    .where("id", "in", [...move.fileIds])
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
