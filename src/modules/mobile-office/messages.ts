import type { Locale } from "../../domain/locale";

/** Texts of the mobile Stadtbüro's pages and calendar feeds, German first. */
export const de = {
  title: "Mobiles Stadtbüro",
  lead: "Das mobile Stadtbüro kommt an festen Tagen in mehrere Stadtteile. Dort können Sie Ihre Anliegen erledigen wie im Stadtbüro – auch Personalausweis und Reisepass beantragen, wofür Sie persönlich kommen müssen.",
  factsTitle: "Gut zu wissen",
  facts: {
    appointmentTitle: "Nur mit Termin.",
    appointment:
      "Bitte vereinbaren Sie vorher einen Termin. Ein Antrag dauert im Durchschnitt etwa 15 Minuten.",
    paymentTitle: "Bezahlen nur mit Karte.",
    payment: "Bargeld nimmt das mobile Stadtbüro aus Sicherheitsgründen nicht an.",
    anyStopTitle: "Jede Haltestelle steht allen offen.",
    anyStop: "Sie können jede Haltestelle nutzen, ganz gleich, in welchem Stadtteil Sie wohnen.",
    careHomesTitle: "Besuche in Pflegeheimen.",
    careHomes:
      "Das mobile Stadtbüro kann auch in ein Pflegeheim oder zu Ihnen nach Hause kommen, wenn Sie nicht selbst kommen können.",
    careHomesLink: "Hausbesuch anfragen",
  },
  demoTitle: "Beispielzeiten",
  demoText:
    "Dies ist eine Demonstration. Die Tage und Uhrzeiten auf dieser Seite sind Beispiele, nicht die echten Zeiten des mobilen Stadtbüros. Verbindlich sind nur die Angaben der Stadt.",
  scheduleTitle: "Wann und wo hält das mobile Stadtbüro?",
  filter: {
    label: "Stadtteil",
    hint: "Zeigt nur die Haltestelle in diesem Stadtteil.",
    all: "Alle Stadtteile",
    submit: "Anzeigen",
    errorSummaryTitle: "Bitte prüfen Sie Ihre Auswahl",
    unknown: "Diesen Stadtteil kennen wir nicht. Bitte wählen Sie einen Stadtteil aus der Liste.",
    withoutStop: (district: string) =>
      `In ${district} hält das mobile Stadtbüro nicht. Sie können jede Haltestelle nutzen; hier sehen Sie alle.`,
    showing: (district: string) => `Sie sehen nur die Haltestelle in ${district}.`,
    showAll: "Alle Haltestellen zeigen",
  },
  month: {
    invalidTitle: "Diesen Monat können wir nicht zeigen",
    invalid:
      "Die Adresse enthält keinen gültigen Monat. Hier sehen Sie stattdessen die Liste der nächsten Termine.",
    outOfRange: (first: string, last: string) =>
      `Die Monatsübersicht gibt es für die Monate von ${first} bis ${last}. Hier sehen Sie stattdessen die Liste der nächsten Termine.`,
    title: "Monatsübersicht",
    nav: "Andere Monate",
    previous: (month: string) => `Vorheriger Monat: ${month}`,
    next: (month: string) => `Nächster Monat: ${month}`,
    none: "In diesem Monat ist kein Termin geplant.",
  },
  views: {
    nav: "Ansicht",
    month: (month: string) => `Als Monatsübersicht zeigen: ${month}`,
    list: "Als Liste der nächsten Termine zeigen",
  },
  list: {
    title: (weeks: number) => `Die nächsten ${weeks} Wochen`,
    period: (from: string, to: string) => `Termine vom ${from} bis zum ${to}, nach Haltestelle geordnet.`,
    none: (weeks: number) => `In den nächsten ${weeks} Wochen ist hier kein Termin geplant.`,
    noStops: "Zurzeit gibt es keine Haltestellen des mobilen Stadtbüros.",
  },
  district: "Stadtteil",
  timeRange: (from: string, to: string) => `${from} bis ${to} Uhr`,
  weekdays: [
    { short: "Mo", long: "Montag" },
    { short: "Di", long: "Dienstag" },
    { short: "Mi", long: "Mittwoch" },
    { short: "Do", long: "Donnerstag" },
    { short: "Fr", long: "Freitag" },
    { short: "Sa", long: "Samstag" },
    { short: "So", long: "Sonntag" },
  ],
  calendar: {
    title: "Termine im eigenen Kalender",
    hint: "Jede Haltestelle hat einen Kalender zum Abonnieren. Fügen Sie den Link in Ihrer Kalender-App als abonnierten Kalender hinzu (oft „Kalender hinzufügen“ und dann „Aus dem Internet“ oder „Per URL“). Neue und geänderte Zeiten erscheinen dann von selbst.",
    link: (stop: string) => `Kalender für ${stop} abonnieren (iCal)`,
  },
  feed: {
    name: (stop: string) => `Mobiles Stadtbüro ${stop}`,
    description: (stop: string) => `Wann das mobile Stadtbüro in ${stop} hält.`,
    summary: (stop: string) => `Mobiles Stadtbüro ${stop}`,
    eventDescription: (pageUrl: string) =>
      `Nur mit Termin. Bezahlen nur mit Karte, nicht bar. Mehr dazu: ${pageUrl}`,
    demo: "Demonstration: Die Zeiten sind Beispiele, nicht die echten Zeiten.",
  },
};

