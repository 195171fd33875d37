import { electionsDe } from "./elections-de";
/** German texts of the administration pages. `en.ts` has the same keys (typed with `AdminMessages`). */
export const adminDe = {
  common: {
    optional: "optional",
    save: "Speichern",
    saved: "Gespeichert.",
    cancel: "Abbrechen",
    edit: "Bearbeiten",
    german: "Deutsch",
    english: "Englisch",
    yes: "ja",
    no: "nein",
    none: "–",
    withdrawn: "zurückgezogen",
    withdraw: "Zurückziehen",
    restore: "Wiederherstellen",
    citizenPage: "Seite für Bürgerinnen und Bürger ansehen",
    immediate: "Änderungen gelten sofort auf den Seiten für Bürgerinnen und Bürger.",
    appointmentsKept:
      "Gebuchte Termine behalten ihre Zeiten: Eine Änderung am Öffnungsplan verschiebt und löscht keinen Termin.",
    minutes: (n: number) => `${n} Min.`,
    days: (n: number) => (n === 1 ? "1 Tag" : `${n} Tage`),
    openEnded: "unbefristet",
    validity: (from: string, to: string | null) => (to ? `${from} bis ${to}` : `ab ${from}`),
    dateHint: "Zum Beispiel 24.12.2026",
    timeHint: "Zum Beispiel 08:30",
  },
  weekdays: {
    mo: "Montag",
    tu: "Dienstag",
    we: "Mittwoch",
    th: "Donnerstag",
    fr: "Freitag",
    sa: "Samstag",
    su: "Sonntag",
  },
  weekdaysShort: { mo: "Mo", tu: "Di", we: "Mi", th: "Do", fr: "Fr", sa: "Sa", su: "So" },
  recurrence: {
    weekly: (n: number) => (n === 1 ? "jede Woche" : `alle ${n} Wochen`),
    monthly: (nth: number) =>
      nth === -1 ? "am letzten Wochentag im Monat" : `am ${nth}. Wochentag im Monat`,
  },
  kinds: {
    stadtbuero: "Stadtbüro",
    office: "Amt",
    "help-point": "Hilfepunkt",
    "mobile-stop": "Haltestelle des mobilen Stadtbüros",
  },
  problems: {
    required: (label: string) => `Bitte füllen Sie „${label}“ aus.`,
    choose: (label: string) => `Bitte wählen Sie bei „${label}“ eine der Möglichkeiten.`,
    tooLong: (label: string, max: number) => `„${label}“ darf höchstens ${max} Zeichen lang sein.`,
    tooShort: (label: string, min: number) => `„${label}“ muss mindestens ${min} Zeichen lang sein.`,
    wholeNumber: (label: string) => `Bitte geben Sie bei „${label}“ eine ganze Zahl ein.`,
    range: (label: string, min?: number, max?: number) =>
      max === undefined
        ? `„${label}“ muss mindestens ${min ?? 0} sein.`
        : `„${label}“ muss zwischen ${min ?? 0} und ${max} liegen.`,
    euro: (label: string) => `Bitte geben Sie bei „${label}“ einen Betrag in Euro ein, zum Beispiel 27,60.`,
    date: (label: string) => `Bitte geben Sie bei „${label}“ ein Datum ein, zum Beispiel 24.12.2026.`,
    time: (label: string) => `Bitte geben Sie bei „${label}“ eine Uhrzeit ein, zum Beispiel 08:30.`,
    slug: (label: string) =>
      `„${label}“ darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten, zum Beispiel schalter-6.`,
    postalCode: (label: string) => `„${label}“ hat fünf Ziffern, zum Beispiel 35037.`,
    bothLanguages: (label: string) =>
      `Bitte füllen Sie „${label}“ aus, oder lassen Sie den Text in beiden Sprachen leer.`,
    endBeforeStart: (label: string) => `„${label}“ muss nach dem Beginn liegen.`,
    toBeforeFrom: (label: string) => `„${label}“ darf nicht vor dem Anfangsdatum liegen.`,
    maxBelowMin: (label: string) => `„${label}“ darf nicht kleiner sein als die Mindestzahl der Tage.`,
    overlap: (label: string) =>
      `„${label}“: Das Zeitfenster überschneidet sich an einem gemeinsamen Wochentag mit einem anderen.`,
    duplicate: (label: string) =>
      `„${label}“: Einen Schalter mit diesem Schlüssel gibt es in diesem Plan schon.`,
    weekdayNeeded: (label: string) => `Bitte wählen Sie bei „${label}“ mindestens einen Wochentag.`,
    windowNeeded: () => "Bitte geben Sie mindestens ein Zeitfenster an.",
    amountNeeded: () =>
      "Bitte geben Sie mindestens einen Betrag an, oder wählen Sie eine andere Art der Gebühr.",
    counterNeeded: () => "Ein Öffnungsplan braucht mindestens einen Schalter. Der letzte bleibt deshalb.",
    past: (label: string) => `„${label}“ liegt in der Vergangenheit.`,
    noSession: (label: string) =>
      `„${label}“: An diesem Tag fände kein Besuch statt, weil er ein Feiertag oder Schließtag ist.`,
    sameCounter: (date: string, other: string) =>
      `Am ${date} überschneidet sich diese Zeit mit dem Plan ${other} am selben Ort und Schalter.`,
    mobileElsewhere: (date: string, place: string) =>
      `Am ${date} ist das mobile Stadtbüro zur selben Zeit schon in ${place}.`,
    groupWithdrawn: () =>
      "Die Gruppe dieser Leistung ist zurückgezogen. Sie kommt mit dem nächsten Import der Mandantendaten zurück.",
    rankTaken: (other: string) =>
      `Ihr Platz unter den häufigsten Leistungen der Startseite gehört inzwischen „${other}“. Die Leistung bleibt deshalb zurückgezogen.`,
    placeHasPlans: () =>
      "Für diesen Ort gelten noch Öffnungspläne. Beenden Sie diese zuerst (Feld „Gültig bis“ unter Öffnungszeiten).",
    keyTaken: (label: string) => `„${label}“: Eine Wahl mit diesem Schlüssel gibt es schon.`,
    notFuture: (label: string) => `„${label}“ muss in der Zukunft liegen.`,
    startAfterDeadline: (label: string) => `„${label}“ darf nicht nach dem Ende der Antragsfrist liegen.`,
    deadlineNotBeforeElection: (label: string) => `„${label}“ muss vor dem Wahltag liegen.`,
    invalid: (label: string) => `„${label}“ ist ungültig.`,
    characters: (label: string) =>
      `„${label}“ enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Bitte geben Sie es neu ein.`,
  },
  elections: electionsDe,
  services: {
    title: "Leistungen",
    intro: "Namen, Beschreibungen, Termindauer, Buchbarkeit und Gebühren der Leistungen.",
    columns: {
      name: "Leistung",
      key: "Schlüssel",
      minutes: "Dauer",
      bookable: "Termin buchbar",
      fee: "Gebühr",
      status: "Stand",
    },
    bookableStadtbuero: "Stadtbüro",
    bookableMobile: "mobil",
    notBookable: "kein Termin",
    status: { offered: "angeboten", discontinued: "eingestellt" },
    groupWithdrawn: "Gruppe zurückgezogen",
    fee: { free: "gebührenfrei", unknown: "nicht bekannt", amounts: "Beträge" },
    unknownMinutes: "nicht bekannt",
    editTitle: (name: string) => `Leistung bearbeiten: ${name}`,
    backToList: "Zur Liste der Leistungen",
    namesTitle: "Name und Kurzbeschreibung",
    nameDe: "Name (Deutsch)",
    nameEn: "Name (Englisch)",
    summaryDe: "Kurzbeschreibung (Deutsch)",
    summaryEn: "Kurzbeschreibung (Englisch)",
    appointmentTitle: "Termin",
    counterMinutes: "Dauer am Schalter in Minuten",
    counterMinutesHint: "1 bis 480. Leer lassen, wenn die Dauer nicht bekannt ist.",
    channels: "Termin buchbar",
    channelsHint: "Wo Bürgerinnen und Bürger für diese Leistung online einen Termin buchen können.",
    channelStadtbuero: "im Stadtbüro (Online-Terminbuchung)",
    channelMobile: "am mobilen Stadtbüro",
    feeTitle: "Gebühr",
    feeKind: "Art der Gebühr",
    feeKinds: {
      free: "gebührenfrei",
      unknown: "Betrag nicht bekannt (die Seite sagt das so)",
      amounts: "Beträge",
    },
    feeValidFrom: "Beträge gültig ab",
    feeValidFromHint: "Nur bei Beträgen. Leer lassen, wenn kein Datum gilt. Zum Beispiel 07.02.2026",
    feeNoteDe: "Hinweis zur Gebühr (Deutsch)",
    feeNoteEn: "Hinweis zur Gebühr (Englisch)",
    feeItemsTitle: "Beträge",
    feeItemsHint: "Nur bei der Art „Beträge“. Leere Zeilen werden nicht gespeichert.",
    feeItem: (n: number) => `Betrag ${n}`,
    feeItemKind: "Art",
    feeItemKinds: { base: "Grundbetrag", surcharge: "Zuschlag" },
    feeItemAmount: "Betrag in Euro",
    feeItemConditionDe: "Bedingung (Deutsch)",
    feeItemConditionEn: "Bedingung (Englisch)",
    statusTitle: "Auf den Bürgerseiten",
    isWithdrawn:
      "Diese Leistung ist zurückgezogen: Sie erscheint nicht auf den Seiten für Bürgerinnen und Bürger.",
    withdrawExplain:
      "Zurückgezogen verschwindet die Leistung aus Liste, Suche und Terminbuchung. Gebuchte Termine bleiben bestehen. Sie können die Leistung jederzeit wiederherstellen.",
    withdrawButton: "Leistung zurückziehen",
    restoreButton: "Leistung wiederherstellen",
    withdrawnNotice: "Die Leistung ist zurückgezogen.",
    restoredNotice: "Die Leistung ist wiederhergestellt.",
  },
  places: {
    title: "Orte und Schalter",
    intro: "Namen, Art und Anschrift der Orte, und die Schalter ihrer Öffnungspläne.",
    caption: "Alle Orte",
    columns: { name: "Ort", kind: "Art", address: "Anschrift", counters: "Schalter", status: "Stand" },
    active: "aktiv",
    countersSummary: (n: number) => (n === 1 ? "1 Schalter" : `${n} Schalter`),
    editTitle: (name: string) => `Ort bearbeiten: ${name}`,
    backToList: "Zur Liste der Orte",
    detailsTitle: "Name, Art und Anschrift",
    nameDe: "Name (Deutsch)",
    nameEn: "Name (Englisch)",
    kind: "Art des Ortes",
    street: "Straße und Hausnummer",
    postalCode: "Postleitzahl",
    city: "Ort",
    demoAddressHint:
      "Diese Anschrift ist ein Beispiel der Demo. Wenn Sie die echte Anschrift eintragen, entfällt der Hinweis darauf.",
    countersTitle: "Schalter",
    countersIntro:
      "Je Schalter: wie viele Termine gleichzeitig online buchbar sind, und wie viele nur Mitarbeitende vergeben (Telefon, dringende Fälle).",
    countersKept: "Termine an einem entfernten oder verkleinerten Schalter bleiben bestehen.",
    noPlans: "Für diesen Ort gibt es keinen Öffnungsplan und damit keine Schalter.",
    planCaption: (plan: string, validity: string) => `Schalter im Öffnungsplan ${plan} (${validity})`,
    counter: "Schalter",
    publicCapacity: "online buchbar",
    staffCapacity: "nur für Mitarbeitende",
    capacityLabel: (counter: string, kind: string) => `${counter}: ${kind}`,
    actions: "Aktion",
    saveCapacities: "Plätze speichern",
    removeCounter: (counter: string) => `Schalter ${counter} entfernen`,
    addCounterTitle: (plan: string) => `Schalter zum Plan ${plan} hinzufügen`,
    newCounterKey: "Schlüssel des neuen Schalters",
    newCounterKeyHint: "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel schalter-6",
    newPublic: "Plätze online buchbar",
    newStaff: "Plätze nur für Mitarbeitende",
    addCounter: "Schalter hinzufügen",
    capacityHint: "Eine ganze Zahl von 0 bis 20.",
    statusTitle: "Auf den Bürgerseiten",
    isWithdrawn:
      "Dieser Ort ist zurückgezogen: Er erscheint nicht auf den Seiten für Bürgerinnen und Bürger.",
    withdrawExplain:
      "Zurückziehen können Sie einen Ort, für den kein Öffnungsplan mehr gilt. Gebuchte Termine bleiben bestehen.",
    withdrawButton: "Ort zurückziehen",
    restoreButton: "Ort wiederherstellen",
    withdrawnNotice: "Der Ort ist zurückgezogen.",
    restoredNotice: "Der Ort ist wiederhergestellt.",
    counterAddedNotice: (counter: string) => `Der Schalter ${counter} ist hinzugefügt.`,
    counterRemovedNotice: (counter: string) => `Der Schalter ${counter} ist entfernt.`,
  },
  plans: {
    title: "Öffnungszeiten und Schließtage",
    intro:
      "Die Öffnungspläne der Orte bestimmen, wann Termine buchbar sind. Schließtage nehmen einzelne Tage heraus.",
    placeWithoutPlans: "Kein Öffnungsplan.",
    columns: {
      plan: "Plan",
      validity: "Gültig",
      rhythm: "Rhythmus",
      windows: "Zeitfenster",
      slot: "Takt",
      bookingWindow: "Buchbar",
    },
    bookingWindow: (min: number, max: number) => `${min} bis ${max} Tage vorher`,
    planCaption: (place: string) => `Öffnungspläne: ${place}`,
    newPlan: (place: string) => `Neuen Öffnungsplan für ${place} anlegen`,
    editTitle: (plan: string) => `Öffnungsplan bearbeiten: ${plan}`,
    newTitle: (place: string) => `Neuer Öffnungsplan: ${place}`,
    newIntro:
      "Der neue Plan übernimmt die Schalter des letzten Plans dieses Ortes (oder einen Schalter); ändern Sie sie danach unter „Orte und Schalter“.",
    backToList: "Zu den Öffnungszeiten",
    place: "Ort",
    validityTitle: "Gültigkeit und Rhythmus",
    validFrom: "Gültig ab",
    validTo: "Gültig bis",
    validToHint: "Leer lassen, wenn der Plan unbefristet gilt. Zum Beispiel 31.12.2027",
    recurrenceLegend: "Rhythmus",
    recurrenceKinds: { weekly: "wöchentlich oder alle paar Wochen", monthly: "einmal im Monat" },
    everyWeeks: "Alle wie viele Wochen",
    everyWeeksHint: "1 bis 8. Gezählt ab der Woche von „Gültig ab“. Nur beim wöchentlichen Rhythmus.",
    nth: "Welcher Wochentag im Monat",
    nthHint: "Nur beim monatlichen Rhythmus.",
    onlyWeekly: "nur wöchentlich",
    onlyMonthly: "nur monatlich",
    nthChoices: {
      "1": "der erste",
      "2": "der zweite",
      "3": "der dritte",
      "4": "der vierte",
      "5": "der fünfte",
      "-1": "der letzte",
    },
    windowsTitle: "Zeitfenster",
    windowsHint:
      "Leere Zeilen werden nicht gespeichert. Zeitfenster am selben Wochentag dürfen sich nicht überschneiden.",
    window: (n: number) => `Zeitfenster ${n}`,
    weekdays: "Wochentage",
    start: "Beginn",
    end: "Ende",
    windowStart: (n: number) => `Zeitfenster ${n}: Beginn`,
    windowEnd: (n: number) => `Zeitfenster ${n}: Ende`,
    windowDays: (n: number) => `Zeitfenster ${n}: Wochentage`,
    slotsTitle: "Takt und Buchungszeitraum",
    slotMinutes: "Länge eines Zeitabschnitts in Minuten",
    slotMinutesHint: "5 bis 120. Ein Termin belegt so viele Abschnitte, wie seine Leistungen dauern.",
    minDays: "Frühestens buchbar, Tage vorher",
    minDaysHint: "0 heißt: noch am selben Tag.",
    maxDays: "Spätestens buchbar, Tage vorher",
    createdNotice: "Der Öffnungsplan ist angelegt.",
    closuresTitle: "Schließtage",
    closuresCaption: "Schließtage aller Orte",
    noClosures: "Keine Schließtage eingetragen.",
    closureColumns: { place: "Ort", from: "von", to: "bis", reason: "Grund", action: "Aktion" },
    allPlaces: "alle Orte",
    removeClosure: (from: string) => `Schließtag ab ${from} entfernen`,
    closureRemovedNotice: "Der Schließtag ist entfernt.",
    closureRemoveHint:
      "Ein entfernter Schließtag macht den Tag wieder buchbar. Bei einem abgesagten Besuch bleiben die Termine trotzdem storniert.",
    addClosureTitle: "Schließtag eintragen",
    closurePlace: "Ort",
    closurePlaceEmpty: "Bitte wählen",
    closureFrom: "Geschlossen ab",
    closureTo: "Geschlossen bis einschließlich",
    closureReasonDe: "Grund (Deutsch)",
    closureReasonEn: "Grund (Englisch)",
    addClosure: "Schließtag eintragen",
    closureAddedNotice: (booked: number) =>
      booked === 0
        ? "Der Schließtag ist eingetragen. In diesem Zeitraum war kein Termin gebucht."
        : `Der Schließtag ist eingetragen. In diesem Zeitraum ${booked === 1 ? "ist 1 Termin" : `sind ${booked} Termine`} gebucht; sie bleiben bestehen. Sagen Sie sie bei Bedarf einzeln ab oder sagen Sie einen Besuch des mobilen Stadtbüros im Tourenplan ab.`,
  },
  tour: {
    title: "Tourenplan des mobilen Stadtbüros",
    intro:
      "Die Haltestellen mit ihren regelmäßigen Zeiten, die Besuche der nächsten acht Wochen, einmalige Besuche und Absagen.",
    schedulesTitle: "Haltestellen und regelmäßige Zeiten",
    schedulesCaption: "Regelmäßige Zeiten je Haltestelle",
    columns: {
      stop: "Haltestelle",
      plan: "Plan",
      rhythm: "Rhythmus und Zeit",
      validity: "Gültig",
      action: "Aktion",
      date: "Datum",
      time: "Zeit",
      booked: "Gebuchte Termine",
      kind: "Art",
    },
    noSchedule: "keine regelmäßigen Zeiten",
    editSchedule: (plan: string) => `Plan ${plan} bearbeiten`,
    visitsTitle: "Besuche der nächsten acht Wochen",
    visitsCaption: (from: string, to: string) => `Besuche vom ${from} bis ${to}`,
    noVisits: "In den nächsten acht Wochen ist kein Besuch geplant.",
    regular: "regelmäßig",
    oneOff: "einmalig",
    cancelLink: (stop: string, date: string) => `Besuch in ${stop} am ${date} absagen`,
    cancelShort: "Absagen",
    addVisitTitle: "Einmaligen Besuch eintragen",
    addVisitIntro:
      "Schalter, Takt und Buchungszeitraum kommen aus den regelmäßigen Zeiten der Haltestelle. Der Besuch ist danach wie jeder andere online buchbar.",
    visitStop: "Haltestelle",
    visitStopEmpty: "Bitte wählen",
    visitDate: "Datum",
    visitStart: "Beginn",
    visitEnd: "Ende",
    addVisit: "Besuch eintragen",
    visitAddedNotice: (stop: string, date: string) => `Der Besuch in ${stop} am ${date} ist eingetragen.`,
    homeVisitsReopenedNotice: (n: number) =>
      n === 1
        ? "1 Anfrage für einen Hausbesuch ist wieder „Neu“ und muss neu geplant werden."
        : `${n} Anfragen für einen Hausbesuch sind wieder „Neu“ und müssen neu geplant werden.`,
    visitCancelledNotice: (stop: string, date: string, notified: number) =>
      `Der Besuch in ${stop} am ${date} ist abgesagt. ${
        notified === 0
          ? "Es war niemand zu benachrichtigen."
          : notified === 1
            ? "1 Person mit Termin wurde per E-Mail benachrichtigt."
            : `${notified} Personen mit Termin wurden per E-Mail benachrichtigt.`
      }`,
    cancelTitle: "Besuch absagen",
    cancelIntro: (stop: string, date: string, time: string) => `Besuch in ${stop} am ${date}, ${time} Uhr.`,
    cancelBooked: (n: number) =>
      n === 0
        ? "Für diesen Besuch ist kein Termin gebucht."
        : n === 1
          ? "Für diesen Besuch ist 1 Termin gebucht."
          : `Für diesen Besuch sind ${n} Termine gebucht.`,
    cancelHomeVisits: (n: number) =>
      n === 0
        ? "In diesen Besuch ist keine Anfrage für einen Hausbesuch eingeplant."
        : `In diesen Besuch ${n === 1 ? "ist 1 Anfrage" : `sind ${n} Anfragen`} für einen Hausbesuch eingeplant. Mit der Absage ${
            n === 1
              ? "wird sie wieder auf „Neu“ gesetzt und muss"
              : "werden sie wieder auf „Neu“ gesetzt und müssen"
          } neu geplant werden. Wer eine E-Mail-Adresse angegeben hat, bekommt eine E-Mail mit dem Grund; die anderen rufen Sie bitte an.`,
    cancelEffects:
      "Mit der Absage wird der Tag für diese Haltestelle geschlossen, alle Termine des Besuchs werden storniert, und jede Person mit Termin bekommt eine E-Mail mit dem Grund und freien Zeiten in der Nähe. Das lässt sich nicht rückgängig machen.",
    reasonDe: "Grund (Deutsch)",
    reasonEn: "Grund (Englisch)",
    reasonHint:
      "Steht in der E-Mail an die Bürgerinnen und Bürger, zum Beispiel: Das Fahrzeug ist in der Werkstatt.",
    confirmCancel: "Besuch verbindlich absagen",
    backToTour: "Zurück zum Tourenplan",
  },
};

export type AdminMessages = typeof adminDe;
