import { recordAudit } from "../../platform/audit/audit";
import type { VisitCancellationParticipant } from "../booking";
import { type ReopenedRequest, reopenScheduledInto } from "./reopen-queries";
import type { VisitMails } from "./visit-mails";

/**
 * The part of visit requests in cancelling a visit of the mobile Stadtbüro: every request
 * scheduled into that visit goes back to new, with the cancelled visit and its reason as a
 * note, audited as `visit-request.reopen` (by whoever cancelled), all in the cancellation's
 * transaction. Once it is committed, each resident who gave an e-mail address is written to
 * in their language; a mail that fails is reported to `onMailFailed` and the others still go.
 */
export function reopenOnCancelledVisit(deps: {
  tenantId: string;
  mails: VisitMails;
  onMailFailed: (request: ReopenedRequest, error: unknown) => void;
}): VisitCancellationParticipant {
  return async (trx, visit) => {
    const span = { tenantId: deps.tenantId, location: visit.location, from: visit.from, to: visit.to };
    const reopened = await reopenScheduledInto(trx, span, { at: visit.now, reason: visit.reason });
    for (const request of reopened) {
      await recordAudit(trx, deps.tenantId, visit.actor, {
        action: "visit-request.reopen",
        subject: `visit-request:${request.id}`,
        detail: {
          cause: "visit-cancelled",
          location: visit.location,
          date: visit.date,
          mail: request.email !== null,
        },
      });
    }
    return async () => {
      for (const request of reopened) {
        if (!request.email) continue;
        try {
          await deps.mails.reopened(request, {
            stop: visit.location,
            at: request.visitAt,
            until: request.visitUntil,
            reason: visit.reason,
          });
        } catch (error) {
          deps.onMailFailed(request, error);
        }
      }
    };
  };
}
