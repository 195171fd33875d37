import { z } from "zod";
import type { LocalizedText } from "../../../../domain/locale";

/**
 * The reasons staff choose from when they reject a case, in the order the list shows them. The
 * label is what staff pick and the resident sees as the heading; the explanation is the sentence
 * the resident reads on the case's page and in the mail. Free text from staff adds the details.
 */
export const REJECT_REASON_KEYS = [
  "documents-missing",
  "information-not-provided",
  "requirements-not-met",
  "identity-not-proven",
  "not-responsible",
  "duplicate",
  "other",
] as const;
export const RejectReason = z.enum(REJECT_REASON_KEYS);
export type RejectReason = z.infer<typeof RejectReason>;

/** A reason that says nothing by itself: staff must explain it in the free text. */
export const REASONS_NEEDING_TEXT: readonly RejectReason[] = ["other"];

export const REJECT_REASONS: Record<RejectReason, { label: LocalizedText; explanation: LocalizedText }> = {
  "documents-missing": {
    label: { de: "Unterlagen fehlen", en: "Documents missing" },
    explanation: {
      de: "Für die Entscheidung fehlen Unterlagen. Sie können den Antrag mit allen Unterlagen neu stellen.",
      en: "Documents needed for the decision are missing. You can apply again with all documents.",
    },
  },
  "information-not-provided": {
    label: { de: "Rückfrage nicht beantwortet", en: "Question not answered" },
    explanation: {
      de: "Sie haben unsere Rückfrage nicht rechtzeitig beantwortet. Ohne Ihre Angaben können wir nicht entscheiden.",
      en: "You did not answer our question in time. We cannot decide without the information.",
    },
  },
  "requirements-not-met": {
    label: { de: "Voraussetzungen nicht erfüllt", en: "Requirements not met" },
    explanation: {
      de: "Die rechtlichen Voraussetzungen für diese Leistung sind nicht erfüllt.",
      en: "The legal requirements for this service are not met.",
    },
  },
  "identity-not-proven": {
    label: { de: "Identität nicht nachgewiesen", en: "Identity not proven" },
    explanation: {
      de: "Wir konnten nicht sicher feststellen, dass der Antrag von Ihnen stammt.",
      en: "We could not establish with certainty that the application comes from you.",
    },
  },
  "not-responsible": {
    label: { de: "Andere Behörde zuständig", en: "Another authority is responsible" },
    explanation: {
      de: "Für Ihr Anliegen ist eine andere Behörde zuständig. Bitte wenden Sie sich dorthin.",
      en: "Another authority is responsible for your request. Please contact it.",
    },
  },
  duplicate: {
    label: { de: "Doppelter Antrag", en: "Duplicate application" },
    explanation: {
      de: "Sie haben diesen Antrag schon einmal gestellt. Wir bearbeiten Ihren ersten Antrag.",
      en: "You have already made this application. We are processing your first one.",
    },
  },
  other: {
    label: { de: "Anderer Grund", en: "Other reason" },
    explanation: {
      de: "Den Grund nennt Ihnen die Nachricht der Sachbearbeitung.",
      en: "The message from the person handling your case gives the reason.",
    },
  },
};
