/** German texts of the statistics. `en.ts` has the same keys. */
export const reportsDe = {
  title: "Statistik",
  intro:
    "Termine, Wartemarken und Zeiten je Tag und Ort. Die Zahlen enthalten keine personenbezogenen Daten.",
  filter: {
    legend: "Zeitraum und Ort",
    from: "Von",
    to: "Bis",
    fromHint: "Zum Beispiel 23.11.2026. Leer: die 7 Tage bis zum Enddatum.",
    toHint: (max: number) =>
      `Zum Beispiel 29.11.2026. Leer: heute. Höchstens ${max} Tage ab dem Anfangsdatum.`,
    optional: "optional",
    location: "Ort",
    allLocations: "Alle Orte",
    submit: "Anzeigen",
  },
  problems: {
    von: {
      invalid: "Bitte geben Sie das Anfangsdatum als Datum ein, zum Beispiel 23.11.2026.",
      "no-such-date": "Das Anfangsdatum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
    },
    bis: {
      invalid: "Bitte geben Sie das Enddatum als Datum ein, zum Beispiel 29.11.2026.",
      "no-such-date": "Das Enddatum gibt es nicht. Bitte prüfen Sie Tag und Monat.",
      "end-before-start": "Das Enddatum darf nicht vor dem Anfangsdatum liegen.",
      "too-long": (max: number) => `Der Zeitraum darf höchstens ${max} Tage umfassen.`,
    },
    ort: {
      "unknown-location": "Bitte wählen Sie einen Ort aus der Liste.",
    },
  },
  range: (from: string, to: string) => `${from} bis ${to}`,
  scope: (range: string, place: string) => `Zeitraum: ${range}. Ort: ${place}.`,
  download: "Als CSV-Datei herunterladen",
  downloadHint: "Eine Zeile je Tag und Ort, für Tabellenkalkulationen (Trennzeichen Semikolon).",
  empty: "Für diesen Zeitraum und Ort gibt es keine Termine und keine Wartemarken.",
  noValue: "keine Messung",
  days: {
    heading: "Je Tag und Ort",
    caption: (range: string) => `Termine, Wartemarken und Zeiten je Tag und Ort, ${range}`,
    scrollRegion: "Tabelle je Tag und Ort (waagerecht scrollbar)",
    total: "Summe",
  },
  columns: {
    date: "Tag",
    locationKey: "Ort-Schlüssel",
    location: "Ort",
    booked: "Termine gebucht",
    bookedOnline: "davon online",
    bookedStaff: "davon durch Mitarbeitende",
    cancelled: "Abgesagt",
    walkIns: "Ohne Termin",
    noShows: "Nicht erschienen",
    served: "Bedient",
    waitMedian: "Wartezeit Median (Min.)",
    waitP90: "Wartezeit 90. Perzentil (Min.)",
    serviceMedian: "Bearbeitungszeit Median (Min.)",
    serviceMean: "Bearbeitungszeit Mittelwert (Min.)",
  },
  channels: {
    heading: "Nach Zugangsweg",
    caption: (range: string) => `Kontakte nach Zugangsweg, ${range}`,
    channel: "Zugangsweg",
    count: "Anzahl",
    share: "Anteil (%)",
    online: "Termin online gebucht",
    staff: "Termin durch Mitarbeitende gebucht",
    walkIn: "Ohne Termin",
    mobile: "Mobiles Stadtbüro",
    total: "Summe",
  },
  services: {
    heading: "Erledigte Leistungen",
    caption: (range: string) => `Erledigte Leistungen, ${range}`,
    service: "Leistung",
    count: "Anzahl",
    none: "In diesem Zeitraum wurde keine Leistung als erledigt erfasst.",
  },
  definitions: {
    heading: "So werden die Zahlen ermittelt",
    items: [
      {
        term: "Tag",
        text: "Der Kalendertag in der Zeitzone der Stadt: bei Terminen der Tag des Terminbeginns, bei Wartemarken der Tag, für den die Marke ausgegeben wurde.",
      },
      {
        term: "Termine gebucht",
        text: "Bestätigte Termine des Tages, online oder durch Mitarbeitende (Telefon, Schalter) gebucht. Verschobene Termine zählen an ihrem neuen Tag.",
      },
      {
        term: "Abgesagt",
        text: "Bestätigte Termine des Tages, die abgesagt wurden. Verschiebungen zählen nicht als Absage.",
      },
      {
        term: "Ohne Termin",
        text: "Ausgegebene Wartemarken für Menschen ohne Termin, auch wenn sie später zurückgenommen wurden.",
      },
      {
        term: "Nicht erschienen",
        text: "Bestätigte Termine eines vergangenen Tages, zu denen sich niemand angemeldet hat oder deren Wartemarke als nicht erschienen endete. Der heutige Tag zählt erst ab morgen.",
      },
      {
        term: "Bedient",
        text: "Wartemarken (mit und ohne Termin), deren Bearbeitung abgeschlossen wurde.",
      },
      {
        term: "Wartezeit",
        text: "Von der Ankunft bis zum Aufruf, für jede aufgerufene Wartemarke. Median: die Hälfte wartete höchstens so lange. 90. Perzentil: neun von zehn warteten höchstens so lange (lineare Interpolation zwischen benachbarten Werten).",
      },
      {
        term: "Bearbeitungszeit",
        text: "Vom Beginn bis zum Abschluss der Bearbeitung am Schalter, für jede bediente Wartemarke; Median und arithmetisches Mittel.",
      },
      {
        term: "Zugangsweg",
        text: "Jeder Kontakt zählt einmal: gebuchte Termine nach Buchungsweg, Wartemarken ohne Termin, und alles an Haltestellen des mobilen Stadtbüros als „Mobiles Stadtbüro“.",
      },
      {
        term: "Erledigte Leistungen",
        text: "Die bei bedienten Wartemarken als erledigt erfassten Leistungen; ist nichts erfasst, die gewünschten Leistungen.",
      },
    ],
  },
  csv: {
    filename: (from: string, to: string, location: string | null) =>
      `statistik_${from}_${to}${location ? `_${location}` : ""}.csv`,
  },
};

export type ReportsMessages = typeof reportsDe;
