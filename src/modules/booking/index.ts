export type { CancelledVisit, CancellingActor, VisitCancellationParticipant } from "./cancel-visit";
export { type Closure, type Counter, type OpeningPlan, OpeningPlansFile } from "./domain/opening-plan";
export type { Session } from "./domain/sessions";
export { lockOpeningPlans, replaceOpeningPlans, saveOpeningPlans } from "./plan-queries";
export { newBookingCode } from "./secrets";
export { expandPlanSessions, findPlanConflicts, type PlanConflict } from "./service";
