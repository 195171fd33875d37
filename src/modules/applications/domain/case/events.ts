import { z } from "zod";
import { CleanText, IsoDate } from "../../../../domain/text";
import { RegisterExtract } from "../document/register-extract";
import { MAX_FEE_CENTS } from "../payment/fee";
import { PaymentMethod } from "../payment/payments";
import { REASONS_NEEDING_TEXT, RejectReason } from "./reject-reasons";

/*
 * What can happen to a case, as data: each event is one member of a union on `type` with what
 * it needs. Events are validated again when applied (they may come from the offline client), so
 * nothing here trusts its caller.
 */

/** The longest message or note on a case. */
export const MAX_MESSAGE_LENGTH = 4000;

const Message = CleanText.trim().min(1).max(MAX_MESSAGE_LENGTH);
const Note = CleanText.trim().min(1).max(MAX_MESSAGE_LENGTH).optional();

export const SubmitEvent = z.strictObject({ type: z.literal("submit") });
export const StartReviewEvent = z.strictObject({ type: z.literal("start-review") });
/** Staff ask the resident for something; the message is what the resident reads. */
export const RequestInformationEvent = z.strictObject({
  type: z.literal("request-information"),
  message: Message,
});
/** The resident's answer: a message, uploaded files (their ids), or both. */
export const ProvideInformationEvent = z
  .strictObject({
    type: z.literal("provide-information"),
    message: Note,
    attachmentIds: z.array(z.uuid()).max(20).default([]),
  })
  .refine((e) => e.message !== undefined || e.attachmentIds.length > 0, {
    message: "an answer needs a message or a file",
    path: ["message"],
  });
/**
 * The approval; for an extended Meldebescheinigung it carries the register data the clerk
 * confirmed for the items the resident chose (printed on the certificate, never shown elsewhere).
 */
export const ApproveEvent = z.strictObject({
  type: z.literal("approve"),
  note: Note,
  registerExtract: RegisterExtract.optional(),
});
/** A rejection names a reason from the list; "other" needs its explanation in the note. */
export const RejectEvent = z
  .strictObject({ type: z.literal("reject"), reason: RejectReason, note: Note })
  .refine((e) => !REASONS_NEEDING_TEXT.includes(e.reason) || e.note !== undefined, {
    message: "this reason needs an explanation",
    path: ["note"],
  });
export const CompleteEvent = z.strictObject({ type: z.literal("complete") });
export const WithdrawEvent = z.strictObject({ type: z.literal("withdraw"), note: Note });
/** Staff set the fee (an unknown one found out, a correction, 0 for a waiver). */
export const SetFeeEvent = z.strictObject({
  type: z.literal("set-fee"),
  amountCents: z.number().int().nonnegative().max(MAX_FEE_CENTS),
  note: Note,
});
/** Money arrived: recorded by staff (transfer, card, cash) or the system (a matched transfer). */
export const RecordPaymentEvent = z.strictObject({
  type: z.literal("record-payment"),
  method: PaymentMethod,
  amountCents: z.number().int().positive().max(MAX_FEE_CENTS),
  receivedOn: IsoDate,
  note: Note,
});

export const CaseEvent = z.discriminatedUnion("type", [
  SubmitEvent,
  StartReviewEvent,
  RequestInformationEvent,
  ProvideInformationEvent,
  ApproveEvent,
  RejectEvent,
  CompleteEvent,
  WithdrawEvent,
  SetFeeEvent,
  RecordPaymentEvent,
]);
/** An event as applied (defaults filled in). */
export type CaseEvent = z.infer<typeof CaseEvent>;
/** An event as a caller may write it (defaults may be left out). */
export type CaseEventInput = z.input<typeof CaseEvent>;
export type CaseEventType = CaseEvent["type"];

export const CASE_EVENT_TYPES = [
  "submit",
  "start-review",
  "request-information",
  "provide-information",
  "approve",
  "reject",
  "complete",
  "withdraw",
  "set-fee",
  "record-payment",
] as const satisfies readonly CaseEventType[];
