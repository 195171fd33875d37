import { z } from "zod";

/** A staff account's id (`staff_accounts.id`). */
export const StaffId = z.number().int().positive();
export type StaffId = z.infer<typeof StaffId>;

/**
 * Who causes an event on a case: the resident (through the case's secret link, or at the
 * terminal), a staff member, or the system (a job, a bank statement matched to the case).
 */
export const CaseActor = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("resident") }),
  z.strictObject({ kind: z.literal("staff"), staffId: StaffId }),
  z.strictObject({ kind: z.literal("system") }),
]);
export type CaseActor = z.infer<typeof CaseActor>;
export type ActorKind = CaseActor["kind"];
export const ACTOR_KINDS: readonly ActorKind[] = ["resident", "staff", "system"];
