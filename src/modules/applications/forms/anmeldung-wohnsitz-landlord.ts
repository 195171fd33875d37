import { type FormDefinitionInput, when } from "../domain";

type PageInput = FormDefinitionInput["pages"][number];

/**
 * The Wohnungsgeberbestätigung (§ 19 BMG) within the Anmeldung: the landlord confirms the
 * move-in with their name and address, the owner's if different, and the move-in date. The
 * resident either types its details (and brings the paper to the visit) or uploads it.
 */
export const landlordPages: PageInput[] = [
  {
    id: "landlord-confirmation",
    kind: "questions",
    questions: [
      {
        id: "confirmationForm",
        kind: "choice",
        label: {
          de: "Wie geben Sie die Wohnungsgeberbestätigung an?",
          en: "How do you provide the landlord's confirmation?",
        },
        hint: {
          de: "Ihr Wohnungsgeber muss Ihnen den Einzug schriftlich oder elektronisch bestätigen (§ 19 Bundesmeldegesetz). Wohnungsgeber ist die Vermieterin oder der Vermieter; wohnen Sie in Ihrer eigenen Wohnung, bestätigen Sie den Einzug als Eigentümerin oder Eigentümer selbst.",
          en: "Your landlord must confirm in writing or electronically that you moved in (section 19 of the Federal Registration Act). If you live in a home you own, you confirm the move-in yourself as the owner.",
        },
        options: [
          {
            value: "enter",
            label: {
              de: "Ich gebe die Angaben aus der Bestätigung ein",
              en: "I enter the details from the confirmation",
            },
            hint: {
              de: "Bringen Sie die Bestätigung dann zu Ihrem Besuch mit.",
              en: "Then bring the confirmation to your visit.",
            },
          },
          {
            value: "upload",
            label: { de: "Ich lade die Bestätigung hoch", en: "I upload the confirmation" },
            hint: {
              de: "Als Scan oder Foto, zum Beispiel als PDF-Datei.",
              en: "As a scan or photo, for example as a PDF file.",
            },
          },
        ],
        errors: {
          required: {
            de: "Wählen Sie aus, ob Sie die Angaben aus der Wohnungsgeberbestätigung eingeben oder die Bestätigung hochladen.",
            en: "Select whether you enter the details from the landlord's confirmation or upload it.",
          },
        },
      },
    ],
  },
  {
    id: "landlord",
    kind: "questions",
    when: when.equals("confirmationForm", "enter"),
    title: { de: "Angaben aus der Wohnungsgeberbestätigung", en: "Details from the landlord's confirmation" },
    questions: [
      {
        id: "landlordName",
        kind: "text",
        maxLength: 200,
        label: { de: "Name des Wohnungsgebers", en: "Name of the landlord" },
        hint: {
          de: "Eine Person oder ein Unternehmen, zum Beispiel eine Wohnungsbaugesellschaft.",
          en: "A person or a company, for example a housing association.",
        },
        errors: {
          required: {
            de: "Geben Sie den Namen des Wohnungsgebers ein.",
            en: "Enter the name of the landlord.",
          },
        },
      },
      {
        id: "landlordAddress",
        kind: "address",
        label: { de: "Anschrift des Wohnungsgebers", en: "Address of the landlord" },
      },
      {
        id: "confirmedMoveInDate",
        kind: "date",
        latest: { fromToday: {} },
        label: { de: "Bestätigtes Einzugsdatum", en: "Confirmed date of moving in" },
        hint: {
          de: "Das Datum, das der Wohnungsgeber als Tag Ihres Einzugs bestätigt.",
          en: "The date the landlord confirms as the day you moved in.",
        },
        errors: {
          required: {
            de: "Geben Sie das Einzugsdatum ein, das der Wohnungsgeber bestätigt.",
            en: "Enter the date of moving in that the landlord confirms.",
          },
          notInFuture: {
            de: "Das bestätigte Einzugsdatum darf nicht in der Zukunft liegen.",
            en: "The confirmed date of moving in must be today or in the past.",
          },
        },
      },
    ],
  },
  {
    id: "landlord-owner",
    kind: "questions",
    when: when.equals("confirmationForm", "enter"),
    questions: [
      {
        id: "landlordIsOwner",
        kind: "yesNo",
        label: {
          de: "Ist der Wohnungsgeber auch Eigentümer der Wohnung?",
          en: "Does the landlord also own the home?",
        },
        hint: {
          de: "Wenn nicht, nennt die Bestätigung auch den Namen und die Anschrift der Eigentümerin oder des Eigentümers.",
          en: "If not, the confirmation also names the owner and gives their address.",
        },
        errors: {
          required: {
            de: "Wählen Sie „Ja“, wenn dem Wohnungsgeber die Wohnung gehört, sonst „Nein“.",
            en: "Select yes if the landlord owns the home, otherwise no.",
          },
        },
      },
    ],
  },
  {
    id: "owner",
    kind: "questions",
    // only asked after "landlord-owner", which itself is shown only when the details are entered
    when: when.no("landlordIsOwner"),
    title: { de: "Eigentümerin oder Eigentümer der Wohnung", en: "Owner of the home" },
    questions: [
      {
        id: "ownerName",
        kind: "text",
        maxLength: 200,
        label: { de: "Name", en: "Name" },
        errors: {
          required: {
            de: "Geben Sie den Namen der Eigentümerin oder des Eigentümers ein.",
            en: "Enter the name of the owner.",
          },
        },
      },
      { id: "ownerAddress", kind: "address", label: { de: "Anschrift", en: "Address" } },
    ],
  },
  {
    id: "landlord-upload",
    kind: "questions",
    when: when.equals("confirmationForm", "upload"),
    questions: [
      {
        id: "confirmationFile",
        kind: "file",
        maxBytes: 10_000_000,
        maxFiles: 2,
        accept: ["pdf", "jpeg", "png"],
        label: { de: "Wohnungsgeberbestätigung hochladen", en: "Upload the landlord's confirmation" },
        hint: {
          de: "Die Bestätigung muss vom Wohnungsgeber unterschrieben sein. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien, zum Beispiel Vorder- und Rückseite.",
          en: "The confirmation must be signed by the landlord. PDF, JPG and PNG up to 10 MB are possible, at most 2 files, for example front and back.",
        },
        errors: {
          required: {
            de: "Laden Sie die unterschriebene Wohnungsgeberbestätigung hoch.",
            en: "Upload the signed landlord's confirmation.",
          },
        },
      },
    ],
  },
];