export type MobileOfficeMessages = typeof de;

export const en: MobileOfficeMessages = {
  title: "Mobile Stadtbüro",
  lead: "On fixed days the mobile Stadtbüro comes to several districts. There you can do what you would do at the Stadtbüro – including applying for an ID card or passport, for which you must come in person.",
  factsTitle: "Good to know",
  facts: {
    appointmentTitle: "Appointment required.",
    appointment: "Please book an appointment in advance. One application takes about 15 minutes on average.",
    paymentTitle: "Card payment only.",
    payment: "For security reasons the mobile Stadtbüro does not accept cash.",
    anyStopTitle: "Every stop is open to everyone.",
    anyStop: "You may use any stop, whichever district you live in.",
    careHomesTitle: "Visits to care homes.",
    careHomes:
      "The mobile Stadtbüro can also come to a care home or to your home if you cannot come yourself.",
    careHomesLink: "Request a home visit",
  },
  demoTitle: "Example times",
  demoText:
    "This is a demonstration. The days and times on this page are examples, not the real times of the mobile Stadtbüro. Only the city's own information is binding.",
  scheduleTitle: "When and where does the mobile Stadtbüro stop?",
  filter: {
    label: "District",
    hint: "Shows only the stop in this district.",
    all: "All districts",
    submit: "Show",
    errorSummaryTitle: "Please check your choice",
    unknown: "We do not know this district. Please choose a district from the list.",
    withoutStop: (district: string) =>
      `The mobile Stadtbüro does not stop in ${district}. You may use any stop; here are all of them.`,
    showing: (district: string) => `You are seeing only the stop in ${district}.`,
    showAll: "Show all stops",
  },
  month: {
    invalidTitle: "We cannot show this month",
    invalid: "The address does not contain a valid month. Here is the list of the next visits instead.",
    outOfRange: (first: string, last: string) =>
      `The monthly overview covers the months from ${first} to ${last}. Here is the list of the next visits instead.`,
    title: "Monthly overview",
    nav: "Other months",
    previous: (month: string) => `Previous month: ${month}`,
    next: (month: string) => `Next month: ${month}`,
    none: "No visits are planned in this month.",
  },
  views: {
    nav: "View",
    month: (month: string) => `Show as monthly overview: ${month}`,
    list: "Show as list of the next visits",
  },
  list: {
    title: (weeks: number) => `The next ${weeks} weeks`,
    period: (from: string, to: string) => `Visits from ${from} to ${to}, by stop.`,
    none: (weeks: number) => `No visit is planned here in the next ${weeks} weeks.`,
    noStops: "There are no stops of the mobile Stadtbüro at the moment.",
  },
  district: "District",
  timeRange: (from: string, to: string) => `${from} to ${to}`,
  weekdays: [
    { short: "Mon", long: "Monday" },
    { short: "Tue", long: "Tuesday" },
    { short: "Wed", long: "Wednesday" },
    { short: "Thu", long: "Thursday" },
    { short: "Fri", long: "Friday" },
    { short: "Sat", long: "Saturday" },
    { short: "Sun", long: "Sunday" },
  ],
  calendar: {
    title: "Visits in your own calendar",
    hint: "Each stop has a calendar you can subscribe to. Add the link in your calendar app as a subscribed calendar (often “Add calendar”, then “From the internet” or “From URL”). New and changed times then appear by themselves.",
    link: (stop: string) => `Subscribe to the calendar for ${stop} (iCal)`,
  },
  feed: {
    name: (stop: string) => `Mobile Stadtbüro ${stop}`,
    description: (stop: string) => `When the mobile Stadtbüro stops in ${stop}.`,
    summary: (stop: string) => `Mobile Stadtbüro ${stop}`,
    eventDescription: (pageUrl: string) =>
      `Appointment required. Card payment only, no cash. More: ${pageUrl}`,
    demo: "Demonstration: the times are examples, not the real times.",
  },
};

export const MOBILE_OFFICE_MESSAGES: Record<Locale, MobileOfficeMessages> = { de, en };
