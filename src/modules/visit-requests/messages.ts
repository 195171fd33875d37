import type { Locale } from "../../domain/locale";
import type { PlaceKind, VisitPeriod, VisitReason, VisitRequestProblem } from "./domain/visit-request";

/** Texts of the visit-request form, its thanks page and its mail. German first; `en` is typed against it. */
const de = {
  title: "Hausbesuch anfragen",
  intro:
    "Sie können nicht ins Stadtbüro oder zu einer Haltestelle des mobilen Stadtbüros kommen, zum Beispiel weil Sie in einem Pflegeheim leben oder nicht gut gehen können? Dann kann das mobile Stadtbüro zu Ihnen kommen. Angehörige, Betreuerinnen und Betreuer oder das Pflegeheim können die Anfrage auch für Sie stellen.",
  howItWorks:
    "Nach Ihrer Anfrage rufen wir Sie an und vereinbaren einen Termin. Im mobilen Stadtbüro können Sie nur mit Karte bezahlen, nicht bar.",
  requiredNote: "Alle Angaben ohne den Zusatz „optional“ brauchen wir, um den Besuch zu planen.",
  errorSummaryTitle: "Bitte prüfen Sie Ihre Eingaben",
  optional: "optional",
  submit: "Anfrage senden",

  reasonTitle: "Grund",
  reasonLegend: "Warum kann die Person nicht ins Stadtbüro kommen?",
  reasons: {
    "care-home": "Sie lebt in einem Pflegeheim oder einer Wohneinrichtung",
    "limited-mobility": "Sie kann nicht oder nur schwer gehen",
    illness: "Sie ist krank und kann das Haus nicht verlassen",
    other: "Ein anderer Grund",
  } satisfies Record<VisitReason, string>,
  reasonNote: "Möchten Sie uns mehr dazu sagen?",
  reasonNoteHint:
    "Zum Beispiel, ob wir mit dem Rollstuhl hineinkommen. Bitte nennen Sie keine Diagnosen. Höchstens 1.000 Zeichen.",

  placeTitle: "Ort des Besuchs",
  placeLegend: "Wo sollen wir die Person besuchen?",
  places: {
    "care-home": "In einem Pflegeheim oder einer Wohneinrichtung",
    private: "In einer Privatwohnung",
  } satisfies Record<PlaceKind, string>,
  careHomeName: "Name des Pflegeheims oder der Einrichtung",
  careHomeNameCondition: "nur bei Pflegeheim",
  street: "Straße und Hausnummer",
  streetCondition: "bei Pflegeheim optional",
  streetHint: "Zum Beispiel: Frauenbergstraße 31",
  postalCode: "Postleitzahl",
  postalCodeHint: "5 Ziffern",
  district: "Stadtteil",
  districtNone: "Keine Angabe",

  servicesTitle: "Leistungen",
  servicesLegend: "Was möchten Sie beim Besuch erledigen?",
  servicesHint: `Wählen Sie mindestens eine und höchstens 5 Leistungen. Hier stehen nur Leistungen, die das mobile Stadtbüro anbietet.`,
  exemptionText:
    "Wer dauerhaft in einem Pflegeheim lebt, kann sich von der Ausweispflicht befreien lassen. Das ist kostenlos; dafür braucht es eine ärztliche Bescheinigung.",
  exemptionLink: "Mehr zur Befreiung von der Ausweispflicht",

  periodsTitle: "Wunschzeiten",
  periodsLegend: "Wann passt ein Besuch?",
  periodsHint: "Wählen Sie alles, was passt. Wenn Sie nichts wählen, fragen wir am Telefon.",
  periods: {
    "weekday-mornings": "Werktags vormittags",
    "weekday-afternoons": "Werktags nachmittags",
  } satisfies Record<VisitPeriod, string>,
  periodNote: "Was sollen wir bei der Terminplanung beachten?",
  periodNoteHint: "Zum Beispiel: nicht mittwochs, nach dem Mittagessen. Höchstens 300 Zeichen.",

  contactTitle: "Kontakt",
  name: "Name der Person, die wir besuchen",
  nameHint: "Vor- und Nachname",
  contactName: "Name der Ansprechperson",
  contactNameHint:
    "Zum Beispiel Angehörige, Betreuerin oder Betreuer, Pflegekraft – wenn nicht die besuchte Person selbst ans Telefon geht.",
  phone: "Telefonnummer",
  phoneHint: "Wir rufen an, um einen Termin zu vereinbaren. Zum Beispiel: 06421 123456",
  email: "E-Mail-Adresse",
  emailHint: "Wenn Sie eine angeben, schicken wir eine Bestätigung mit der Vorgangsnummer dorthin.",
  consentLegend: "Einverständnis",
  consent: "Ich bin einverstanden, dass die Stadt diese Angaben nutzt, um den Hausbesuch zu vereinbaren.",
  consentHint: "Wir nutzen die Angaben nur dafür und löschen sie, wenn sie dafür nicht mehr nötig sind.",
  privacyLink: "Datenschutzerklärung",

  honeypot: "Bitte lassen Sie dieses Feld leer",

  problems: {
    reasonRequired: "Wählen Sie aus, warum die Person nicht ins Stadtbüro kommen kann",
    reasonNoteTooLong: "Schreiben Sie höchstens 1.000 Zeichen zum Grund",
    placeRequired: "Wählen Sie aus, ob wir in ein Pflegeheim oder in eine Privatwohnung kommen",
    careHomeNameRequired: "Geben Sie den Namen des Pflegeheims oder der Einrichtung an",
    careHomeNameTooLong: "Der Name der Einrichtung darf höchstens 200 Zeichen lang sein",
    streetRequired: "Geben Sie Straße und Hausnummer an",
    streetTooLong: "Straße und Hausnummer dürfen höchstens 200 Zeichen lang sein",
    postalCodeRequired: "Geben Sie die Postleitzahl an",
    postalCodeInvalid: "Geben Sie die Postleitzahl mit 5 Ziffern an, zum Beispiel 35037",
    districtInvalid: "Wählen Sie einen Stadtteil aus der Liste oder „Keine Angabe“",
    servicesRequired: "Wählen Sie mindestens eine Leistung aus",
    servicesTooMany: "Wählen Sie höchstens 5 Leistungen aus",
    servicesInvalid: "Wählen Sie nur Leistungen aus der Liste",
    periodsInvalid: "Wählen Sie nur Zeiten aus der Liste",
    periodNoteTooLong: "Schreiben Sie höchstens 300 Zeichen zu den Wunschzeiten",
    nameRequired: "Geben Sie den Namen der Person an, die wir besuchen",
    nameTooLong: "Der Name darf höchstens 200 Zeichen lang sein",
    contactNameTooLong: "Der Name der Ansprechperson darf höchstens 200 Zeichen lang sein",
    phoneRequired: "Geben Sie eine Telefonnummer an, damit wir einen Termin vereinbaren können",
    phoneInvalid:
      "Geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen, + / oder - an, zum Beispiel 06421 123456",
    emailInvalid: "Geben Sie eine E-Mail-Adresse wie name@example.com an",
    consentRequired: "Bestätigen Sie, dass wir die Angaben für den Hausbesuch nutzen dürfen",
    invalidCharacters:
      "Diese Angabe enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Tippen Sie sie bitte neu ein",
  } satisfies Record<VisitRequestProblem, string>,

  thanksTitle: "Anfrage gesendet",
  thanksText: "Vielen Dank. Wir haben Ihre Anfrage für einen Hausbesuch erhalten.",
  referenceLabel: "Ihre Vorgangsnummer",
  referenceHint: "Bitte notieren Sie die Vorgangsnummer und nennen Sie sie bei Rückfragen.",
  nextTitle: "So geht es weiter",
  nextSteps: [
    "Wir rufen unter der angegebenen Telefonnummer an und vereinbaren einen Termin.",
    "Wenn Sie eine E-Mail-Adresse angegeben haben, bekommen Sie eine Bestätigung.",
    "Welche Unterlagen Sie brauchen, steht bei der jeweiligen Leistung.",
    "Im mobilen Stadtbüro können Sie nur mit Karte bezahlen, nicht bar.",
  ],
  servicesLink: "Alle Leistungen ansehen",
  homeLink: "Zur Startseite",

  mail: {
    subject: (code: string) => `Ihre Anfrage für einen Hausbesuch (${code})`,
    text: (code: string, siteName: string) =>
      [
        "Guten Tag,",
        "",
        "wir haben Ihre Anfrage für einen Hausbesuch durch das mobile Stadtbüro erhalten.",
        "",
        `Ihre Vorgangsnummer: ${code}`,
        "",
        "So geht es weiter:",
        "- Wir rufen unter der angegebenen Telefonnummer an und vereinbaren einen Termin.",
        "- Bitte nennen Sie bei Rückfragen Ihre Vorgangsnummer.",
        "- Im mobilen Stadtbüro können Sie nur mit Karte bezahlen, nicht bar.",
        "",
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
        "",
        "Mit freundlichen Grüßen",
        siteName,
      ].join("\n"),
  },
};
export type VisitRequestMessages = typeof de;

