import { type FormDefinitionInput, when } from "../domain";

type PageInput = FormDefinitionInput["pages"][number];

/**
 * Pages the Gewerbe-Ummeldung (GewA 2) and the Gewerbe-Abmeldung (GewA 3) share: which business
 * it is, who files the notice, and the declaration. The texts of the register entry are those
 * of the Gewerbe-Anmeldung, whose frozen version keeps its own copy.
 */

/** The business as the trade office knows it: its name and, if any, its register entry. */
export const businessPages: PageInput[] = [
  {
    id: "business-name",
    kind: "questions",
    questions: [
      {
        id: "businessName",
        kind: "text",
        label: { de: "Wie heißt der Betrieb?", en: "What is the name of the business?" },
        hint: {
          de: "Der Name, wie er im Register steht oder unter dem Sie auftreten. Hat der Betrieb keinen eigenen Namen, geben Sie den Namen der Inhaberin oder des Inhabers ein.",
          en: "The name as entered in the register, or the name you trade under. If the business has no name of its own, enter the owner's name.",
        },
        errors: {
          required: { de: "Geben Sie den Namen des Betriebs ein.", en: "Enter the name of the business." },
        },
      },
    ],
  },
  {
    id: "register",
    kind: "questions",
    questions: [
      {
        id: "inRegister",
        kind: "yesNo",
        label: {
          de: "Ist der Betrieb im Handelsregister oder in einem anderen Register eingetragen?",
          en: "Is the business entered in the commercial register or in another register?",
        },
        hint: {
          de: "Gemeint sind das Handels-, Genossenschafts-, Partnerschafts-, Gesellschafts- und Vereinsregister.",
          en: "This means the commercial, cooperative, partnership, company and association registers.",
        },
        errors: {
          required: {
            de: "Wählen Sie „Ja“, wenn der Betrieb in einem Register eingetragen ist, sonst „Nein“.",
            en: "Select yes if the business is entered in a register, otherwise no.",
          },
        },
      },
    ],
  },
  {
    id: "register-entry",
    kind: "questions",
    when: when.yes("inRegister"),
    title: { de: "Registereintrag", en: "Register entry" },
    questions: [
      {
        id: "registerCourt",
        kind: "text",
        maxLength: 100,
        label: { de: "Registergericht", en: "Register court" },
        hint: {
          de: "Das Amtsgericht, das das Register führt, zum Beispiel Amtsgericht Marburg.",
          en: "The local court that keeps the register, for example Amtsgericht Marburg.",
        },
        errors: { required: { de: "Geben Sie das Registergericht ein.", en: "Enter the register court." } },
      },
      {
        id: "registerNumber",
        kind: "text",
        maxLength: 20,
        pattern: "(HRA|HRB|GnR|PR|GsR|VR) ?\\d{1,6}( ?[A-Z]{1,2})?",
        label: { de: "Registernummer", en: "Register number" },
        hint: { de: "Zum Beispiel HRB 1234.", en: "For example HRB 1234." },
        errors: {
          required: { de: "Geben Sie die Registernummer ein.", en: "Enter the register number." },
          pattern: {
            de: "Geben Sie die Registernummer mit der Art des Registers ein, zum Beispiel HRB 1234 oder VR 567.",
            en: "Enter the register number with the kind of register, for example HRB 1234 or VR 567.",
          },
        },
      },
    ],
  },
];

/** Who files the notice, in which role, and a proxy's authorisation. */
export const filerPages: PageInput[] = [
  {
    id: "filer",
    kind: "questions",
    title: { de: "Wer erstattet die Anzeige?", en: "Who is filing the notice?" },
    questions: [
      {
        id: "filer",
        kind: "person",
        doctoralDegree: true,
        label: { de: "Ihr Name und Geburtsdatum", en: "Your name and date of birth" },
      },
      {
        id: "filerRole",
        kind: "choice",
        label: { de: "In welcher Rolle handeln Sie?", en: "In which role are you acting?" },
        options: [
          { value: "owner", label: { de: "Inhaberin oder Inhaber", en: "Owner" } },
          { value: "partner", label: { de: "Gesellschafterin oder Gesellschafter", en: "Partner" } },
          {
            value: "managing-director",
            label: { de: "Geschäftsführerin oder Geschäftsführer", en: "Managing director" },
          },
          {
            value: "legal-representative",
            label: {
              de: "Andere gesetzliche Vertretung, zum Beispiel Vorstand",
              en: "Another legal representative, for example a board member",
            },
          },
          {
            value: "authorised",
            label: { de: "Bevollmächtigte Person", en: "Authorised person" },
            hint: {
              de: "Sie handeln mit einer schriftlichen Vollmacht für den Betrieb.",
              en: "You act with a written authorisation for the business.",
            },
          },
        ],
        errors: {
          required: { de: "Wählen Sie aus, in welcher Rolle Sie handeln.", en: "Select your role." },
        },
      },
    ],
  },
  {
    id: "authorisation",
    kind: "questions",
    when: when.equals("filerRole", "authorised"),
    questions: [
      {
        id: "authorisation",
        kind: "file",
        maxBytes: 10_000_000,
        maxFiles: 2,
        accept: ["pdf", "jpeg", "png"],
        label: { de: "Vollmacht hochladen", en: "Upload the authorisation" },
        hint: {
          de: "Die Inhaberin, der Inhaber oder die gesetzliche Vertretung des Betriebs muss die Vollmacht unterschrieben haben. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
          en: "The owner or the legal representative of the business must have signed the authorisation. PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
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
];

/** The last page of a trade notice. */
export const gewerbeDeclarationPage: PageInput = {
  id: "declaration",
  kind: "questions",
  title: { de: "Erklärung", en: "Declaration" },
  hint: {
    de: "Eine Gewerbeanzeige, die nicht richtig oder nicht vollständig ist, kann mit einem Bußgeld geahndet werden.",
    en: "A trade notification that is incorrect or incomplete can be punished with a fine.",
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
};

/** A plausibility bound against a mistyped year, not a rule of law: at most a year ahead. */
export const WITHIN_A_YEAR = { fromToday: { years: 1 } } as const;
