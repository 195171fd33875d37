import { defineForm, when } from "../domain";

/**
 * Befreiung von der Ausweispflicht (§ 1 Abs. 3 PAuswG), filed for a person who lives
 * permanently in a care home and cannot leave it: the person, the care home, who files and in
 * which role, the filer's proof (the Betreuerausweis of a legal carer, otherwise a power of
 * attorney), an optional medical certificate, and a declaration. The office may decide it
 * without a visit, so the form says nothing in person (`inPerson` left out). The catalogue
 * lists the medical certificate as required; here it is optional, and the office asks for it
 * when it needs it. No FIM field ids: none of them is known here with certainty.
 */
export const ausweispflichtBefreiung = defineForm({
  serviceKey: "ausweispflicht-befreiung",
  version: 1,
  title: {
    de: "Befreiung von der Ausweispflicht beantragen",
    en: "Apply for an exemption from the duty to hold an ID card",
  },
  pages: [
    {
      id: "person",
      kind: "questions",
      questions: [
        {
          id: "person",
          kind: "person",
          birthName: true,
          label: {
            de: "Für wen beantragen Sie die Befreiung?",
            en: "Who are you applying for the exemption for?",
          },
          hint: {
            de: "Die Person, die dauerhaft in einem Pflegeheim lebt und es nicht mehr verlassen kann. Geben Sie die Namen so an, wie sie im Personalausweis stehen.",
            en: "The person who lives permanently in a care home and can no longer leave it. Enter the names as they appear in the ID card.",
          },
        },
      ],
    },
    {
      id: "care-home",
      kind: "questions",
      title: { de: "Pflegeheim", en: "Care home" },
      hint: {
        de: "Die Einrichtung, in der die Person dauerhaft lebt.",
        en: "The home in which the person lives permanently.",
      },
      questions: [
        {
          id: "careHomeName",
          kind: "text",
          maxLength: 150,
          label: { de: "Name der Einrichtung", en: "Name of the home" },
          errors: {
            required: {
              de: "Geben Sie den Namen des Pflegeheims ein.",
              en: "Enter the name of the care home.",
            },
          },
        },
        {
          id: "careHomeAddress",
          kind: "address",
          label: { de: "Anschrift der Einrichtung", en: "Address of the home" },
        },
      ],
    },
    {
      id: "filer-role",
      kind: "questions",
      questions: [
        {
          id: "filerRole",
          kind: "choice",
          label: {
            de: "In welcher Rolle stellen Sie den Antrag?",
            en: "In what capacity are you applying?",
          },
          options: [
            {
              value: "legal-carer",
              label: { de: "Als rechtliche Betreuerin oder rechtlicher Betreuer", en: "As the legal carer" },
              hint: {
                de: "Das Betreuungsgericht hat Sie bestellt; Sie haben einen Betreuerausweis.",
                en: "The guardianship court appointed you; you hold a carer's certificate (Betreuerausweis).",
              },
            },
            {
              value: "authorised-representative",
              label: { de: "Als bevollmächtigte Person", en: "As an authorised representative" },
              hint: {
                de: "Zum Beispiel mit einer Vorsorgevollmacht.",
                en: "For example with a lasting power of attorney (Vorsorgevollmacht).",
              },
            },
            {
              value: "relative",
              label: { de: "Als Angehörige oder Angehöriger", en: "As a relative" },
              hint: {
                de: "Auch Angehörige brauchen eine schriftliche Vollmacht der Person.",
                en: "Relatives also need the person's written authorisation.",
              },
            },
          ],
          errors: {
            required: {
              de: "Wählen Sie aus, in welcher Rolle Sie den Antrag stellen.",
              en: "Select in what capacity you are applying.",
            },
          },
        },
      ],
    },
    {
      id: "filer",
      kind: "questions",
      questions: [
        {
          id: "filer",
          kind: "person",
          label: { de: "Ihre Angaben", en: "Your details" },
        },
      ],
    },
    {
      id: "carer-certificate",
      kind: "questions",
      when: when.equals("filerRole", "legal-carer"),
      questions: [
        {
          id: "carerCertificate",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 2,
          accept: ["pdf", "jpeg", "png"],
          label: { de: "Betreuerausweis hochladen", en: "Upload the carer's certificate" },
          hint: {
            de: "Hat der Ausweis zwei Seiten, laden Sie beide hoch. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
            en: "If the certificate has two sides, upload both. PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
          },
          errors: {
            required: { de: "Laden Sie Ihren Betreuerausweis hoch.", en: "Upload your carer's certificate." },
          },
        },
      ],
    },
    {
      id: "authorisation",
      kind: "questions",
      when: when.oneOf("filerRole", ["authorised-representative", "relative"]),
      questions: [
        {
          id: "authorisation",
          kind: "file",
          maxBytes: 10_000_000,
          maxFiles: 3,
          accept: ["pdf", "jpeg", "png"],
          label: { de: "Vollmacht hochladen", en: "Upload the power of attorney" },
          hint: {
            de: "Die Vollmacht der Person, für die Sie den Antrag stellen, mit ihrer Unterschrift. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 3 Dateien.",
            en: "The power of attorney of the person you are applying for, with their signature. PDF, JPG and PNG up to 10 MB are possible, at most 3 files.",
          },
          errors: {
            required: { de: "Laden Sie die Vollmacht hoch.", en: "Upload the power of attorney." },
          },
        },
      ],
    },
    {
      id: "medical-certificate",
      kind: "questions",
      questions: [
        {
          id: "medicalCertificate",
          kind: "file",
          optional: true,
          maxBytes: 10_000_000,
          maxFiles: 2,
          accept: ["pdf", "jpeg", "png"],
          label: { de: "Ärztliche Bescheinigung hochladen", en: "Upload a medical certificate" },
          hint: {
            de: "Freiwillig, aber hilfreich: eine Bescheinigung, dass die Person das Heim voraussichtlich dauerhaft nicht verlassen kann. Fehlt sie, fordert das Amt sie an, wenn es sie braucht. Möglich sind PDF, JPG und PNG bis 10 MB, höchstens 2 Dateien.",
            en: "Optional but helpful: a certificate that the person is expected to be permanently unable to leave the home. If it is missing, the office asks for it when it needs it. PDF, JPG and PNG up to 10 MB are possible, at most 2 files.",
          },
        },
      ],
    },
    {
      id: "declaration",
      kind: "questions",
      title: { de: "Erklärung", en: "Declaration" },
      hint: {
        de: "Das Amt prüft den Antrag und teilt Ihnen die Entscheidung mit; ein Besuch ist dafür nicht nötig.",
        en: "The office checks the application and tells you its decision; no visit is needed for it.",
      },
      questions: [
        {
          id: "truthful",
          kind: "declaration",
          label: {
            de: "Ich versichere, dass meine Angaben richtig und vollständig sind und dass die Person voraussichtlich dauerhaft in der Einrichtung lebt.",
            en: "I confirm that my details are correct and complete, and that the person is expected to live in the home permanently.",
          },
          errors: {
            required: {
              de: "Bestätigen Sie Ihre Angaben und dass die Person dauerhaft in der Einrichtung lebt.",
              en: "Confirm your details and that the person lives in the home permanently.",
            },
          },
        },
      ],
    },
  ],
});
