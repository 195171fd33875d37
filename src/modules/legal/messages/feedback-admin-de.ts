/** German texts of the back office's accessibility feedback inbox. `feedback-admin-en.ts` has the same keys. */
export const feedbackAdminDe = {
  statuses: {
    new: "Neu",
    "in-progress": "In Bearbeitung",
    answered: "Beantwortet",
    closed: "Abgeschlossen",
  },
  list: {
    title: "Rückmeldungen zur Barrierefreiheit",
    intro:
      "Meldungen aus dem Formular der Erklärung zur Barrierefreiheit. Nach dem Hessischen Behinderten-Gleichstellungsgesetz ist eine Meldung zeitnah zu beantworten, spätestens nach einem Monat. Wer eine Meldung öffnet, wird im Protokoll vermerkt.",
    filter: "Status",
    all: "Alle",
    show: "Anzeigen",
    caption: (n: number, more: boolean) =>
      `${n} ${n === 1 ? "Meldung" : "Meldungen"}${more ? ", weitere auf der nächsten Seite" : ""}`,
    empty: "Es gibt keine Meldungen mit diesem Status.",
    received: "Eingang",
    status: "Status",
    page: "Betroffene Seite",
    message: "Nachricht (Anfang)",
    reply: "Antwort erbeten",
    yes: "ja",
    no: "nein",
    none: "–",
    paging: "Seiten",
    older: "Ältere Meldungen",
    newest: "Zu den neuesten Meldungen",
  },
  detail: {
    title: (id: number) => `Meldung Nr. ${id}`,
    received: "Eingegangen",
    language: "Sprache des Formulars",
    languages: { de: "Deutsch", en: "Englisch" },
    page: "Betroffene Seite",
    noPage: "nicht angegeben",
    email: "E-Mail-Adresse für die Antwort",
    noEmail: "keine angegeben – eine Antwort ist nicht möglich",
    status: "Status",
    message: "Nachricht",
    change: "Status ändern",
    submit: "Status speichern",
    statusInvalid: "Bitte wählen Sie einen der Status aus der Liste.",
    saved: "Der Status ist gespeichert.",
    back: "Zurück zur Liste",
  },
};

export type FeedbackAdminMessages = typeof feedbackAdminDe;
