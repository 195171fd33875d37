import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { isCleanLine } from "../../../domain/text";
import type { Sealer } from "../../../platform/crypto/sealer";
import type { Database } from "../../../platform/db/database";
import type { DB } from "../../../platform/db/schema";
import {
  type DocumentKind,
  formatVerificationCode,
  parseVerificationCode,
  VERIFICATION_CODE_RANDOM_LENGTH,
  type VerificationCode,
  verificationCodeFromRandom,
} from "../domain";
import {
  type CaseDocumentEntry,
  caseDocumentsOf,
  findDocumentByCodeHash,
  findSealedPdf,
  insertCaseDocument,
  revokeCaseDocument,
} from "./document-queries";
import { civilDate } from "./pdf/format";
import type { DocumentVerification } from "./pdf/frame";

type Db = Kysely<DB> | Transaction<DB>;

/** The path of the public verification page (German; `/en/pruefen` in English). */
export const VERIFY_PATH = "/pruefen";

/** The longest revocation reason kept. */
export const MAX_REVOCATION_REASON = 500;

/** A document was to be issued for a case that is not the tenant's (or does not exist). */
export class DocumentCaseNotFoundError extends Error {
  override name = "DocumentCaseNotFoundError";
  constructor(readonly caseId: string) {
    super(`no case ${caseId} of this tenant`);
  }
}

/**
 * What the verification page may say about a code: whether a document with it was issued and
 * stands (`valid`), was revoked, is not known, or the input is not a code (a typo the check
 * character caught). Never the content, never the name.
 */
export type DocumentVerificationResult =
  | { status: "valid" | "revoked"; kind: DocumentKind; issuedOn: string }
  | { status: "unknown" | "malformed" };

/** A document of a case as its page lists it. */
export interface CaseDocumentListing extends CaseDocumentEntry {
  revoked: boolean;
}

/** The SHA-256 (hex) of a code's normalised form: what the database keeps instead of the code. */
export function verificationCodeHash(code: VerificationCode): string {
  return createHash("sha256").update(code, "ascii").digest("hex");
}

/** Where a document's PDF is sealed: bound to the document, so it opens in no other row. */
export const pdfContext = (documentId: string) => `case-document:${documentId}:pdf`;

/**
 * The documents issued for cases (Meldebescheinigung, fee notice): issued with a verification
 * code, stored sealed, listed and read per case, revoked by staff, verified by anyone who holds
 * the paper.
 */
export class CaseDocuments {
  private readonly database: Database;
  private readonly tenantId: string;
  private readonly sealer: Sealer;
  private readonly publicUrl: string;

  constructor(options: { database: Database; tenantId: string; sealer: Sealer; publicUrl: string }) {
    this.database = options.database;
    this.tenantId = options.tenantId;
    this.sealer = options.sealer;
    this.publicUrl = options.publicUrl.replace(/\/+$/, "");
  }

  /** How a document with `code` is verified: the code as printed, the page, and the QR code's link. */
  verificationFor(code: VerificationCode): DocumentVerification {
    const printed = formatVerificationCode(code);
    const pageUrl = `${this.publicUrl}${VERIFY_PATH}`;
    return { code: printed, pageUrl, verifyUrl: `${pageUrl}?code=${printed}` };
  }

  /**
   * Issues a document for a case: draws a new verification code, has `pdfFor` render the PDF
   * with it, seals the file and stores it with the code's hash. Pass the transaction that
   * records the case's event, so both are kept or neither.
   * @returns the new document's id and its code as printed
   * @throws DocumentCaseNotFoundError when the case is not this tenant's
   */
  async issue(
    db: Db,
    input: {
      caseId: string;
      kind: DocumentKind;
      pdfFor: (verification: DocumentVerification) => Promise<Buffer>;
      /** the clerk who issued it; null when the system did */
      issuedBy: number | null;
      now: Date;
    },
  ): Promise<{ id: string; code: string }> {
    const id = randomUUID();
    const code = verificationCodeFromRandom(randomBytes(VERIFICATION_CODE_RANDOM_LENGTH));
    const verification = this.verificationFor(code);
    const pdf = await input.pdfFor(verification);
    const stored = await insertCaseDocument(db, {
      id,
      tenantId: this.tenantId,
      caseId: input.caseId,
      kind: input.kind,
      verificationCodeHash: verificationCodeHash(code),
      issuedAt: input.now,
      issuedBy: input.issuedBy,
      pdfSealed: this.sealer.sealBytes(pdf, pdfContext(id)),
    });
    if (!stored) throw new DocumentCaseNotFoundError(input.caseId);
    return { id, code: verification.code };
  }

  /** The documents of a case, oldest first: kind and dates, never content. */
  async listForCase(caseId: string): Promise<CaseDocumentListing[]> {
    const entries = await caseDocumentsOf(this.database.db, this.tenantId, caseId);
    return entries.map((e) => ({ ...e, revoked: e.revokedAt !== null }));
  }

  /**
   * The PDF of a document, only if it belongs to `caseId`; undefined otherwise.
   * @throws SealError when the stored file does not open (altered, or its key is gone)
   */
  async readPdf(document: { documentId: string; caseId: string }): Promise<Buffer | undefined> {
    const sealed = await findSealedPdf(this.database.db, { tenantId: this.tenantId, ...document });
    return sealed && this.sealer.openBytes(sealed, pdfContext(document.documentId));
  }

  /**
   * Revokes a document: the verification page says so from now on. A document stays revoked as
   * it was first; revoking it again changes nothing.
   * @throws RangeError when the reason is empty, longer than 500 characters or holds line breaks
   */
  async revoke(revocation: {
    documentId: string;
    staffId: number;
    reason: string;
    now: Date;
  }): Promise<"revoked" | "already-revoked" | "not-found"> {
    const reason = revocation.reason.trim();
    if (reason.length === 0 || reason.length > MAX_REVOCATION_REASON || !isCleanLine(reason))
      throw new RangeError(`a revocation reason is one line of 1–${MAX_REVOCATION_REASON} characters`);
    return revokeCaseDocument(this.database.db, {
      tenantId: this.tenantId,
      documentId: revocation.documentId,
      staffId: revocation.staffId,
      reason,
      at: revocation.now,
    });
  }

  /**
   * What a typed code verifies: the kind of document and its day of issue (in `timeZone`),
   * whether it was revoked, or that no document has the code. Never throws for any input.
   */
  async verify(codeText: string, timeZone: string): Promise<DocumentVerificationResult> {
    const parsed = parseVerificationCode(codeText);
    if (!parsed.ok) return { status: "malformed" };
    const found = await findDocumentByCodeHash(
      this.database.db,
      this.tenantId,
      verificationCodeHash(parsed.code),
    );
    if (!found) return { status: "unknown" };
    return {
      status: found.revokedAt ? "revoked" : "valid",
      kind: found.kind,
      issuedOn: civilDate(found.issuedAt, timeZone),
    };
  }
}
