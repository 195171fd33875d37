import type { ActorKind } from "./actor";
import type { CaseEventType } from "./events";
import type { CaseStatus } from "./status";

/** From which statuses an event may happen, where it leads, and who may cause it. */
export interface TransitionRule {
  from: readonly CaseStatus[];
  /** the new status; `unchanged` for events that record something without moving the case */
  to: CaseStatus | "unchanged";
  by: readonly ActorKind[];
}

/** Statuses in which the fee may be set and payments recorded: from submission until the case is closed. */
const FEE_STATUSES: readonly CaseStatus[] = ["submitted", "in-review", "needs-information", "approved"];

/**
 * The status machine, as data. The server, the back office and the offline client apply it
 * through `applyCaseEvent`; what staff may do to a case of a given service (their roles and
 * places) is decided before, by the service layer.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseEventType, TransitionRule>> = {
  // staff submit only a case they filed with the resident (an assisted case; see applyCaseEvent)
  submit: { from: ["draft"], to: "submitted", by: ["resident", "staff"] },
  "start-review": { from: ["submitted"], to: "in-review", by: ["staff"] },
  "request-information": { from: ["in-review"], to: "needs-information", by: ["staff"] },
  // staff may enter an answer the resident gave by phone or at the counter
  "provide-information": { from: ["needs-information"], to: "in-review", by: ["resident", "staff"] },
  approve: { from: ["in-review"], to: "approved", by: ["staff"] },
  // a question left unanswered may end in a rejection ("information-not-provided")
  reject: { from: ["in-review", "needs-information"], to: "rejected", by: ["staff"] },
  // the system completes a case when what follows the decision is done (document sent, fee paid)
  complete: { from: ["approved", "rejected"], to: "completed", by: ["staff", "system"] },
  withdraw: {
    from: ["draft", "submitted", "in-review", "needs-information"],
    to: "withdrawn",
    by: ["resident"],
  },
  "set-fee": { from: FEE_STATUSES, to: "unchanged", by: ["staff"] },
  // the system records a transfer it matched by the case's RF reference on a bank statement
  "record-payment": { from: FEE_STATUSES, to: "unchanged", by: ["staff", "system"] },
};
