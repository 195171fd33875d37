import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import { DocumentKind } from "../domain";
import "./tables";

type Db = Kysely<DB> | Transaction<DB>;

/** A document as the case's page lists it: never its content. */
export interface CaseDocumentEntry {
  id: string;
  kind: DocumentKind;
  issuedAt: Date;
  issuedBy: number | null;
  revokedAt: Date | null;
}

/** What the verification page may learn of a document. */
export interface VerifiedDocument {
  kind: DocumentKind;
  issuedAt: Date;
  revokedAt: Date | null;
}

/**
 * Stores an issued document, if its case belongs to the tenant. Returns whether it was stored
 * (false: no such case of this tenant).
 */
export async function insertCaseDocument(
  db: Db,
  row: {
    id: string;
    tenantId: string;
    caseId: string;
    kind: DocumentKind;
    verificationCodeHash: string;
    issuedAt: Date;
    issuedBy: number | null;
    pdfSealed: Uint8Array;
  },
): Promise<boolean> {
  const owner = await db
    .selectFrom("cases")
    .select("id")
    .where("id", "=", row.caseId)
    .where("tenant_id", "=", row.tenantId)
    .executeTakeFirst();
  if (!owner) return false;
  await db
    .insertInto("case_documents")
    .values({
      id: row.id,
      tenant_id: row.tenantId,
      case_id: row.caseId,
      kind: row.kind,
      verification_code_hash: row.verificationCodeHash,
      issued_at: row.issuedAt,
      issued_by: row.issuedBy,
      pdf_sealed: row.pdfSealed,
    })
    .execute();
  return true;
}

/** The documents of a case, oldest first. */
export async function caseDocumentsOf(
  db: Db,
  tenantId: string,
  caseId: string,
): Promise<CaseDocumentEntry[]> {
  const rows = await db
    .selectFrom("case_documents")
    .select(["id", "kind", "issued_at", "issued_by", "revoked_at"])
    .where("tenant_id", "=", tenantId)
    .where("case_id", "=", caseId)
    .orderBy("issued_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: DocumentKind.parse(r.kind),
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    revokedAt: r.revoked_at,
  }));
}

/** The sealed PDF of a document of that case, or undefined. */
export async function findSealedPdf(
  db: Db,
  document: { tenantId: string; caseId: string; documentId: string },
): Promise<Uint8Array | undefined> {
  const row = await db
    .selectFrom("case_documents")
    .select("pdf_sealed")
    .where("tenant_id", "=", document.tenantId)
    .where("case_id", "=", document.caseId)
    .where("id", "=", document.documentId)
    .executeTakeFirst();
  return row?.pdf_sealed;
}

/** The document a verification code's hash names, or undefined. */
export async function findDocumentByCodeHash(
  db: Db,
  tenantId: string,
  codeHash: string,
): Promise<VerifiedDocument | undefined> {
  const row = await db
    .selectFrom("case_documents")
    .select(["kind", "issued_at", "revoked_at"])
    .where("tenant_id", "=", tenantId)
    .where("verification_code_hash", "=", codeHash)
    .executeTakeFirst();
  return row && { kind: DocumentKind.parse(row.kind), issuedAt: row.issued_at, revokedAt: row.revoked_at };
}

/**
 * Marks a document revoked, once: returns `revoked`, `already-revoked` (it stays as it was
 * revoked first) or `not-found`.
 */
export async function revokeCaseDocument(
  db: Db,
  revocation: { tenantId: string; documentId: string; staffId: number; reason: string; at: Date },
): Promise<"revoked" | "already-revoked" | "not-found"> {
  const result = await db
    .updateTable("case_documents")
    .set({ revoked_at: revocation.at, revoked_by: revocation.staffId, revocation_reason: revocation.reason })
    .where("tenant_id", "=", revocation.tenantId)
    .where("id", "=", revocation.documentId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 1n) return "revoked";
  const exists = await db
    .selectFrom("case_documents")
    .select("id")
    .where("tenant_id", "=", revocation.tenantId)
    .where("id", "=", revocation.documentId)
    .executeTakeFirst();
  return exists ? "already-revoked" : "not-found";
}
