import type { Cases } from "./cases";
import type { FormRegistry } from "./domain";

export type { CaseRecord, Cases } from "./cases";
export {
  type Answers,
  type CheckAnswerRow,
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
export { ALL_FORMS } from "./forms";
export { type ApplicationsOptions, applicationsPlugin, formFingerprint } from "./plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** every form version of the online applications, checked at start */
    forms: FormRegistry;
    /** cases (Vorgänge): filing, reading, every change through the status machine */
    cases: Cases;
  }
}
