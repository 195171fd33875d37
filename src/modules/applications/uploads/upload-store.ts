import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Sealer } from "../../../platform/crypto/sealer";
import type { Database } from "../../../platform/db/database";
import type { DB } from "../../../platform/db/schema";
import type { FileKind, FileRef } from "../domain";
import { cleanFileName } from "./file-name";
import {
  countFiles,
  deleteDraftFile,
  type FileOwner,
  findFile,
  insertFile,
  listFiles,
  lockOwner,
  moveDraftFiles,
} from "./upload-queries";

/** The question id of files a resident sends with an answer to the office's question. */
export const INFORMATION_FILES = "information";

/**
 * What a resident may send with an answer to the office's question for information (no form
 * declares it): the kinds and size of the forms' own file questions, and ten files in all over
 * the life of a case.
 */
export const INFORMATION_UPLOAD = {
  accept: ["pdf", "jpeg", "png"],
  maxBytes: 10 * 1000 * 1000,
  maxFiles: 10,
} as const satisfies { accept: readonly FileKind[]; maxBytes: number; maxFiles: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the store refused a change; each is a mistake of the caller or a race the caller lost. */
export type UploadStoreProblem = "too-many-files" | "draft-not-found" | "case-not-found" | "files-not-found";

export class UploadStoreError extends Error {
  override name = "UploadStoreError";
  constructor(readonly problem: UploadStoreProblem) {
    super(problem);
  }
}

/** A file to store: its bytes and kind as `checkUpload` returned them, the name as sent. */
export interface NewUpload {
  /** the form question it answers */
  questionId: string;
  /** the name the device gave it: cleaned here (`cleanFileName`), never used as a path */
  name: string;
  kind: FileKind;
  bytes: Buffer;
  now: Date;
  /** how many files the question takes: the store refuses one more, even when two arrive at once */
  maxFiles: number;
}

export interface OpenedFile {
  name: string;
  kind: FileKind;
  bytes: Buffer;
}

export const nameContext = (fileId: string) => `file:${fileId}:name`;
export const contentContext = (fileId: string) => `file:${fileId}:content`;

/**
 * The files residents upload, sealed in the database (`case_files`): first a draft's, then,
 * once filed, the case's. Every value sealed here is bound to the file's id, so it opens
 * neither in another row nor for another file. Reads name the draft or case the caller is
 * allowed to see, and find nothing of any other.
 * @example
 * const store = new UploadStore({ database, tenantId, sealer });
 * const checked = await checkUpload(file.bytes, question.accept, question.maxBytes);
 * if (checked.ok) await store.add({ draftId, questionId: question.id, name: file.name,
 *   kind: checked.kind, bytes: checked.bytes, now: app.clock.now(), maxFiles: question.maxFiles });
 */
export class UploadStore {
  private readonly database: Database;
  private readonly tenantId: string;
  private readonly sealer: Sealer;

  constructor(deps: { database: Database; tenantId: string; sealer: Sealer }) {
    this.database = deps.database;
    this.tenantId = deps.tenantId;
    this.sealer = deps.sealer;
  }

  /**
   * Stores a file of a draft and returns its reference for the form's answers.
   * @throws UploadStoreError `draft-not-found` (not this tenant's), `too-many-files`
   */
  async add(upload: NewUpload & { draftId: string }): Promise<FileRef> {
    if (!UUID.test(upload.draftId)) throw new UploadStoreError("draft-not-found");
    return this.store({ draftId: upload.draftId }, upload);
  }

  /**
   * Stores a file sent to the office with an answer to its question for information.
   * @throws UploadStoreError `case-not-found` (not this tenant's), `too-many-files`
   */
  async addToCase(
    upload: NewUpload & { caseId: string; questionId: typeof INFORMATION_FILES },
  ): Promise<FileRef> {
    if (!UUID.test(upload.caseId)) throw new UploadStoreError("case-not-found");
    return this.store({ caseId: upload.caseId }, upload);
  }

  /** The files of a draft (answering one question, when given), oldest first. */
  async listForDraft(draftId: string, questionId?: string): Promise<FileRef[]> {
    return this.list({ draftId }, questionId);
  }

  /** The files of a case (of one question, or `information`, when given), oldest first. */
  async listForCase(caseId: string, questionId?: string): Promise<FileRef[]> {
    return this.list({ caseId }, questionId);
  }

  /** How many files a draft has (for one question, when given). */
  async countForDraft(draftId: string, questionId?: string): Promise<number> {
    if (!UUID.test(draftId)) return 0;
    return countFiles(this.database.db, this.tenantId, { draftId }, questionId);
  }

  /** Deletes a file of a draft; false when that draft has no such file. */
  async remove({ draftId, fileId }: { draftId: string; fileId: string }): Promise<boolean> {
    if (!UUID.test(draftId) || !UUID.test(fileId)) return false;
    return deleteDraftFile(this.database.db, this.tenantId, draftId, fileId);
  }

  /**
   * Gives a draft's files to the case filed from it, inside the filing transaction. Only the
   * files the filed answers refer to move; the others (answers of a branch no longer shown)
   * stay with the draft and are deleted with it. Returns how many moved.
   * @throws UploadStoreError `files-not-found` when one of them is no longer the draft's
   * (removed in another tab meanwhile): the filing must not go on without it
   */
  async moveToCase(
    tx: Transaction<DB>,
    move: { draftId: string; caseId: string; fileIds: readonly string[] },
  ): Promise<number> {
    const fileIds = [...new Set(move.fileIds)];
    if (!UUID.test(move.draftId) || !UUID.test(move.caseId) || !fileIds.every((id) => UUID.test(id)))
      throw new UploadStoreError("files-not-found");
    const moved = await moveDraftFiles(tx, this.tenantId, { ...move, fileIds });
    if (moved !== fileIds.length) throw new UploadStoreError("files-not-found");
    return moved;
  }

  /**
   * A file with its content and name, opened; only when it belongs to the draft or case named
   * (the one the caller may see), else undefined.
   * @throws SealError when its seal does not open (altered, or the key is gone from the ring)
   */
  async read(which: { fileId: string } & FileOwner): Promise<OpenedFile | undefined> {
    const owner: FileOwner = "caseId" in which ? { caseId: which.caseId } : { draftId: which.draftId };
    const ownerId = "caseId" in owner ? owner.caseId : owner.draftId;
    if (!UUID.test(which.fileId) || !UUID.test(ownerId)) return undefined;
    const row = await findFile(this.database.db, this.tenantId, which.fileId, owner);
    if (!row) return undefined;
    return {
      name: this.openName(row.id, row.nameSealed),
      kind: row.kind,
      bytes: this.sealer.openBytes(row.contentSealed, contentContext(row.id)),
    };
  }

  private async store(owner: FileOwner, upload: NewUpload): Promise<FileRef> {
    const id = randomUUID();
    const name = cleanFileName(upload.name, upload.kind);
    const row = {
      id,
      tenantId: this.tenantId,
      owner,
      questionId: upload.questionId,
      kind: upload.kind,
      size: upload.bytes.length,
      nameSealed: this.sealer.sealJson(name, nameContext(id)),
      contentSealed: this.sealer.sealBytes(upload.bytes, contentContext(id)),
      createdAt: upload.now,
    };
    await this.database.db.transaction().execute(async (tx) => {
      if (!(await lockOwner(tx, this.tenantId, owner)))
        throw new UploadStoreError("draftId" in owner ? "draft-not-found" : "case-not-found");
      if ((await countFiles(tx, this.tenantId, owner, upload.questionId)) >= upload.maxFiles)
        throw new UploadStoreError("too-many-files");
      await insertFile(tx, row);
    });
    return { id, name, size: row.size, kind: upload.kind };
  }

  private async list(owner: FileOwner, questionId?: string): Promise<FileRef[]> {
    const ownerId = "caseId" in owner ? owner.caseId : owner.draftId;
    if (!UUID.test(ownerId)) return [];
    const rows = await listFiles(this.database.db, this.tenantId, owner, questionId);
    return rows.map((r) => ({
      id: r.id,
      name: this.openName(r.id, r.nameSealed),
      size: r.size,
      kind: r.kind,
    }));
  }

  private openName(fileId: string, sealed: string): string {
    const name = this.sealer.openJson(sealed, nameContext(fileId));
    if (typeof name !== "string") throw new TypeError("a sealed file name is not text");
    return name;
  }
}
