/** German texts of the administration's election pages (`/verwaltung/wahlen`). */
export const electionsDe = {
  title: "Wahlen",
  intro:
    "Für eine Wahl, die hier eingetragen ist, können Bürgerinnen und Bürger online einen Wahlschein (Briefwahl) beantragen: vom ersten Antragstag bis zum Ende der Antragsfrist.",
  none: "Noch keine Wahl eingetragen.",
  add: "Wahl eintragen",
  newTitle: "Neue Wahl",
  editTitle: (name: string) => `Wahl: ${name}`,
  backToList: "Zurück zu den Wahlen",
  columns: {
    name: "Wahl",
    electionDay: "Wahltag",
    period: "Online-Anträge",
    status: "Stand",
  },
  period: (from: string, to: string) => `${from} bis ${to}`,
  open: "Anträge möglich",
  upcoming: "noch nicht geöffnet",
  closed: "Antragsfrist vorbei",
  key: "Schlüssel",
  keyHint:
    "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel landtag-2028. Lässt sich später nicht ändern.",
  nameDe: "Name (Deutsch)",
  nameDeHint: "Zum Beispiel: Wahl zum Hessischen Landtag",
  nameEn: "Name (Englisch)",
  nameEnHint: "Zum Beispiel: Election to the Hessian Landtag",
  electionDay: "Wahltag",
  applicationsFrom: "Erster Antragstag",
  applicationsFromHint: "Ab diesem Tag (0 Uhr) ist der Online-Antrag möglich. Zum Beispiel 28.8.2028",
  deadlineDate: "Ende der Antragsfrist: Tag",
  deadlineDateHint:
    "Leer lassen für den gesetzlichen Termin: der Freitag vor der Wahl (§ 27 Abs. 4 BWO). Zum Beispiel 6.10.2028",
  deadlineTime: "Ende der Antragsfrist: Uhrzeit",
  deadlineTimeHint: "Leer lassen für 18:00 Uhr.",
  deadlineText: (when: string) => `Online-Anträge bis ${when}`,
  create: "Wahl eintragen",
  created: "Die Wahl ist eingetragen.",
  isWithdrawn: "Diese Wahl ist zurückgezogen: Für sie wird die Briefwahl nicht online angeboten.",
  withdrawHint:
    "Zurückgezogen wird die Briefwahl für diese Wahl nicht mehr online angeboten. Eingegangene Anträge bleiben.",
  withdrawnNotice: "Die Wahl ist zurückgezogen.",
  restoredNotice: "Die Wahl ist wiederhergestellt.",
  statusTitle: "Stand",
};

export type ElectionMessages = typeof electionsDe;
