export { type AppointmentForCheckIn, findAppointmentForCheckIn } from "./check-in-queries";
export { seedDemoDay } from "./demo-day";
export { type Closure, type Counter, type OpeningPlan, OpeningPlansFile } from "./domain/opening-plan";
export type { Session } from "./domain/sessions";
export { CONFIRM_WISH_HOURS } from "./domain/wish";
export { lockOpeningPlans, replaceOpeningPlans, saveOpeningPlans } from "./plan-queries";
export { bookingPlugin } from "./plugin";
export { newBookingCode } from "./secrets";
export { expandPlanSessions, findPlanConflicts, type PlanConflict } from "./service";
