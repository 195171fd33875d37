import { z } from "zod";
import type { LocalizedText } from "../../../../domain/locale";

/**
 * The statuses of a case. A draft is being filled in; submitted, it waits for review; in review,
 * staff may ask the resident for information (`needs-information`, back to `in-review` when the
 * resident answers) and then approve or reject; a decided case is completed once what follows the
 * decision is done (document issued, fee paid). The resident may withdraw an undecided case.
 */
export const CASE_STATUSES = [
  "draft",
  "submitted",
  "in-review",
  "needs-information",
  "approved",
  "rejected",
  "completed",
  "withdrawn",
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** Statuses no event leaves. */
export const FINAL_STATUSES: readonly CaseStatus[] = ["completed", "withdrawn"];

/**
 * Whether a case is still under way for the resident: not ended (completed, withdrawn) and not
 * rejected. Only then does its page name what is still to do, such as the visit a form asks for.
 */
export function isCaseOpen(status: CaseStatus): boolean {
  return !FINAL_STATUSES.includes(status) && status !== "rejected";
}

/** The status as the resident's tracking page and the back office name it. */
export const CASE_STATUS_LABELS: Record<CaseStatus, LocalizedText> = {
  draft: { de: "Entwurf", en: "Draft" },
  submitted: { de: "Eingereicht", en: "Submitted" },
  "in-review": { de: "In Bearbeitung", en: "Being processed" },
  "needs-information": { de: "Rückfrage an Sie", en: "We need information from you" },
  approved: { de: "Genehmigt", en: "Approved" },
  rejected: { de: "Abgelehnt", en: "Rejected" },
  completed: { de: "Abgeschlossen", en: "Completed" },
  withdrawn: { de: "Zurückgezogen", en: "Withdrawn" },
};
