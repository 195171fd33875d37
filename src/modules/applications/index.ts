import type { FormRegistry } from "./domain";

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
export { applicationsPlugin, formFingerprint } from "./plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** every form version of the online applications, checked at start */
    forms: FormRegistry;
  }
}
