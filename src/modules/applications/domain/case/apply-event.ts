import { feeSetByStaff } from "../payment/fee";
import { paidCents, paymentStatusOf } from "../payment/payments";
import type { CaseActor } from "./actor";
import type { CaseState } from "./case-state";
import { type CaseRefusal, type CaseStep, checkInput } from "./case-step";
import { CASE_EVENT_TYPES, CaseEvent, type CaseEventInput, type CaseEventType } from "./events";
import { CASE_TRANSITIONS } from "./transitions";

/**
 * The refusal, if any, that the case's state and the actor alone give for an event of `type`,
 * before looking at the event's data: wrong status, wrong actor, a fee not paid or not payable.
 */
function refusalBeforeData(state: CaseState, type: CaseEventType, actor: CaseActor): CaseRefusal | undefined {
  const rule = CASE_TRANSITIONS[type];
  if (!rule.from.includes(state.status))
    return { code: "transition-not-allowed", status: state.status, event: type };
  const assistedSubmit = type === "submit" && actor.kind === "staff" && state.assistedBy === null;
  if (!rule.by.includes(actor.kind) || assistedSubmit)
    return { code: "actor-not-allowed", actor: actor.kind, event: type };
  if (type === "complete" && state.status === "approved") {
    // an unknown fee blocks nothing but the fee step: only a known, unpaid fee holds the case
    const payment = paymentStatusOf(state.fee, state.payments);
    if (payment.kind === "outstanding")
      return { code: "payment-outstanding", outstandingCents: payment.outstandingCents };
  }
  if (type === "record-payment" && state.fee.kind !== "fixed")
    return { code: "no-fee-to-pay", fee: state.fee.kind };
  return undefined;
}

/**
 * Applies an event to a case: the new state and its timeline entry, or a typed refusal.
 * Validates the event, actor and time itself (they may come from the offline client). The
 * time is the moment the event was confirmed; an event synced late keeps it, and
 * `lastEventAt` only ever moves forward. Never throws.
 */
export function applyCaseEvent(
  state: CaseState,
  event: CaseEventInput,
  actor: CaseActor,
  at: Date,
): CaseStep {
  const input = checkInput(CaseEvent, event, actor, at);
  if (!input.ok) return input;
  const e = input.event;
  const by = input.actor;
  const before = refusalBeforeData(state, e.type, by);
  if (before) return { ok: false, refusal: before };
  if (e.type === "set-fee" && e.amountCents < paidCents(state.payments))
    return { ok: false, refusal: { code: "fee-below-paid", paidCents: paidCents(state.payments) } };

  const rule = CASE_TRANSITIONS[e.type];
  const status = rule.to === "unchanged" ? state.status : rule.to;
  const next: CaseState = {
    ...state,
    status,
    lastEventAt: at.getTime() > state.lastEventAt.getTime() ? at : state.lastEventAt,
  };
  switch (e.type) {
    case "submit":
      next.submittedAt = at;
      break;
    case "request-information":
      next.openRequest = { message: e.message, requestedAt: at, requestedBy: by };
      break;
    case "provide-information":
      next.openRequest = null;
      break;
    case "approve":
      next.decision = {
        outcome: "approved",
        ...(e.note ? { note: e.note } : {}),
        decidedAt: at,
        decidedBy: by,
      };
      break;
    case "reject":
      next.openRequest = null;
      next.decision = {
        outcome: "rejected",
        reason: e.reason,
        ...(e.note ? { note: e.note } : {}),
        decidedAt: at,
        decidedBy: by,
      };
      break;
    case "complete":
      next.closedAt = at;
      break;
    case "withdraw":
      next.openRequest = null;
      next.closedAt = at;
      break;
    case "set-fee":
      next.fee = feeSetByStaff(e.amountCents);
      break;
    case "record-payment":
      next.payments = [
        ...state.payments,
        {
          method: e.method,
          amountCents: e.amountCents,
          receivedOn: e.receivedOn,
          recordedAt: at,
          recordedBy: by,
        },
      ];
      break;
    case "start-review":
      break;
  }
  return { ok: true, state: next, entry: { at, actor: by, event: e, from: state.status, to: status } };
}

/**
 * The events `actor` may cause on the case now (for the buttons of the back office and the
 * resident's page). An event listed here may still be refused for its data (a fee below what
 * was paid).
 */
export function availableCaseEvents(state: CaseState, actor: CaseActor): CaseEventType[] {
  return CASE_EVENT_TYPES.filter((type) => refusalBeforeData(state, type, actor) === undefined);
}
