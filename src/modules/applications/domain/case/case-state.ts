import { z } from "zod";
import { Slug } from "../../../../domain/text";
import { CaseFee } from "../payment/fee";
import { Payment } from "../payment/payments";
import { CaseActor, StaffId } from "./actor";
import { CaseChannel, isAssistedChannel } from "./channel";
import { CaseReference } from "./reference";
import { RejectReason } from "./reject-reasons";
import { CaseStatus } from "./status";

/*
 * The state of a case (Vorgang) as the status machine sees it. The answers, attachments and
 * documents live beside it (the form engine, uploads, documents); this is what decides which
 * event may come next, and what the tracking page and the inbox show of the case's course.
 */

/** An open question to the resident, while the case needs information. */
export const InformationRequest = z.object({
  message: z.string(),
  requestedAt: z.date(),
  requestedBy: CaseActor,
});
export type InformationRequest = z.infer<typeof InformationRequest>;

/** The decision on a case: approved, or rejected for a reason from the list. */
export const CaseDecision = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("approved"),
    note: z.string().optional(),
    decidedAt: z.date(),
    decidedBy: CaseActor,
  }),
  z.object({
    outcome: z.literal("rejected"),
    reason: RejectReason,
    note: z.string().optional(),
    decidedAt: z.date(),
    decidedBy: CaseActor,
  }),
]);
export type CaseDecision = z.infer<typeof CaseDecision>;

/** Why a channel and its "assisted by" do not fit together, or undefined when they do. */
export function assistanceProblem(channel: CaseChannel, assistedBy: StaffId | null): string | undefined {
  if (isAssistedChannel(channel) && assistedBy === null)
    return "a case filed at a help point, the Stadtbüro or the mobile Stadtbüro names who assisted";
  if (!isAssistedChannel(channel) && assistedBy !== null)
    return "a case filed online or at the terminal is filed by the resident alone";
  return undefined;
}

export const CaseState = z
  .object({
    reference: CaseReference,
    /** the catalogue's key of the service */
    serviceKey: Slug,
    channel: CaseChannel,
    /** the staff member who filed the case with the resident; null for self-service channels */
    assistedBy: StaffId.nullable(),
    status: CaseStatus,
    fee: CaseFee,
    payments: z.array(Payment),
    /** the question the resident is asked while the status is `needs-information` */
    openRequest: InformationRequest.nullable(),
    decision: CaseDecision.nullable(),
    openedAt: z.date(),
    submittedAt: z.date().nullable(),
    /** when the case was completed or withdrawn */
    closedAt: z.date().nullable(),
    /** the latest time of any event (events synced from the offline client may arrive late) */
    lastEventAt: z.date(),
  })
  .superRefine((s, ctx) => {
    const problem = assistanceProblem(s.channel, s.assistedBy);
    if (problem) ctx.addIssue({ code: "custom", path: ["assistedBy"], message: problem });
    if ((s.status === "needs-information") !== (s.openRequest !== null))
      ctx.addIssue({
        code: "custom",
        path: ["openRequest"],
        message: "an open question exactly while information is needed",
      });
    if ((s.status === "approved" || s.status === "rejected") && s.decision?.outcome !== s.status)
      ctx.addIssue({ code: "custom", path: ["decision"], message: "a decided case carries its decision" });
    if ((s.status === "completed" || s.status === "withdrawn") !== (s.closedAt !== null))
      ctx.addIssue({
        code: "custom",
        path: ["closedAt"],
        message: "a closing time exactly when the case is closed",
      });
  });
export type CaseState = z.infer<typeof CaseState>;
