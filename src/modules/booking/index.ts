export type { OpeningPlansFile } from "./domain/opening-plan";
export { replaceOpeningPlans } from "./plan-queries";
