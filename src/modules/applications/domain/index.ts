/**
 * What other domain code and the browser may use of applications: the form engine (pure) —
 * form definitions as data, reading posted pages, routing that forgets left branches, check
 * your answers, submission checks, the JSON Schema and the fingerprint of a form version.
 */

// The case record (Vorgang): its status machine, shared by server, back office and the offline client.
export { type CaseActor, StaffId } from "./case/actor";
export { applyCaseEvent, availableCaseEvents } from "./case/apply-event";
export { CaseDecision, CaseState, InformationRequest } from "./case/case-state";
export type { CaseRefusal, CaseStep } from "./case/case-step";
export { CASE_CHANNEL_LABELS, CASE_CHANNELS, CaseChannel, isAssistedChannel } from "./case/channel";
export {
  CaseContact,
  type CaseContactField,
  type CaseContactProblem,
  parseCaseContact,
} from "./case/contact";
export { CASE_EVENT_TYPES, CaseEvent, type CaseEventInput, type CaseEventType } from "./case/events";
export { OpenCaseEvent, openCase } from "./case/open-case";
export {
  CaseReference,
  type CaseReferenceParse,
  formatCaseReference,
  parseCaseReference,
} from "./case/reference";
export { REJECT_REASONS, RejectReason } from "./case/reject-reasons";
export { CASE_STATUS_LABELS, CASE_STATUSES, CaseStatus, FINAL_STATUSES, isCaseOpen } from "./case/status";
export { caseFromTimeline, TimelineEntry } from "./case/timeline";
// Documents issued for a case, and the code that verifies them.
export { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, DocumentKind } from "./document/document-kind";
export {
  EXTENDED_ITEMS,
  EXTRACT_FIELD,
  ExtendedItem,
  MAX_NATIONALITIES,
  MAX_PREVIOUS_ADDRESSES,
  RegisterExtract,
} from "./document/register-extract";
export {
  formatVerificationCode,
  parseVerificationCode,
  VERIFICATION_CODE_RANDOM_LENGTH,
  type VerificationCode,
  type VerificationCodeParse,
  type VerificationCodeProblem,
  verificationCodeFromRandom,
} from "./document/verification-code";
// Elections a Wahlschein (Briefwahl) is applied for, and when applications are open.
export {
  checkElection,
  DEFAULT_DEADLINE_TIME,
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
  isOpenForApplications,
  openElections,
} from "./election/election";
export {
  answerGroupItem,
  answerPage,
  FormUsageError,
  finishGroup,
  groupPage,
  itemsOf,
  type PageOutcome,
  removeGroupItem,
} from "./form/answer-page";
export type { Answers, ItemAnswers } from "./form/answers";
export { type Body, FIM_FIELD_ID, PAGE_ID, QUESTION_ID } from "./form/base";
export { type CheckAnswerRow, checkAnswerRows } from "./form/check-answers";
export { Condition, holds, when } from "./form/condition";
export { defineForm, FormDefinitionError } from "./form/define-form";
export {
  FormDefinition,
  type FormDefinitionInput,
  GroupPage,
  Page,
  QuestionPage,
} from "./form/definition";
export { canonicalJson } from "./form/fingerprint";
export {
  firstUnansweredPage,
  type GroupSummary,
  groupSummary,
  isPageAnswered,
  itemLabel,
  nextPage,
  pageFields,
  previousPage,
} from "./form/flow";
export { formatBytes, formatIsoDate } from "./form/format";
export { submissionJsonSchema } from "./form/json-schema";
export type { ReadContext } from "./form/kind";
export { type FieldError, type ParseContext, parseQuestions } from "./form/parse";
export { Question, type QuestionInput, type QuestionValue, type QuestionValues } from "./form/question";
export { ADDRESS_PARTS, Address } from "./form/questions/address";
export type { ChoiceOption } from "./form/questions/choice";
export { DATE_PARTS } from "./form/questions/date-parts";
export type { FileQuestion } from "./form/questions/file";
export { FILE_KIND_NAMES, FILE_KINDS, FileKind, FileRef } from "./form/questions/file-ref";
export type { Person } from "./form/questions/person";
export { createFormRegistry, type FormRegistry, type RegisteredForm } from "./form/registry";
export {
  checkStoredAnswers,
  isComplete,
  type SubmissionCheck,
  type SubmissionProblem,
  submissionSchema,
  validateSubmission,
} from "./form/submission";
export { findPage, isPageVisible, pruneAnswers, visiblePages } from "./form/visibility";

// Fees and payment: the case's fee from the catalogue, payments, and the transfer's GiroCode.
export {
  caseReferenceOfCreditorReference,
  creditorReferenceForCase,
  formatCreditorReferenceForPrint,
} from "./payment/creditor-reference";
export { parseEpcPayload } from "./payment/epc-parse";
export { buildEpcPayload } from "./payment/epc-payload";
export { CaseFee, caseFeeFrom } from "./payment/fee";
export { type FeeAccount, feePayloadFor } from "./payment/fee-transfer";
export { checkIban, formatIbanForPrint, type IbanParse } from "./payment/iban";
export { PAYMENT_METHOD_LABELS, Payment, PaymentMethod, paymentStatusOf } from "./payment/payments";
