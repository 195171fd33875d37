import type { Database } from "../../../platform/db/database";
import type { TenantProfile } from "../../tenants";
import type { CaseListener, CaseRecord } from "../cases";
import { paymentStatusOf, type RegisterExtract } from "../domain";
import type { CaseDocuments } from "./document-service";
import { feeAccountOf } from "./fee-account";
import { CertificateDataError, certificateContentFrom } from "./meldebescheinigung-content";
import { renderFeeNotice } from "./pdf/fee-notice";
import type { DocumentFrame } from "./pdf/frame";
import { type LetterheadOffice, letterheadFor } from "./pdf/letterhead";
import { renderMeldebescheinigung } from "./pdf/meldebescheinigung";

export interface IssueDeps {
  documents: CaseDocuments;
  database: Database;
  profile(): Promise<TenantProfile>;
  /** the office whose address the letterhead carries (the Stadtbüro) */
  office(): Promise<LetterheadOffice | undefined>;
  timeZone(): Promise<string>;
  serviceName(serviceKey: string): Promise<string>;
  now(): Date;
  /** a document that could not be issued: the case stays as it is, staff see it in the log */
  onFailure(record: CaseRecord, kind: string, error: unknown): void;
}

/** The staff member who caused the case's latest event, if it was staff. */
function lastStaff(record: CaseRecord): number | null {
  const actor = record.timeline.at(-1)?.actor;
  return actor?.kind === "staff" ? actor.staffId : null;
}

/** The register data the clerk gave with the case's approval (an extended Meldebescheinigung). */
function approvedExtract(record: CaseRecord): RegisterExtract {
  const approval = record.timeline.findLast((e) => e.event.type === "approve")?.event;
  return approval?.type === "approve" ? (approval.registerExtract ?? {}) : {};
}

/**
 * Issues the documents a decision brings, after it is recorded: the Meldebescheinigung when its
 * case is approved (the simple certificate from the answers; the extended one also from the
 * register data the clerk gave with the approval — without them it is not issued), and a fee
 * notice with its GiroCode when a case with a known fee still to pay is approved, or its fee is
 * set anew while it is approved (the earlier notice is then revoked).
 */
export function issueDocuments(deps: IssueDeps): CaseListener {
  const frame = async (
    record: CaseRecord,
    verification: DocumentFrame["verification"],
  ): Promise<DocumentFrame> => ({
    letterhead: letterheadFor(await deps.profile(), await deps.office()),
    caseReference: record.reference,
    issuedAt: deps.now(),
    timeZone: await deps.timeZone(),
    verification,
  });

  const issueCertificate = async (record: CaseRecord) => {
    if (record.state.serviceKey !== "meldebescheinigung") return;
    const existing = await deps.documents.listForCase(record.id);
    if (existing.some((d) => d.kind === "meldebescheinigung" && !d.revoked)) return;
    const certificate = certificateContentFrom(record.answers, approvedExtract(record));
    await deps.documents.issue(deps.database.db, {
      caseId: record.id,
      kind: "meldebescheinigung",
      pdfFor: async (verification) =>
        renderMeldebescheinigung({ ...(await frame(record, verification)), certificate }),
      issuedBy: lastStaff(record),
      now: deps.now(),
    });
  };

  const issueFeeNotice = async (record: CaseRecord) => {
    const { state } = record;
    const payment = paymentStatusOf(state.fee, state.payments);
    if (state.status !== "approved" || state.fee.kind !== "fixed" || payment.kind !== "outstanding") return;
    const fee = state.fee;
    const staffId = lastStaff(record);
    const earlier = (await deps.documents.listForCase(record.id)).filter(
      (d) => d.kind === "fee-notice" && !d.revoked,
    );
    if (staffId !== null)
      for (const old of earlier)
        await deps.documents.revoke({
          documentId: old.id,
          staffId,
          reason: "Gebühr geändert",
          now: deps.now(),
        });
    const account = feeAccountOf(await deps.profile());
    if (!account.ok) throw new Error(`no fee account (${account.problem})`);
    const serviceName = await deps.serviceName(state.serviceKey);
    await deps.documents.issue(deps.database.db, {
      caseId: record.id,
      kind: "fee-notice",
      pdfFor: async (verification) =>
        renderFeeNotice({
          ...(await frame(record, verification)),
          serviceName,
          fee,
          account: account.account,
        }),
      issuedBy: staffId,
      now: deps.now(),
    });
  };

  const run = async (record: CaseRecord, kind: string, issue: (r: CaseRecord) => Promise<void>) => {
    try {
      await issue(record);
    } catch (error) {
      if (error instanceof CertificateDataError) return;
      deps.onFailure(record, kind, error);
    }
  };

  return {
    async changed(record, before) {
      const approvedNow = record.state.status === "approved" && before.status !== "approved";
      const feeChanged = record.timeline.at(-1)?.event.type === "set-fee";
      if (approvedNow) await run(record, "meldebescheinigung", issueCertificate);
      if (approvedNow || feeChanged) await run(record, "fee-notice", issueFeeNotice);
    },
  };
}
