/** German texts of the audit log viewer and its export. `en.ts` has the same keys. */
export const auditLogDe = {
  title: "Protokoll",
  intro:
    "Wer hat wann welche personenbezogenen Daten gelesen oder geändert und wer hat Zugänge verwaltet. Einträge nennen Vorgänge nur mit Nummer oder Kennung. Auch das Ansehen und das Herunterladen dieses Protokolls werden protokolliert.",
  filter: {
    legend: "Einträge auswählen",
    from: "Von (Datum)",
    to: "Bis (Datum, einschließlich)",
    dateHint: (zone: string) => `Zum Beispiel 2026-11-21 oder 21.11.2026; Zeitzone ${zone}`,
    username: "Benutzername",
    usernameHint: "Genau wie angemeldet, z. B. m.mueller",
    action: "Aktion beginnt mit",
    actionHint: "Zum Beispiel staff. für alle Anmeldungen und Kontoänderungen, oder feedback.read",
    optional: "optional",
    submit: "Anzeigen",
    reset: "Auswahl zurücksetzen",
    download: "Auswahl als CSV herunterladen",
    downloadHint: "Für Tabellenprogramme wie Excel oder LibreOffice: Semikolon als Trennzeichen, UTF-8.",
  },
  problems: {
    fromInvalid: "Bitte geben Sie das Von-Datum als Datum ein, zum Beispiel 2026-11-21.",
    toInvalid: "Bitte geben Sie das Bis-Datum als Datum ein, zum Beispiel 2026-11-21.",
    toBeforeFrom: "Das Bis-Datum darf nicht vor dem Von-Datum liegen.",
    usernameInvalid: "Ein Benutzername hat höchstens 40 Zeichen.",
    actionInvalid:
      "Eine Aktion besteht nur aus Kleinbuchstaben, Bindestrichen und Punkten, zum Beispiel staff.sign-in.",
    tooMany: (max: string) =>
      `Die Auswahl enthält mehr als ${max} Einträge. Bitte grenzen Sie den Zeitraum für den Download ein.`,
  },
  table: {
    caption: (n: number, more: boolean) =>
      n === 0
        ? "Keine Einträge"
        : `${n} ${n === 1 ? "Eintrag" : "Einträge"}${more ? ", weitere auf der nächsten Seite" : ""}`,
    when: "Wann",
    who: "Wer",
    what: "Was",
    subject: "Gegenstand",
    detail: "Einzelheiten",
    from: "Von wo",
    system: "System",
    none: "–",
  },
  empty: "Für diese Auswahl gibt es keine Einträge.",
  paging: "Seiten",
  older: "Ältere Einträge",
  newest: "Zu den neuesten Einträgen",
  csv: {
    fileName: (date: string) => `protokoll-${date}.csv`,
    id: "Nr.",
    when: (zone: string) => `Zeitpunkt (${zone})`,
    who: "Benutzer",
    what: "Aktion",
    subject: "Gegenstand",
    detail: "Einzelheiten",
    from: "Adresse",
  },
};

export type AuditLogMessages = typeof auditLogDe;
