import { defineForm, when } from "../domain";

/** Legal forms that are always entered in a register under a company name. */
const COMPANIES = ["ohg", "kg", "gmbh", "ug", "ag"];
/** The business has a registered name: a company, or anything entered in a register. */
const registeredName = when.any(when.oneOf("legalForm", COMPANIES), when.yes("inRegister"));

/**
 * Gewerbe-Anmeldung (§ 14 GewO): a subset of the official form GewA 1 — legal form, register
 * entry, name, the people involved with their roles, the activity, side business, the
 * premises, the start and the staff. No FIM field ids: none of them is known here with
 * certainty.
 */
export const gewerbeAnmeldung = defineForm({
  serviceKey: "gewerbe-anmelden",
  version: 1,
  title: { de: "Gewerbe anmelden", en: "Register a trade business" },
  pages: [
    {
      id: "legal-form",
      kind: "questions",
      questions: [
        {
          id: "legalForm",
          kind: "choice",
          label: { de: "Welche Rechtsform hat der Betrieb?", en: "What is the legal form of the business?" },
          options: [
            {
              value: "einzelunternehmen",
              label: { de: "Einzelunternehmen", en: "Sole trader" },
              hint: {
                de: "Sie betreiben das Gewerbe allein, auch als eingetragene Kauffrau oder eingetragener Kaufmann (e. K.).",
                en: "You run the business on your own, also as a registered merchant (e. K.).",
              },
            },
            {
              value: "gbr",
              label: { de: "Gesellschaft bürgerlichen Rechts (GbR)", en: "Civil-law partnership (GbR)" },
            },
            {
              value: "ohg",
              label: { de: "Offene Handelsgesellschaft (OHG)", en: "General partnership (OHG)" },
            },
            {
              value: "kg",
              label: {
                de: "Kommanditgesellschaft (KG), auch GmbH & Co. KG",
                en: "Limited partnership (KG), including GmbH & Co. KG",
              },
            },
            {
              value: "gmbh",
              label: {
                de: "Gesellschaft mit beschränkter Haftung (GmbH)",
                en: "Private limited company (GmbH)",
              },
            },
            {
              value: "ug",
              label: {
                de: "Unternehmergesellschaft (haftungsbeschränkt)",
                en: "Entrepreneurial company with limited liability (UG)",
              },
            },
            { value: "ag", label: { de: "Aktiengesellschaft (AG)", en: "Public limited company (AG)" } },
            { value: "other", label: { de: "Eine andere Rechtsform", en: "Another legal form" } },
          ],
          errors: {
            required: {
              de: "Wählen Sie die Rechtsform des Betriebs aus.",
              en: "Select the legal form of the business.",
            },
          },
        },
      ],
    },
    {
      id: "legal-form-other",
      kind: "questions",
      when: when.equals("legalForm", "other"),
      questions: [
        {
          id: "legalFormOther",
          kind: "text",
          maxLength: 100,
          label: { de: "Welche Rechtsform ist es?", en: "Which legal form is it?" },
          hint: {
            de: "Zum Beispiel eingetragene Genossenschaft (eG) oder eingetragener Verein (e. V.).",
            en: "For example a registered cooperative (eG) or a registered association (e. V.).",
          },
          errors: { required: { de: "Geben Sie die Rechtsform an.", en: "Enter the legal form." } },
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
    {
      id: "company-name",
      kind: "questions",
      when: registeredName,
      questions: [
        {
          id: "businessName",
          kind: "text",
          label: { de: "Wie lautet der Name des Betriebs?", en: "What is the name of the business?" },
          hint: {
            de: "Der Name, wie er im Register eingetragen ist oder eingetragen werden soll.",
            en: "The name as it is, or is going to be, entered in the register.",
          },
          errors: {
            required: { de: "Geben Sie den Namen des Betriebs ein.", en: "Enter the name of the business." },
          },
        },
      ],
    },
    {
      id: "trading-name",
      kind: "questions",
      when: when.not(registeredName),
      questions: [
        {
          id: "tradingName",
          kind: "text",
          optional: true,
          label: { de: "Unter welchem Namen treten Sie auf?", en: "What name do you trade under?" },
          hint: {
            de: "Freiwillige Angabe, zum Beispiel „Fahrradwerkstatt am Markt“. Lassen Sie das Feld leer, wenn Sie keinen eigenen Namen verwenden.",
            en: "Optional, for example ‘Fahrradwerkstatt am Markt’. Leave this empty if you do not use a name of your own.",
          },
        },
      ],
    },
    {
      id: "persons",
      kind: "group",
      title: { de: "Beteiligte Personen", en: "People involved" },
      hint: {
        de: "Geben Sie jede Person an, die das Gewerbe betreibt oder den Betrieb vertritt: bei einem Einzelunternehmen die Inhaberin oder den Inhaber, bei einer Gesellschaft die Gesellschafter oder die gesetzliche Vertretung.",
        en: "Enter everyone who runs the business or represents it: for a sole trader the owner, for a company the partners or the legal representatives.",
      },
      itemName: { de: "Person", en: "Person" },
      itemTitleFrom: "person",
      minItems: 1,
      maxItems: 20,
      questions: [
        {
          id: "person",
          kind: "person",
          birthName: true,
          doctoralDegree: true,
          label: { de: "Name und Geburtsdatum", en: "Name and date of birth" },
        },
        {
          id: "role",
          kind: "choice",
          label: { de: "In welcher Rolle ist die Person beteiligt?", en: "What is the person's role?" },
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
          ],
          errors: {
            required: { de: "Wählen Sie die Rolle der Person aus.", en: "Select the person's role." },
          },
        },
        { id: "residence", kind: "address", label: { de: "Wohnanschrift", en: "Home address" } },
      ],
    },
    {
      id: "activity",
      kind: "questions",
      questions: [
        {
          id: "mainActivity",
          kind: "text",
          multiline: true,
          maxLength: 500,
          label: { de: "Welche Tätigkeit melden Sie an?", en: "What activity are you registering?" },
          hint: {
            de: "Beschreiben Sie die Tätigkeit so genau wie möglich, zum Beispiel „Einzelhandel mit Fahrrädern und Zubehör, Reparatur von Fahrrädern“ statt nur „Handel“.",
            en: "Describe the activity as precisely as you can, for example ‘retail of bicycles and accessories, bicycle repair’ rather than just ‘trade’.",
          },
          errors: {
            required: {
              de: "Beschreiben Sie die Tätigkeit, die Sie anmelden.",
              en: "Describe the activity you are registering.",
            },
          },
        },
      ],
    },
    {
      id: "side-business",
      kind: "questions",
      questions: [
        {
          id: "sideBusiness",
          kind: "yesNo",
          label: { de: "Betreiben Sie das Gewerbe im Nebenerwerb?", en: "Is this a side business?" },
          hint: {
            de: "Zum Beispiel neben einer Anstellung oder einem Studium.",
            en: "For example alongside a job or your studies.",
          },
        },
      ],
    },
    {
      id: "business-address",
      kind: "questions",
      questions: [
        {
          id: "businessAddress",
          kind: "address",
          label: { de: "Anschrift der Betriebsstätte", en: "Address of the business premises" },
          hint: {
            de: "Haben Sie keine eigenen Geschäftsräume, geben Sie die Anschrift an, von der aus Sie das Gewerbe betreiben.",
            en: "If you have no business premises of your own, enter the address from which you run the business.",
          },
        },
      ],
    },
    {
      id: "start",
      kind: "questions",
      questions: [
        {
          id: "startDate",
          kind: "date",
          // a plausibility bound against a mistyped year, not a rule of law
          latest: { fromToday: { years: 1 } },
          label: { de: "Ab wann üben Sie die Tätigkeit aus?", en: "When do you start the activity?" },
          hint: { de: "Zum Beispiel 1 4 2026", en: "For example 1 4 2026" },
          errors: {
            required: {
              de: "Geben Sie an, ab wann Sie die Tätigkeit ausüben.",
              en: "Enter when you start the activity.",
            },
            tooLate: {
              de: "Der Beginn darf höchstens ein Jahr in der Zukunft liegen (bis {date}). Prüfen Sie das Jahr.",
              en: "The start must be no more than one year from today (until {date}). Check the year.",
            },
          },
        },
      ],
    },
    {
      id: "staff",
      kind: "questions",
      title: { de: "Beschäftigte", en: "Employees" },
      hint: {
        de: "Ohne Inhaberin oder Inhaber. Geben Sie 0 ein, wenn niemand beschäftigt ist.",
        en: "Not counting the owner. Enter 0 if nobody is employed.",
      },
      questions: [
        {
          id: "fullTimeStaff",
          kind: "number",
          integer: true,
          min: 0,
          max: 100_000,
          label: { de: "Anzahl in Vollzeit", en: "Number in full-time work" },
          errors: {
            required: {
              de: "Geben Sie die Zahl der Beschäftigten in Vollzeit ein, 0 wenn niemand.",
              en: "Enter the number of full-time employees, 0 if none.",
            },
          },
        },
        {
          id: "partTimeStaff",
          kind: "number",
          integer: true,
          min: 0,
          max: 100_000,
          label: { de: "Anzahl in Teilzeit", en: "Number in part-time work" },
          errors: {
            required: {
              de: "Geben Sie die Zahl der Beschäftigten in Teilzeit ein, 0 wenn niemand.",
              en: "Enter the number of part-time employees, 0 if none.",
            },
          },
        },
      ],
    },
    {
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
    },
  ],
});
