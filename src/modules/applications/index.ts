import type { Cases } from "./cases";
import type { CaseDocuments } from "./documents/document-service";
import type { FormRegistry } from "./domain";
import type { Elections } from "./elections";

export type { CaseRecord, Cases } from "./cases";
export {
  type CaseDocumentListing,
  CaseDocuments,
  DocumentCaseNotFoundError,
  type DocumentVerificationResult,
  MAX_REVOCATION_REASON,
  VERIFY_PATH,
  verificationCodeHash,
} from "./documents/document-service";
export { type FeeAccountLookup, feeAccountOf, type TenantFeeAccount } from "./documents/fee-account";
export {
  type CertificateContent,
  CertificateDataError,
  certificateContentFrom,
  EXTENDED_ITEMS,
  type ExtendedItem,
  RegisterExtract,
} from "./documents/meldebescheinigung-content";
export {
  FEE_DUE_DAYS,
  FeeNoticeError,
  type FeeNoticeInput,
  type FixedCaseFee,
  feeNoticePayload,
  renderFeeNotice,
} from "./documents/pdf/fee-notice";
export type { DocumentFrame, DocumentVerification } from "./documents/pdf/frame";
export { type Letterhead, type LetterheadOffice, letterheadFor } from "./documents/pdf/letterhead";
export { type MeldebescheinigungInput, renderMeldebescheinigung } from "./documents/pdf/meldebescheinigung";
export { VERIFY_RATE_LIMIT, verifyPages } from "./documents/web/verify-pages";
export {
  type Answers,
  type CheckAnswerRow,
  checkElection,
  defaultDeadline,
  ELECTION_FIELDS,
  ELECTION_KEY_MAX,
  ELECTION_NAME_MAX,
  Election,
  type ElectionField,
  type ElectionInput,
  type ElectionProblem,
  type ElectionProblemCode,
  type ElectionValues,
  type FieldError,
  type FileRef,
  FormDefinition,
  FormDefinitionError,
  type FormRegistry,
  FormUsageError,
  type GroupSummary,
  type ItemAnswers,
  type PageOutcome,
  type ParseContext,
  type QuestionValue,
  type RegisteredForm,
  type SubmissionCheck,
  type SubmissionProblem,
} from "./domain";
export { Elections } from "./elections";
export { ALL_FORMS } from "./forms";
export { type ApplicationsOptions, applicationsPlugin, formFingerprint } from "./plugin";
export {
  type KeyUse,
  RESEAL_TABLES,
  type ResealProgress,
  type ResealReport,
  resealApplications,
} from "./reseal";
export { describeProgress, describeReseal } from "./reseal-summary";

declare module "fastify" {
  interface FastifyInstance {
    /** which services residents can apply for online here now */
    applications: {
      /** the services whose form is offered now (the Briefwahl only while an election is open) */
      offered(): Promise<ReadonlySet<string>>;
      /** how long drafts and ended cases are kept, in days (cases per service where configured) */
      retention(): { draftDays: number; days: number; byService: Readonly<Record<string, number>> };
      /**
       * The case a tracking secret opens while it awaits a visit (open, and its form asks for
       * one in person): what booking attaches an appointment to.
       */
      caseAwaitingVisit(trackingToken: string): Promise<{ id: string; serviceKey: string } | undefined>;
      /** a case's reference ("2026-000123"), for pages that link to the case */
      caseReference(caseId: string): Promise<string | undefined>;
    };
    /** the elections the administration configured, for which a Wahlschein is applied for */
    elections: Elections;
    /** every form version of the online applications, checked at start */
    forms: FormRegistry;
    /** cases (Vorgänge): filing, reading, every change through the status machine */
    cases: Cases;
    /** documents issued for cases: their PDFs, verification and revocation */
    caseDocuments: CaseDocuments;
  }
}
