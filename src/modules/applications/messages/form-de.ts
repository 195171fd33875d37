/** Texts of the residents' application pages, German. `form-en.ts` must have exactly these keys. */
export const formDe = {
  applyOnline: "Online beantragen",
  errorSummaryTitle: "Bitte prüfen Sie Ihre Angaben",
  errorPrefix: "Fehler",
  back: "Zurück",
  continue: "Weiter",
  optional: "freiwillig",
  parts: {
    day: "Tag",
    month: "Monat",
    year: "Jahr",
    street: "Straße",
    houseNumber: "Hausnummer",
    addition: "Adresszusatz",
    postalCode: "Postleitzahl",
    city: "Ort",
    familyName: "Familienname",
    givenNames: "Vornamen",
    birthName: "Geburtsname",
    doctoralDegree: "Doktorgrad",
    dateOfBirth: "Geburtsdatum",
    dateHint: "Zum Beispiel 27 3 1985",
    yes: "Ja",
    no: "Nein",
  },
  fee: {
    free: "Gebührenfrei.",
    unknown: "Die Gebühr steht noch nicht fest. Wir teilen sie Ihnen mit, bevor Sie zahlen.",
    fixed: (amount: string) => `${amount}, zu zahlen nach der Entscheidung.`,
  },
  start: {
    intro: "Sie können diese Leistung hier online beantragen. Das Formular fragt Sie Schritt für Schritt.",
    beforeTitle: "Bevor Sie beginnen",
    saveNote:
      "Sie können jederzeit unterbrechen: Wir schicken Ihnen auf Wunsch einen Link per E-Mail, mit dem Sie später weitermachen.",
    draftKept: (days: number) =>
      `Ein nicht abgeschickter Antrag wird ${days} Tage nach der letzten Änderung gelöscht.`,
    privacy:
      "Ihre Angaben werden verschlüsselt gespeichert und nur von den Beschäftigten gelesen, die diese Leistung bearbeiten.",
    privacyLink: "Mehr zum Datenschutz",
    feeTitle: "Gebühr",
    inPersonTitle: "Danach ist ein Besuch nötig",
    startButton: "Antrag starten",
    continueDraft: "Weiter ausfüllen",
    draftExists: "Sie haben diesen Antrag schon begonnen.",
    startOver: "Von vorn beginnen",
  },
  page: {
    stepOf: (n: number, total: number) => `Frage ${n} von etwa ${total}`,
    saveForLater: "Speichern und später weitermachen",
  },
  group: {
    addAnother: (item: string) => `${item} hinzufügen`,
    change: "Ändern",
    remove: "Entfernen",
    changeItem: (label: string) => `${label} ändern`,
    removeItem: (label: string) => `${label} entfernen`,
    none: "Noch keine Einträge.",
    finished: "Weiter",
    countLabel: (n: number) => (n === 1 ? "1 Eintrag" : `${n} Einträge`),
    itemTitle: (label: string) => label,
    removed: (label: string) => `${label} wurde entfernt.`,
  },
  files: {
    chosen: "Hochgeladene Dateien",
    choose: "Datei auswählen",
    upload: "Datei hochladen",
    remove: "Entfernen",
    removeFile: (name: string) => `Datei ${name} entfernen`,
    none: "Noch keine Datei hochgeladen.",
    problems: {
      empty: "Die ausgewählte Datei ist leer.",
      "too-large": (max: string) => `Die Datei ist zu groß. Sie darf höchstens ${max} haben.`,
      "wrong-kind": (kinds: string) => `Diese Datei können wir nicht annehmen. Erlaubt sind: ${kinds}.`,
      unreadable: "Die Datei lässt sich nicht öffnen. Sie ist vielleicht beschädigt.",
      missing: "Wählen Sie eine Datei aus.",
      "too-many": (n: number) =>
        n === 1 ? "Sie können nur eine Datei hochladen." : `Sie können höchstens ${n} Dateien hochladen.`,
    },
  },
  contact: {
    title: "Wie erreichen wir Sie?",
    hint: "Wir schreiben Ihnen, wenn sich am Stand Ihres Antrags etwas ändert. Die Betreffzeile nennt keine persönlichen Angaben.",
    email: "E-Mail-Adresse",
    emailHint: "Zum Beispiel name@beispiel.de",
    phone: "Telefonnummer für Rückfragen",
    phoneHint: "Nur wenn wir Sie auch anrufen dürfen.",
    problems: {
      emailInvalid: "Geben Sie eine E-Mail-Adresse im Format name@beispiel.de an.",
      phoneInvalid: "Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) / - an.",
      tooLong: "Die Angabe ist zu lang.",
    },
  },
  check: {
    title: "Prüfen Sie Ihre Angaben",
    intro: "Bitte prüfen Sie alles, bevor Sie den Antrag abschicken.",
    change: "Ändern",
    changeRow: (label: string) => `${label} ändern`,
    contactTitle: "Kontakt",
    submitTitle: "Antrag abschicken",
    submitText:
      "Mit dem Abschicken bestätigen Sie, dass Ihre Angaben richtig sind. Sie erhalten eine Vorgangsnummer und einen Link, unter dem Sie den Stand verfolgen.",
    submit: "Antrag verbindlich abschicken",
    incomplete: "Es fehlen noch Angaben. Bitte beantworten Sie zuerst alle Fragen.",
  },
  filed: {
    title: "Antrag eingegangen",
    reference: "Ihre Vorgangsnummer",
    trackingTitle: "So verfolgen Sie den Stand",
    trackingText:
      "Speichern Sie diesen Link. Wir haben ihn Ihnen auch per E-Mail geschickt. Wer den Link hat, sieht Ihren Antrag: Geben Sie ihn nicht weiter.",
    trackingLink: "Stand meines Antrags",
    next: "Wie es weitergeht",
    nextText:
      "Wir prüfen Ihren Antrag und melden uns per E-Mail, wenn sich etwas ändert oder wir eine Frage haben.",
  },
  save: {
    title: "Antrag speichern",
    intro:
      "Wir schicken Ihnen einen Link, mit dem Sie später weitermachen – auch auf einem anderen Gerät. Der Link gilt einmal.",
    submit: "Link schicken",
    sentTitle: "Link verschickt",
    sentText: (days: number) =>
      `Wir haben Ihnen einen Link geschickt. Ihr Antrag wird ${days} Tage nach der letzten Änderung gelöscht, wenn Sie ihn nicht abschicken.`,
    backToForm: "Zurück zum Antrag",
  },
  resume: {
    title: "Antrag fortsetzen",
    text: "Sie setzen einen gespeicherten Antrag fort. Auf einem anderen Gerät begonnene Eingaben sind dort danach nicht mehr geöffnet.",
    submit: "Antrag fortsetzen",
    goneTitle: "Link nicht mehr gültig",
    goneText:
      "Dieser Link wurde schon benutzt oder der Antrag wurde inzwischen gelöscht. Ein Link zum Fortsetzen gilt nur einmal.",
  },
  discard: {
    link: "Antrag verwerfen",
    title: "Antrag verwerfen?",
    text: "Ihre bisherigen Angaben und hochgeladenen Dateien werden sofort gelöscht.",
    submit: "Ja, Antrag verwerfen",
    cancel: "Nein, weiter ausfüllen",
    doneTitle: "Antrag verworfen",
    doneText: "Ihre Angaben wurden gelöscht.",
  },
  noDraft: {
    title: "Antrag nicht gefunden",
    text: "Wir finden keinen begonnenen Antrag. Er ist vielleicht abgelaufen, oder Cookies sind in Ihrem Browser ausgeschaltet.",
    startAgain: "Antrag neu beginnen",
  },
  mail: {
    resumeSubject: (site: string) => `${site}: Ihr Link zum Fortsetzen`,
    resumeBody: (link: string, days: number) =>
      `Guten Tag,\n\nmit diesem Link setzen Sie Ihren gespeicherten Antrag fort:\n${link}\n\nDer Link gilt einmal. Ihr Antrag wird ${days} Tage nach der letzten Änderung gelöscht, wenn Sie ihn nicht abschicken.\n\nHaben Sie keinen Antrag gespeichert, können Sie diese Nachricht löschen.`,
  },
};
export type FormMessages = typeof formDe;
