/** Texts of the resident's case page (`/vorgang/…`), German. `case-en.ts` has the same keys. */
export const caseDe = {
  title: (service: string) => `Ihr Antrag: ${service}`,
  filedBanner: "Vielen Dank. Ihr Antrag ist eingegangen.",
  keepLink:
    "Speichern Sie die Adresse dieser Seite als Lesezeichen. Wir haben Ihnen den Link auch per E-Mail geschickt. Wer den Link hat, sieht Ihren Antrag: Geben Sie ihn nicht weiter.",
  reference: "Vorgangsnummer",
  election: "Wahl",
  status: "Stand",
  submittedAt: "Eingegangen am",
  channel: "Gestellt",
  timelineTitle: "Verlauf",
  timelineCaption: "Was bisher geschah, das Neueste zuletzt",
  columns: { at: "Zeitpunkt", what: "Ereignis" },
  events: {
    open: "Antrag begonnen",
    submit: "Antrag eingereicht",
    "start-review": "Bearbeitung begonnen",
    "request-information": "Rückfrage an Sie",
    "provide-information": "Ihre Antwort ist eingegangen",
    approve: "Antrag genehmigt",
    reject: "Antrag abgelehnt",
    complete: "Vorgang abgeschlossen",
    withdraw: "Antrag zurückgezogen",
    "set-fee": "Gebühr festgesetzt",
    "record-payment": "Zahlung eingegangen",
  },
  question: {
    title: "Unsere Rückfrage an Sie",
    answerLabel: "Ihre Antwort",
    answerHint: "Höchstens 4.000 Zeichen.",
    submit: "Antwort senden",
    required: "Schreiben Sie eine Antwort oder hängen Sie eine Datei an.",
    orFile: "oder eine Datei",
    optional: "freiwillig",
    fileLabel: "Datei anhängen",
    fileHint: "Zum Beispiel ein Nachweis, um den wir Sie gebeten haben. PDF, JPG oder PNG, höchstens 10 MB.",
    tooLong: "Ihre Antwort darf höchstens 4.000 Zeichen haben.",
    sent: "Danke, Ihre Antwort ist eingegangen.",
  },
  decision: {
    approved: "Ihr Antrag wurde genehmigt.",
    rejected: "Ihr Antrag wurde abgelehnt.",
    reason: "Grund",
    note: "Hinweis der Sachbearbeitung",
  },
  documents: {
    title: "Ihre Dokumente",
    kinds: { meldebescheinigung: "Meldebescheinigung", "fee-notice": "Gebührenbescheid" } as Record<
      string,
      string
    >,
    download: (kind: string) => `${kind} herunterladen (PDF)`,
    issuedOn: (date: string) => `ausgestellt am ${date}`,
    revoked: "widerrufen, nicht mehr gültig",
    verifyHint:
      "Jedes Dokument trägt einen Prüfcode. Wer es von Ihnen erhält, kann die Echtheit online prüfen.",
  },
  payment: {
    title: "Zahlung",
    outstanding: (amount: string) =>
      `Bitte überweisen Sie ${amount}. Die Angaben stehen auch im Gebührenbescheid, mit einem QR-Code für Ihre Banking-App.`,
    recipient: "Empfänger",
    iban: "IBAN",
    bic: "BIC",
    reference: "Verwendungszweck (Referenz)",
    amount: "Betrag",
    paid: "Die Gebühr ist bezahlt. Danke.",
    demo: "Beispielkonto der Demonstration: Bitte nichts überweisen.",
  },
  fee: { title: "Gebühr" },
  inPerson: { title: "Noch zu tun" },
  visit: {
    title: "Ihr Termin",
    book: "Termin für diesen Antrag buchen",
    bookHint:
      "Sie wählen Ort, Tag und Uhrzeit. Der Termin wird diesem Antrag zugeordnet, damit Ihre Angaben bei Ihrem Besuch bereitliegen.",
    booked: (count: number): string => (count === 1 ? "Ihr Termin:" : "Ihre Termine:"),
    when: (day: string, from: string, to: string) => `${day}, ${from} bis ${to} Uhr`,
    entry: (when: string, place: string, code: string) => `${when}, ${place} (Buchungsnummer ${code})`,
    change:
      "Über den Link in der E-Mail „Terminbestätigung“ können Sie den Termin ansehen, verschieben oder absagen.",
  },
  answers: { title: "Ihre Angaben", summary: "Angaben anzeigen" },
  withdraw: {
    link: "Antrag zurückziehen",
    title: "Antrag zurückziehen?",
    text: "Ein zurückgezogener Antrag wird nicht weiter bearbeitet. Das lässt sich nicht rückgängig machen.",
    submit: "Ja, Antrag zurückziehen",
    cancel: "Nein, zurück zum Antrag",
    done: "Sie haben Ihren Antrag zurückgezogen.",
  },
  changedMeanwhile: "Der Antrag wurde inzwischen geändert. Bitte sehen Sie sich den neuen Stand an.",
  notFoundTitle: "Antrag nicht gefunden",
  notFoundText:
    "Zu diesem Link gibt es keinen Antrag. Prüfen Sie, ob Sie den Link vollständig kopiert haben. Abgeschlossene Anträge werden nach einer Frist gelöscht.",
};
export type CaseMessages = typeof caseDe;
