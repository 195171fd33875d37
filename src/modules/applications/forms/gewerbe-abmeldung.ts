import { defineForm, when } from "../domain";
import { businessPages, filerPages, gewerbeDeclarationPage, WITHIN_A_YEAR } from "./gewerbe-pages";

/**
 * Gewerbe-Abmeldung (§ 14 GewO, official form GewA 3): the business, its premises, the day it
 * ends, and why — closed, moved to another town, a new legal form, handed to a successor or
 * another reason — with the new address or the successor where the reason asks for them, and
 * who files. No FIM field ids: none of them is known here with certainty.
 */
export const gewerbeAbmeldung = defineForm({
  serviceKey: "gewerbe-abmelden",
  version: 1,
  title: { de: "Gewerbe abmelden", en: "Close a trade business" },
  pages: [
    ...businessPages,
    {
      id: "business-address",
      kind: "questions",
      questions: [
        {
          id: "businessAddress",
          kind: "address",
          label: { de: "Anschrift der Betriebsstätte", en: "Address of the business premises" },
          hint: {
            de: "Die Anschrift, unter der der Betrieb angemeldet ist.",
            en: "The address at which the business is registered.",
          },
        },
      ],
    },
    {
      id: "end-date",
      kind: "questions",
      questions: [
        {
          id: "endDate",
          kind: "date",
          latest: WITHIN_A_YEAR,
          label: { de: "An welchem Tag endet der Betrieb?", en: "On which day does the business end?" },
          hint: {
            de: "Der Tag, an dem Sie die Tätigkeit aufgeben oder aufgegeben haben.",
            en: "The day you give up, or gave up, the activity.",
          },
          errors: {
            required: {
              de: "Geben Sie an, an welchem Tag der Betrieb endet.",
              en: "Enter the day the business ends.",
            },
            tooLate: {
              de: "Das Ende darf höchstens ein Jahr in der Zukunft liegen (bis {date}). Prüfen Sie das Jahr.",
              en: "The end must be no more than one year from today (until {date}). Check the year.",
            },
          },
        },
      ],
    },
    {
      id: "end-reason",
      kind: "questions",
      questions: [
        {
          id: "endReason",
          kind: "choice",
          label: { de: "Warum melden Sie den Betrieb ab?", en: "Why are you closing the business?" },
          options: [
            {
              value: "closure",
              label: { de: "Der Betrieb wird ganz aufgegeben", en: "The business closes completely" },
            },
            {
              value: "relocation",
              label: {
                de: "Der Betrieb zieht in einen anderen Ort",
                en: "The business moves to another town",
              },
              hint: {
                de: "Melden Sie ihn dort bei der Gewerbebehörde an.",
                en: "Register it with the trade office there.",
              },
            },
            {
              value: "legal-form",
              label: { de: "Die Rechtsform ändert sich", en: "The legal form changes" },
              hint: {
                de: "Der Betrieb in der neuen Rechtsform wird neu angemeldet.",
                en: "The business in its new legal form is registered anew.",
              },
            },
            {
              value: "transfer",
              label: {
                de: "Der Betrieb geht an eine Nachfolgerin oder einen Nachfolger über",
                en: "The business passes to a successor",
              },
              hint: {
                de: "Zum Beispiel durch Verkauf, Verpachtung oder Erbfolge.",
                en: "For example by sale, lease or inheritance.",
              },
            },
            { value: "other", label: { de: "Ein anderer Grund", en: "Another reason" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, warum Sie den Betrieb abmelden.",
              en: "Select why you are closing the business.",
            },
          },
        },
      ],
    },
    {
      id: "new-address",
      kind: "questions",
      when: when.equals("endReason", "relocation"),
      questions: [
        {
          id: "newBusinessAddress",
          kind: "address",
          label: { de: "Neue Anschrift des Betriebs", en: "New address of the business" },
          hint: {
            de: "Die Anschrift in dem Ort, in den der Betrieb zieht.",
            en: "The address in the town the business moves to.",
          },
        },
      ],
    },
    {
      id: "successor",
      kind: "questions",
      when: when.equals("endReason", "transfer"),
      questions: [
        {
          id: "successorName",
          kind: "text",
          maxLength: 200,
          label: { de: "Wer übernimmt den Betrieb?", en: "Who takes over the business?" },
          hint: {
            de: "Der Name der Nachfolgerin, des Nachfolgers oder des Unternehmens, das den Betrieb übernimmt.",
            en: "The name of the person or company taking over the business.",
          },
          errors: {
            required: {
              de: "Geben Sie an, wer den Betrieb übernimmt.",
              en: "Enter who takes over the business.",
            },
          },
        },
      ],
    },
    {
      id: "other-reason",
      kind: "questions",
      when: when.equals("endReason", "other"),
      questions: [
        {
          id: "otherReason",
          kind: "text",
          multiline: true,
          maxLength: 500,
          label: { de: "Welcher Grund ist es?", en: "What is the reason?" },
          errors: {
            required: {
              de: "Beschreiben Sie kurz, warum Sie den Betrieb abmelden.",
              en: "Briefly describe why you are closing the business.",
            },
          },
        },
      ],
    },
    ...filerPages,
    gewerbeDeclarationPage,
  ],
});
