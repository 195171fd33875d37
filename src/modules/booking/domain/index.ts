/** What pure code of other modules may use of booking: opening plans and their sessions. */
export { type Closure, type Counter, type OpeningPlan, OpeningPlansFile } from "./opening-plan";
export type { Session } from "./sessions";