const en: VisitRequestMessages = {
  title: "Request a home visit",
  intro:
    "You cannot come to the Stadtbüro or to a stop of the mobile Stadtbüro, for example because you live in a care home or cannot walk well? Then the mobile Stadtbüro can come to you. Relatives, legal guardians or the care home can also make the request for you.",
  howItWorks:
    "After your request we call you and arrange a date. At the mobile Stadtbüro you can pay by card only, not in cash.",
  requiredNote: "We need every answer not marked “optional” to plan the visit.",
  errorSummaryTitle: "Please check your answers",
  optional: "optional",
  submit: "Send request",

  reasonTitle: "Reason",
  reasonLegend: "Why can the person not come to the Stadtbüro?",
  reasons: {
    "care-home": "They live in a care home or a residential facility",
    "limited-mobility": "They cannot walk, or only with difficulty",
    illness: "They are ill and cannot leave the house",
    other: "Another reason",
  },
  reasonNote: "Would you like to tell us more?",
  reasonNoteHint:
    "For example, whether we can get in with a wheelchair. Please do not name diagnoses. At most 1,000 characters.",

  placeTitle: "Place of the visit",
  placeLegend: "Where should we visit the person?",
  places: {
    "care-home": "In a care home or a residential facility",
    private: "At a private home",
  },
  careHomeName: "Name of the care home or facility",
  careHomeNameCondition: "only for a care home",
  street: "Street and house number",
  streetCondition: "optional for a care home",
  streetHint: "For example: Frauenbergstraße 31",
  postalCode: "Postcode",
  postalCodeHint: "5 digits",
  district: "District",
  districtNone: "Not stated",

  servicesTitle: "Services",
  servicesLegend: "What would you like to do at the visit?",
  servicesHint:
    "Choose at least one and at most 5 services. Only services the mobile Stadtbüro offers are listed.",
  exemptionText:
    "People who live permanently in a care home can be exempted from the duty to hold an ID card. This is free of charge; it needs a medical certificate.",
  exemptionLink: "More about the exemption from the duty to hold an ID card",

  periodsTitle: "Preferred times",
  periodsLegend: "When would a visit suit?",
  periodsHint: "Choose everything that suits. If you choose nothing, we ask on the phone.",
  periods: {
    "weekday-mornings": "Weekday mornings",
    "weekday-afternoons": "Weekday afternoons",
  },
  periodNote: "What should we keep in mind when planning the date?",
  periodNoteHint: "For example: not on Wednesdays, after lunch. At most 300 characters.",

  contactTitle: "Contact",
  name: "Name of the person we visit",
  nameHint: "First name and surname",
  contactName: "Name of the contact person",
  contactNameHint:
    "For example a relative, legal guardian or carer – if the person we visit does not answer the phone themselves.",
  phone: "Phone number",
  phoneHint: "We call to arrange a date. For example: 06421 123456",
  email: "E-mail address",
  emailHint: "If you give one, we send a confirmation with the reference number there.",
  consentLegend: "Consent",
  consent: "I agree that the city uses this information to arrange the home visit.",
  consentHint: "We use it for this purpose only and delete it when it is no longer needed for it.",
  privacyLink: "Privacy notice",

  honeypot: "Please leave this field empty",

  problems: {
    reasonRequired: "Choose why the person cannot come to the Stadtbüro",
    reasonNoteTooLong: "Write at most 1,000 characters about the reason",
    placeRequired: "Choose whether we come to a care home or to a private home",
    careHomeNameRequired: "Enter the name of the care home or facility",
    careHomeNameTooLong: "The name of the facility must be 200 characters or fewer",
    streetRequired: "Enter the street and house number",
    streetTooLong: "The street and house number must be 200 characters or fewer",
    postalCodeRequired: "Enter the postcode",
    postalCodeInvalid: "Enter the postcode as 5 digits, for example 35037",
    districtInvalid: "Choose a district from the list or “Not stated”",
    servicesRequired: "Choose at least one service",
    servicesTooMany: "Choose at most 5 services",
    servicesInvalid: "Choose only services from the list",
    periodsInvalid: "Choose only times from the list",
    periodNoteTooLong: "Write at most 300 characters about the preferred times",
    nameRequired: "Enter the name of the person we visit",
    nameTooLong: "The name must be 200 characters or fewer",
    contactNameTooLong: "The name of the contact person must be 200 characters or fewer",
    phoneRequired: "Enter a phone number so that we can arrange a date",
    phoneInvalid: "Enter the phone number with digits, spaces, + / or - only, for example 06421 123456",
    emailInvalid: "Enter an e-mail address like name@example.com",
    consentRequired: "Confirm that we may use the information for the home visit",
    invalidCharacters:
      "This entry holds invisible control characters, perhaps from copied text. Please type it again",
  },

  thanksTitle: "Request sent",
  thanksText: "Thank you. We have received your request for a home visit.",
  referenceLabel: "Your reference number",
  referenceHint: "Please note the reference number and give it if you contact us.",
  nextTitle: "What happens next",
  nextSteps: [
    "We call the phone number you gave and arrange a date.",
    "If you gave an e-mail address, you receive a confirmation.",
    "Which documents you need is listed with each service.",
    "At the mobile Stadtbüro you can pay by card only, not in cash.",
  ],
  servicesLink: "See all services",
  homeLink: "Go to the start page",

  mail: {
    subject: (code: string) => `Your request for a home visit (${code})`,
    text: (code: string, siteName: string) =>
      [
        "Hello,",
        "",
        "we have received your request for a home visit by the mobile Stadtbüro.",
        "",
        `Your reference number: ${code}`,
        "",
        "What happens next:",
        "- We call the phone number you gave and arrange a date.",
        "- Please give your reference number if you contact us.",
        "- At the mobile Stadtbüro you can pay by card only, not in cash.",
        "",
        "This e-mail was created automatically. Please do not reply to it.",
        "",
        "Kind regards",
        siteName,
      ].join("\n"),
  },
};

export const VISIT_REQUEST_MESSAGES: Record<Locale, VisitRequestMessages> = { de, en };
