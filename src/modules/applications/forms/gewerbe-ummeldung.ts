import { defineForm, when } from "../domain";
import { businessPages, filerPages, gewerbeDeclarationPage, WITHIN_A_YEAR } from "./gewerbe-pages";

/**
 * Gewerbe-Ummeldung (§ 14 GewO, official form GewA 2): the business, its current premises,
 * what changes — the business moves within the town, or its activity changes or is extended —
 * the new address or the activity after the change, the date, and who files. A move to
 * another town, or a new legal form, is an Abmeldung here and an Anmeldung there, not an
 * Ummeldung. No FIM field ids: none of them is known here with certainty.
 */
export const gewerbeUmmeldung = defineForm({
  serviceKey: "gewerbe-ummelden",
  version: 1,
  title: { de: "Gewerbe ummelden", en: "Change a trade registration" },
  pages: [
    ...businessPages,
    {
      id: "business-address",
      kind: "questions",
      questions: [
        {
          id: "currentAddress",
          kind: "address",
          label: {
            de: "Bisherige Anschrift der Betriebsstätte",
            en: "Current address of the business premises",
          },
          hint: {
            de: "Die Anschrift, unter der der Betrieb bisher angemeldet ist.",
            en: "The address at which the business has been registered so far.",
          },
        },
      ],
    },
    {
      id: "changes",
      kind: "questions",
      questions: [
        {
          id: "changes",
          kind: "choice",
          multiple: true,
          label: { de: "Was ändert sich?", en: "What is changing?" },
          hint: {
            de: "Wählen Sie alles aus, was zutrifft. Zieht der Betrieb in einen anderen Ort, melden Sie ihn hier ab und am neuen Ort an. Ändert sich die Rechtsform, zum Beispiel vom Einzelunternehmen zur GmbH, melden Sie den bisherigen Betrieb ab und den neuen an.",
            en: "Select all that apply. If the business moves to another town, deregister it here and register it there. If the legal form changes, for example from sole trader to GmbH, deregister the current business and register the new one.",
          },
          options: [
            {
              value: "relocation",
              label: {
                de: "Verlegung des Betriebs innerhalb der Stadt",
                en: "Relocation of the business within the town",
              },
              hint: {
                de: "Die Betriebsstätte zieht an eine neue Anschrift in der Stadt.",
                en: "The business premises move to a new address in the town.",
              },
            },
            {
              value: "activity-change",
              label: { de: "Wechsel der Tätigkeit", en: "Change of activity" },
              hint: {
                de: "Sie üben künftig eine andere Tätigkeit aus als bisher.",
                en: "From now on you carry out a different activity.",
              },
            },
            {
              value: "activity-extension",
              label: { de: "Ausdehnung der Tätigkeit", en: "Extension of the activity" },
              hint: {
                de: "Zu Ihrer bisherigen Tätigkeit kommt eine weitere hinzu.",
                en: "A further activity is added to your current one.",
              },
            },
          ],
          errors: {
            required: { de: "Wählen Sie mindestens eine Änderung aus.", en: "Select at least one change." },
          },
        },
      ],
    },
    {
      id: "new-address",
      kind: "questions",
      when: when.equals("changes", "relocation"),
      questions: [
        {
          id: "newBusinessAddress",
          kind: "address",
          label: { de: "Neue Anschrift der Betriebsstätte", en: "New address of the business premises" },
          hint: { de: "Die neue Anschrift in der Stadt.", en: "The new address in the town." },
        },
      ],
    },
    {
      id: "activity",
      kind: "questions",
      when: when.oneOf("changes", ["activity-change", "activity-extension"]),
      title: { de: "Tätigkeit", en: "Activity" },
      questions: [
        {
          id: "previousActivity",
          kind: "text",
          multiline: true,
          maxLength: 500,
          label: { de: "Bisher angemeldete Tätigkeit", en: "Activity registered so far" },
          hint: {
            de: "So, wie sie in Ihrer bisherigen Gewerbeanmeldung steht.",
            en: "As it is stated in your current trade registration.",
          },
          errors: {
            required: {
              de: "Beschreiben Sie die Tätigkeit, die bisher angemeldet ist.",
              en: "Describe the activity registered so far.",
            },
          },
        },
        {
          id: "newActivity",
          kind: "text",
          multiline: true,
          maxLength: 500,
          label: { de: "Tätigkeit nach der Änderung", en: "Activity after the change" },
          hint: {
            de: "Beschreiben Sie die gesamte Tätigkeit, wie Sie sie künftig ausüben, nicht nur das, was sich ändert. Zum Beispiel „Einzelhandel mit Fahrrädern, Reparatur von Fahrrädern und E-Bikes“.",
            en: "Describe the whole activity as you will carry it out, not only what changes. For example ‘retail of bicycles, repair of bicycles and e-bikes’.",
          },
          errors: {
            required: {
              de: "Beschreiben Sie die Tätigkeit, wie Sie sie nach der Änderung ausüben.",
              en: "Describe the activity as you carry it out after the change.",
            },
          },
        },
      ],
    },
    {
      id: "change-date",
      kind: "questions",
      questions: [
        {
          id: "changeDate",
          kind: "date",
          latest: WITHIN_A_YEAR,
          label: { de: "Ab wann gilt die Änderung?", en: "From when does the change apply?" },
          hint: { de: "Zum Beispiel 1 4 2026", en: "For example 1 4 2026" },
          errors: {
            required: {
              de: "Geben Sie an, ab wann die Änderung gilt.",
              en: "Enter from when the change applies.",
            },
            tooLate: {
              de: "Die Änderung darf höchstens ein Jahr in der Zukunft liegen (bis {date}). Prüfen Sie das Jahr.",
              en: "The change must be no more than one year from today (until {date}). Check the year.",
            },
          },
        },
      ],
    },
    ...filerPages,
    gewerbeDeclarationPage,
  ],
});
