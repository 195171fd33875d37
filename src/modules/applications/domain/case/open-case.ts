import { z } from "zod";
import { Slug } from "../../../../domain/text";
import { CaseFee } from "../payment/fee";
import { type CaseActor, StaffId } from "./actor";
import { assistanceProblem, type CaseState } from "./case-state";
import { type CaseRefusal, type CaseStep, checkInput } from "./case-step";
import { CaseChannel, isAssistedChannel } from "./channel";
import { CaseReference } from "./reference";

/**
 * The first entry of every timeline: a case is opened as a draft with its reference (from the
 * database sequence), service, channel, who assisted, and the fee its service's entry gives.
 */
export const OpenCaseEvent = z
  .strictObject({
    type: z.literal("open"),
    reference: CaseReference,
    serviceKey: Slug,
    channel: CaseChannel,
    assistedBy: StaffId.nullable(),
    fee: CaseFee,
  })
  .superRefine((e, ctx) => {
    const problem = assistanceProblem(e.channel, e.assistedBy);
    if (problem) ctx.addIssue({ code: "custom", path: ["assistedBy"], message: problem });
  });
export type OpenCaseEvent = z.infer<typeof OpenCaseEvent>;

/**
 * Opens a case as a draft. Online and at the terminal the resident opens it; at a help point,
 * the Stadtbüro or the mobile Stadtbüro the staff member who assists, named as `assistedBy`.
 * Refuses (never throws) invalid input and any other opener.
 */
export function openCase(event: z.input<typeof OpenCaseEvent>, actor: CaseActor, at: Date): CaseStep {
  const input = checkInput(OpenCaseEvent, event, actor, at);
  if (!input.ok) return input;
  const open = input.event;
  const refusal: CaseRefusal = { code: "actor-not-allowed", actor: input.actor.kind, event: "open" };
  if (isAssistedChannel(open.channel)) {
    if (input.actor.kind !== "staff" || input.actor.staffId !== open.assistedBy)
      return { ok: false, refusal };
  } else if (input.actor.kind !== "resident") return { ok: false, refusal };
  const state: CaseState = {
    reference: open.reference,
    serviceKey: open.serviceKey,
    channel: open.channel,
    assistedBy: open.assistedBy,
    status: "draft",
    fee: open.fee,
    payments: [],
    openRequest: null,
    decision: null,
    openedAt: at,
    submittedAt: null,
    closedAt: null,
    lastEventAt: at,
  };
  return { ok: true, state, entry: { at, actor: input.actor, event: open, from: null, to: "draft" } };
}
