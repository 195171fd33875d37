import { defineForm, when } from "../domain";

/**
 * Meldebescheinigung (§ 18 BMG). The applicant states family name, given names, date of birth
 * and the main residence; the simple certificate shows those with the doctoral degree and the
 * addresses, the extended one adds register data chosen on request. Someone else may apply
 * with a written authorisation. The certificate is issued as a PDF. No FIM field ids: none of
 * them is known here with certainty.
 */
export const meldebescheinigung = defineForm({
  serviceKey: "meldebescheinigung",
  version: 1,
  title: { de: "Meldebescheinigung beantragen", en: "Apply for a registration certificate" },
  pages: [
    {
      id: "for-whom",
      kind: "questions",
      questions: [
        {
          id: "forSelf",
          kind: "yesNo",
          label: {
            de: "Beantragen Sie die Meldebescheinigung für sich selbst?",
            en: "Are you applying for your own registration certificate?",
          },
          hint: {
            de: "Für eine andere Person brauchen Sie deren schriftliche Vollmacht.",
            en: "To apply for someone else, you need their written authorisation.",
          },
          errors: {
            required: {
              de: "Wählen Sie „Ja“, wenn die Bescheinigung für Sie selbst ist, sonst „Nein“.",
              en: "Select yes if the certificate is for you, or no if it is for someone else.",
            },
          },
        },
      ],
    },
    {
      id: "person",
      kind: "questions",
      questions: [
        {
          id: "person",
          kind: "person",
          doctoralDegree: true,
          label: {
            de: "Für wen ist die Meldebescheinigung?",
            en: "Who is the registration certificate for?",
          },
          hint: {
            de: "Geben Sie die Namen so an, wie sie im Melderegister stehen, zum Beispiel wie im Personalausweis.",
            en: "Enter the names as they appear in the population register, for example as in the ID card.",
          },
        },
      ],
    },
    {
      id: "main-address",
      kind: "questions",
      questions: [
        {
          id: "mainAddress",
          kind: "address",
          label: { de: "Anschrift der Hauptwohnung", en: "Address of the main residence" },
          hint: {
            de: "Die Anschrift, unter der die Person mit ihrer Hauptwohnung gemeldet ist.",
            en: "The address at which the person is registered with their main residence.",
          },
        },
      ],
    },
    {
      id: "representative",
      kind: "questions",
      when: when.no("forSelf"),
      questions: [
        {
          id: "representative",
          kind: "person",
          label: {
            de: "Ihre Angaben als bevollmächtigte Person",
            en: "Your details as the authorised person",
          },
        },
      ],
    },
    {
      id: "authorisation",
      kind: "questions",
      when: when.no("forSelf"),
      questions: [
        {
          id: "authorisation",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 2,
          accept: ["pdf", "jpeg", "png"],
          label: { de: "Vollmacht hochladen", en: "Upload the authorisation" },
          hint: {
            de: "Die Person, für die die Bescheinigung ist, muss die Vollmacht unterschrieben haben. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
            en: "The person the certificate is for must have signed the authorisation. PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
          },
          errors: {
            required: {
              de: "Laden Sie die unterschriebene Vollmacht hoch.",
              en: "Upload the signed authorisation.",
            },
          },
        },
      ],
    },
    {
      id: "certificate-kind",
      kind: "questions",
      questions: [
        {
          id: "certificateKind",
          kind: "choice",
          label: {
            de: "Welche Meldebescheinigung brauchen Sie?",
            en: "Which registration certificate do you need?",
          },
          options: [
            {
              value: "simple",
              label: { de: "Einfache Meldebescheinigung", en: "Simple registration certificate" },
              hint: {
                de: "Mit Familienname, Vornamen, Doktorgrad, Geburtsdatum und den Anschriften, jeweils als Haupt- oder Nebenwohnung gekennzeichnet.",
                en: "With family name, given names, doctoral degree, date of birth and the addresses, each marked as main or secondary residence.",
              },
            },
            {
              value: "extended",
              label: { de: "Erweiterte Meldebescheinigung", en: "Extended registration certificate" },
              hint: {
                de: "Enthält zusätzlich weitere Angaben aus dem Melderegister, die Sie auswählen.",
                en: "Also shows further details from the population register that you choose.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, welche Meldebescheinigung Sie brauchen.",
              en: "Select which registration certificate you need.",
            },
          },
        },
      ],
    },
    {
      id: "extended-content",
      kind: "questions",
      when: when.equals("certificateKind", "extended"),
      questions: [
        {
          id: "extendedData",
          kind: "choice",
          multiple: true,
          label: {
            de: "Welche weiteren Angaben soll die Bescheinigung enthalten?",
            en: "Which further details should the certificate show?",
          },
          hint: { de: "Wählen Sie alle aus, die Sie brauchen.", en: "Select all that you need." },
          options: [
            { value: "place-of-birth", label: { de: "Geburtsort", en: "Place of birth" } },
            { value: "nationalities", label: { de: "Staatsangehörigkeiten", en: "Nationalities" } },
            { value: "marital-status", label: { de: "Familienstand", en: "Marital status" } },
            { value: "move-in-date", label: { de: "Einzugsdatum", en: "Date of moving in" } },
            { value: "previous-addresses", label: { de: "Frühere Anschriften", en: "Previous addresses" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie mindestens eine weitere Angabe aus.",
              en: "Select at least one further detail.",
            },
          },
        },
      ],
    },
    {
      id: "purpose",
      kind: "questions",
      questions: [
        {
          id: "purpose",
          kind: "text",
          optional: true,
          maxLength: 200,
          label: { de: "Wofür brauchen Sie die Bescheinigung?", en: "What do you need the certificate for?" },
          hint: {
            de: "Freiwillige Angabe, zum Beispiel „für den Arbeitgeber“. Sie können das Feld leer lassen.",
            en: "Optional, for example ‘for my employer’. You can leave this empty.",
          },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Sie erhalten die Meldebescheinigung als PDF-Datei. Sie laden sie über den Link zu Ihrem Antrag herunter.",
        en: "You receive the registration certificate as a PDF file. You download it through the link to your application.",
      },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig und vollständig sind.",
            en: "I confirm that my details are correct and complete.",
          },
          errors: {
            required: {
              de: "Bestätigen Sie, dass Ihre Angaben richtig und vollständig sind.",
              en: "Confirm that your details are correct and complete.",
            },
          },
        },
      ],
    },
  ],
});
