import type { Locale } from "../../../domain/locale";
import type { SchedulingProblem } from "../domain/scheduling";
import type { PlaceKind, VisitReason } from "../domain/visit-request";
import type { ScheduledKind, VisitRequestStatus } from "../domain/visit-status";

/** Texts of the back-office pages for visit requests (the mails are in `visit-mail-de.ts`). German first; `en` is typed against it. */
export const deskDe = {
  listTitle: "Hausbesuche",
  listIntro:
    "Anfragen für einen Besuch des mobilen Stadtbüros. Namen, Telefonnummern und Adressen stehen nur in der einzelnen Anfrage.",
  filterLabel: "Status",
  filters: {
    open: "Offen (neu und geplant)",
    new: "Neu",
    scheduled: "Geplant",
    done: "Erledigt",
    cancelled: "Abgesagt",
  },
  filterSubmit: "Anzeigen",
  captions: {
    new: "Neue Anfragen, älteste zuerst",
    scheduled: "Geplante Besuche, nach Datum",
    done: "Erledigte Anfragen, neueste zuerst",
    cancelled: "Abgesagte Anfragen, neueste zuerst",
  } satisfies Record<VisitRequestStatus, string>,
  count: (n: number) => (n === 1 ? "1 Anfrage" : `${n} Anfragen`),
  limited: (n: number) => `Es werden nur die ersten ${n} angezeigt.`,
  empty: "Keine Anfragen.",
  columns: {
    code: "Vorgangsnummer",
    received: "Eingegangen",
    reason: "Grund",
    place: "Ort",
    district: "Stadtteil",
    services: "Leistungen",
    periods: "Wunschzeiten",
    appointment: "Termin",
  },
  noPreference: "keine Angabe",
  none: "–",

  statuses: {
    new: "Neu",
    scheduled: "Geplant",
    done: "Erledigt",
    cancelled: "Abgesagt",
  } satisfies Record<VisitRequestStatus, string>,
  reasons: {
    "care-home": "Lebt im Pflegeheim",
    "limited-mobility": "Eingeschränkt mobil",
    illness: "Krank",
    other: "Anderer Grund",
  } satisfies Record<VisitReason, string>,
  places: {
    "care-home": "Pflegeheim oder Einrichtung",
    private: "Privatwohnung",
  } satisfies Record<PlaceKind, string>,
  kinds: {
    "mobile-visit": "Besuch des mobilen Stadtbüros",
    "home-visit": "Hausbesuch",
  } satisfies Record<ScheduledKind, string>,
  languages: { de: "Deutsch", en: "Englisch" } satisfies Record<Locale, string>,
  at: (date: string, time: string) => `${date}, ${time}`,
  time: (time: string) => `${time} Uhr`,
  timeRange: (from: string, to: string) => `${from}–${to} Uhr`,
  fromTime: (time: string) => `ab ${time} Uhr`,
  atRequestAddress: "An der Adresse der Anfrage",

  detailTitle: (code: string) => `Hausbesuch ${code}`,
  backToList: "Zurück zur Liste",
  requestTitle: "Anfrage",
  status: "Status",
  received: "Eingegangen",
  language: "Sprache der Anfrage",
  reason: "Grund",
  reasonNote: "Anmerkung zum Grund",
  services: "Leistungen",
  periods: "Wunschzeiten",
  periodNote: "Hinweis zu den Zeiten",
  personTitle: "Person und Kontakt",
  visitee: "Zu besuchende Person",
  contact: "Ansprechperson",
  phone: "Telefon",
  email: "E-Mail",
  placeTitle: "Ort des Besuchs",
  placeKind: "Art des Ortes",
  careHome: "Einrichtung",
  street: "Straße und Hausnummer",
  postalCode: "Postleitzahl",
  district: "Stadtteil",
  scheduleTitle: "Termin",
  kind: "Art",
  when: "Wann",
  where: "Wo",
  note: "Notiz für das Team",
  scheduledBy: "Geplant von",
  reopened: "Besuchstag abgesagt",
  reopenedText: (p: { visitDay: string; stop: string; cancelledOn: string; reason: string }) =>
    `Der Besuch des mobilen Stadtbüros am ${p.visitDay} (${p.stop}), in den die Anfrage eingeplant war, wurde am ${p.cancelledOn} abgesagt. Grund: ${p.reason} Die Anfrage ist deshalb wieder neu und muss neu geplant werden.`,
  reopenedMarker: (day: string) => `Besuchstag ${day} abgesagt`,

  scheduleFormTitle: "Termin planen",
  rescheduleFormTitle: "Termin ändern",
  kindLegend: "Wie findet der Besuch statt?",
  kindChoices: {
    "mobile-visit": "Bei einem Besuch des mobilen Stadtbüros an einer Haltestelle",
    "home-visit": "Als Hausbesuch zu einem eigenen Termin",
  } satisfies Record<ScheduledKind, string>,
  mobileLegend: "Besuch des mobilen Stadtbüros",
  stop: "Haltestelle",
  stopEmpty: "Bitte wählen",
  visitDate: "Tag des Besuchs",
  visitDateHint: "Ein Tag aus der Übersicht der Besuche, zum Beispiel 24.11.2026",
  onlyMobile: "nur bei Besuch des mobilen Stadtbüros",
  visitsCaption: (weeks: number) => `Besuche des mobilen Stadtbüros in den nächsten ${weeks} Wochen`,
  visitsStop: "Haltestelle",
  visitsDays: "Tage und Zeiten",
  noVisits: "Keine Besuche geplant",
  homeLegend: "Hausbesuch",
  homeDate: "Datum",
  homeDateHint: "Zum Beispiel 24.11.2026",
  homeTime: "Von (Uhrzeit)",
  homeTimeHint: "Ortszeit, zum Beispiel 10:30",
  homeUntil: "Bis (Uhrzeit)",
  homeUntilHint: "In diesem Zeitfenster kommt das Team. Zum Beispiel 11:30",
  onlyHome: "nur bei Hausbesuch",
  noteHint:
    "Zum Beispiel, wer die Tür öffnet. Keine Diagnosen. Höchstens 500 Zeichen. Die Person bekommt die Notiz nicht.",
  optional: "optional",
  mailWillBeSent:
    "Die Person bekommt eine Bestätigung per E-Mail mit Datum, Zeitfenster, Ort und der Telefonnummer für Änderungen.",
  noMailAddress:
    "Die Person hat keine E-Mail-Adresse angegeben: Bitte teilen Sie den Termin telefonisch mit.",
  scheduleSubmit: "Termin speichern",

  closeTitle: "Anfrage abschließen",
  closeActions: { done: "Als erledigt markieren", cancelled: "Anfrage absagen" },
  closedText: "Diese Anfrage ist abgeschlossen.",
  confirmTitles: {
    done: (code: string) => `Hausbesuch ${code} als erledigt markieren?`,
    cancelled: (code: string) => `Hausbesuch ${code} absagen?`,
  },
  confirmTexts: {
    done: "Markieren Sie die Anfrage als erledigt, wenn der Besuch stattgefunden hat. Danach kann sie nicht mehr geändert werden.",
    cancelled:
      "Die Anfrage wird abgesagt und kann danach nicht mehr geplant werden. Die Person bekommt keine Nachricht: Bitte rufen Sie sie an, wenn schon ein Termin vereinbart war.",
  },
  confirmButtons: { done: "Ja, als erledigt markieren", cancelled: "Ja, absagen" },
  keep: "Nein, zurück zur Anfrage",

  notices: {
    scheduled: "Der Termin ist gespeichert. Die Bestätigung ist per E-Mail verschickt.",
    "scheduled-no-mail": "Der Termin ist gespeichert. Die Person hat keine E-Mail-Adresse angegeben.",
    "scheduled-mail-failed":
      "Der Termin ist gespeichert, aber die E-Mail konnte nicht verschickt werden. Bitte teilen Sie den Termin telefonisch mit.",
    done: "Die Anfrage ist als erledigt markiert.",
    cancelled: "Die Anfrage ist abgesagt.",
  },

  conflictTitle: "Inzwischen geändert",
  conflictText:
    "Jemand anderes hat diese Anfrage geändert, während Sie sie geöffnet hatten. Ihre Änderung ist nicht gespeichert. Bitte prüfen Sie den aktuellen Stand.",
  conflictLink: "Aktuellen Stand ansehen",

  problems: {
    kindRequired: "Wählen Sie aus, ob der Besuch beim mobilen Stadtbüro oder als Hausbesuch stattfindet",
    stopRequired: "Wählen Sie eine Haltestelle aus",
    stopInvalid: "Wählen Sie eine Haltestelle aus der Liste",
    visitDateRequired: "Geben Sie den Tag des Besuchs an",
    visitDateInvalid: "Geben Sie den Tag als Datum an, zum Beispiel 24.11.2026",
    visitDatePast: "Der Tag liegt in der Vergangenheit. Wählen Sie einen kommenden Besuch",
    visitDateNoVisit:
      "An diesem Tag besucht das mobile Stadtbüro die Haltestelle nicht. Wählen Sie einen Tag aus der Übersicht der Besuche",
    homeDateRequired: "Geben Sie das Datum des Hausbesuchs an",
    homeDateInvalid: "Geben Sie das Datum an, zum Beispiel 24.11.2026",
    homeDatePast: "Das Datum liegt in der Vergangenheit",
    homeDateTooFar: "Das Datum liegt mehr als ein Jahr in der Zukunft. Bitte prüfen Sie das Jahr",
    homeTimeRequired: "Geben Sie die Uhrzeit des Hausbesuchs an",
    homeTimeInvalid: "Geben Sie die Uhrzeit an, zum Beispiel 10:30",
    homeTimePast: "Die Uhrzeit ist heute schon vorbei",
    homeUntilRequired: "Geben Sie an, bis wann das Team spätestens kommt",
    homeUntilInvalid: "Geben Sie die Uhrzeit an, zum Beispiel 11:30",
    homeUntilNotAfter: "Das Ende des Zeitfensters muss nach dem Beginn liegen",
    noteTooLong: "Die Notiz darf höchstens 500 Zeichen lang sein",
    noteInvalidCharacters:
      "Die Notiz enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Tippen Sie sie bitte neu ein",
  } satisfies Record<SchedulingProblem, string>,
};
export type DeskMessages = typeof deskDe;
