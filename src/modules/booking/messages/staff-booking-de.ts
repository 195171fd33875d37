/** Texts of the back office's booking for callers and people at the desk, German. `staff-booking-en.ts` has the same keys. */
export const staffBookingDe = {
  title: "Termin buchen",
  intro:
    "Für Anrufende und für Personen am Schalter. Sie sehen alle freien Zeiten, auch die für Mitarbeitende zurückgehaltenen, ab heute.",
  step: (n: number) => `Schritt ${n} von 4`,
  errorSummaryTitle: "Bitte prüfen Sie die Eingaben",
  back: "Zurück",
  choose: {
    place: "Ort",
    noPlaces:
      "Ihnen ist kein Ort zugewiesen, an dem Termine vergeben werden. Bitte wenden Sie sich an die Administration.",
    services: "Anliegen",
    servicesHint: "Alles, was die Person in einem Termin erledigen möchte, höchstens fünf.",
    day: "Tag",
    dayHint: "Zum Beispiel 2027-01-12. Heute ist möglich.",
    submit: "Freie Zeiten zeigen",
  },
  problems: {
    placeRequired: "Bitte wählen Sie einen Ihrer Orte.",
    servicesRequired: "Bitte wählen Sie mindestens ein Anliegen.",
    tooManyServices: "Bitte wählen Sie höchstens fünf Anliegen für einen Termin.",
    serviceNotHere:
      "Mindestens eines dieser Anliegen gibt es an diesem Ort nicht. Bitte wählen Sie andere Anliegen oder einen anderen Ort.",
    dayInvalid: "Bitte geben Sie den Tag als Datum ein, zum Beispiel 2027-01-12.",
    dayPast: "Dieser Tag ist vorbei. Bitte wählen Sie heute oder einen späteren Tag.",
    timeRequired: "Bitte wählen Sie eine Uhrzeit.",
    taken: "Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere.",
    nameRequired: "Bitte geben Sie den Vor- und Nachnamen der Person ein.",
    emailInvalid:
      "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein, oder lassen Sie das Feld leer.",
    phoneInvalid: "Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen, +, / oder - ein.",
    tooLong: "Bitte kürzen Sie diese Angabe.",
    invalidCharacters:
      "Diese Angabe enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Bitte tippen Sie sie neu ein.",
    channelRequired: "Bitte wählen Sie, wie die Person den Termin vereinbart.",
    languageRequired: "Bitte wählen Sie die Sprache der Bestätigung.",
    informedRequired: "Bitte weisen Sie die Person auf den Datenschutz hin und bestätigen Sie das hier.",
  },
  times: {
    title: "Uhrzeit wählen",
    takenTitle: "Diese Zeit wurde gerade vergeben",
    legend: (day: string) => `Freie Zeiten am ${day}`,
    slot: (from: string, to: string) => `${from} bis ${to} Uhr`,
    none: "An diesem Tag ist an diesem Ort keine Zeit mehr frei.",
    otherDays: "Andere Tage mit freien Zeiten",
    noOtherDays: "In den nächsten Wochen ist an diesem Ort keine Zeit mehr frei.",
    freeTimes: (n: number) => (n === 1 ? "1 freie Zeit" : `${n} freie Zeiten`),
    duration: (minutes: number) => `Dauer: ${minutes} Minuten`,
    holdNote: (minutes: number) =>
      `Die gewählte Zeit wird ${minutes} Minuten lang für die Person reserviert, während Sie die Angaben aufnehmen.`,
    hold: "Zeit reservieren",
    change: "Ort, Anliegen oder Tag ändern",
  },
  details: {
    title: "Angaben zur Person",
    heldUntil: (time: string) => `Die Zeit ist bis ${time} Uhr reserviert.`,
    name: "Vor- und Nachname",
    channel: "Wie vereinbart die Person den Termin?",
    channels: { phone: "am Telefon", counter: "persönlich am Schalter" },
    email: "E-Mail-Adresse",
    emailHint:
      "Mit E-Mail-Adresse bekommt die Person die Bestätigung mit einem Link zum Verschieben oder Absagen. Ohne lesen Sie ihr die Buchungsnummer vor.",
    phone: "Telefonnummer",
    phoneHint: "Für Rückfragen, etwa wenn der Termin ausfallen muss.",
    optional: "optional",
    language: "Sprache der Bestätigung",
    languages: { de: "Deutsch", en: "Englisch" },
    needsLegend: "Braucht die Person Unterstützung?",
    needWheelchair: "Zugang mit Rollstuhl",
    needSignLanguage: "Gebärdensprachdolmetschung",
    needOther: "Andere Unterstützung",
    needOtherHint: "Zum Beispiel: einfache Sprache, Begleitperson",
    privacyLegend: "Datenschutz",
    privacyNote: (days: number) =>
      `Bitte sagen Sie der Person: Wir speichern Name und Kontaktdaten nur für diesen Termin und löschen sie ${days} Tage danach. Mehr dazu steht in der Datenschutzerklärung auf unserer Internetseite.`,
    informed: "Ich habe die Person darauf hingewiesen.",
    submit: "Weiter",
  },
  check: {
    title: "Angaben prüfen",
    services: "Anliegen",
    place: "Ort",
    when: "Wann",
    name: "Name",
    channel: "Vereinbart",
    email: "E-Mail",
    phone: "Telefon",
    language: "Sprache der Bestätigung",
    needs: "Unterstützung",
    none: "keine",
    change: "Angaben ändern",
    book: "Termin verbindlich buchen",
  },
  done: {
    title: "Der Termin ist gebucht",
    code: "Buchungsnummer",
    readOut: "Bitte nennen Sie der Person die Buchungsnummer, den Tag, die Uhrzeit und den Ort.",
    mailSent: (email: string) => `Die Bestätigung ist an ${email} verschickt.`,
    mailNone:
      "Ohne E-Mail-Adresse geht keine Bestätigung hinaus. Zum Verschieben oder Absagen meldet sich die Person beim Stadtbüro.",
    mailFailed:
      "Die Bestätigung konnte nicht verschickt werden. Der Termin ist trotzdem gebucht; bitte nennen Sie der Person die Buchungsnummer.",
    another: "Noch einen Termin buchen",
    dayView: "Zur Tagesansicht dieses Tages",
  },
  expired: {
    title: "Die Reservierung ist abgelaufen",
    text: "Die Zeit war nur für kurze Zeit reserviert. Bitte wählen Sie die Uhrzeit noch einmal.",
    again: "Freie Zeiten noch einmal zeigen",
  },
};

export type StaffBookingMessages = typeof staffBookingDe;
