/** Texts of the appointment flow, German. */
export const bookingDe = {
  title: "Termin vereinbaren",
  step: (n: number, of: number) => `Schritt ${n} von ${of}`,
  continue: "Weiter",
  back: "Zurück",
  change: "Ändern",
  errorSummaryTitle: "Bitte prüfen Sie Ihre Eingaben",
  services: {
    title: "Welche Anliegen haben Sie?",
    hint: "Wählen Sie alles, was Sie in einem Termin erledigen möchten. Die Dauer richtet sich nach Ihrer Auswahl.",
    none: "Bitte wählen Sie mindestens ein Anliegen.",
    tooMany: "Bitte wählen Sie höchstens fünf Anliegen für einen Termin.",
  },
  online: {
    title: "Das geht auch online",
    text: "Diese Anliegen können Sie ohne Termin online erledigen:",
    goOnline: (name: string) => `${name} online beantragen`,
    bookAnyway: "Trotzdem einen Termin vereinbaren",
  },
  place: {
    title: "Wo möchten Sie hinkommen?",
    districtLabel: "In welchem Stadtteil wohnen Sie?",
    districtHint:
      "Dann zeigen wir Ihnen die Haltestellen in Ihrer Nähe zuerst. Sie können aber jeden Ort wählen.",
    districtAny: "Keine Angabe",
    showNearest: "Orte in meiner Nähe zuerst zeigen",
    legend: "Ort",
    stadtbuero: "Stadtbüro",
    mobile: "Mobiles Stadtbüro",
    inDistrict: (district: string) => `Haltestelle in ${district}`,
    none: "Bitte wählen Sie einen Ort.",
    notOffered: "Dieser Ort bietet nicht alle gewählten Anliegen an.",
  },
  day: {
    title: "An welchem Tag?",
    noDays: "An diesem Ort gibt es im Buchungszeitraum keinen freien Termin mehr.",
    waitlistHint:
      "Sie können sich auf die Warteliste setzen lassen; wir schreiben Ihnen, sobald ein passender Termin frei wird.",
    freeTimes: (n: number) => (n === 1 ? "1 freie Zeit" : `${n} freie Zeiten`),
    examples: "Die Öffnungszeiten dieser Demonstration sind Beispielzeiten.",
  },
  time: {
    title: "Um welche Uhrzeit?",
    legend: (day: string) => `Freie Zeiten am ${day}`,
    slot: (day: string, from: string, to: string) => `${day}, ${from} bis ${to} Uhr`,
    none: "Bitte wählen Sie eine Uhrzeit.",
    holdNote: (minutes: number) =>
      `Wir halten die gewählte Zeit ${minutes} Minuten für Sie frei, während Sie Ihre Angaben machen.`,
    takenField: "Bitte wählen Sie eine andere Zeit.",
    noTimes: {
      closedTitle: (day: string) => `Am ${day} ist geschlossen`,
      closed: "An diesem Tag gibt es hier laut Öffnungsplan keine Sprechzeiten.",
      fullTitle: (day: string) => `Am ${day} ist alles vergeben`,
      full: "An diesem Tag sind hier alle Zeiten schon gebucht.",
      notBookableTitle: (day: string) => `Den ${day} können Sie nicht online buchen`,
      notBookable: "Dieser Tag liegt außerhalb des Zeitraums, in dem wir online Termine vergeben.",
      nextDays: "An diesen Tagen gibt es noch freie Zeiten:",
      noneAhead: "Im Buchungszeitraum gibt es hier keine freie Zeit mehr.",
      allDays: "Alle Tage mit freien Zeiten",
    },
    holdUntil: (time: string) => `Wir halten diese Zeit für Sie bis ${time} Uhr.`,
    holdLapsed: (time: string) =>
      `Diese Zeit war bis ${time} Uhr für Sie reserviert. Wenn Sie Ihre Angaben absenden, können Sie eine neue Zeit wählen; Ihre Angaben bleiben erhalten.`,
    tooMany:
      "Von Ihrem Internetanschluss wurden in der letzten Stunde schon viele Zeiten reserviert. Bitte versuchen Sie es später noch einmal oder rufen Sie uns an.",
  },
  contact: {
    title: "Ihre Angaben",
    name: "Vor- und Nachname",
    email: "E-Mail-Adresse",
    emailHint:
      "Dorthin schicken wir die Bestätigung mit einem Link, über den Sie den Termin verschieben oder absagen können.",
    phone: "Telefonnummer",
    phoneHint: "Nur für Rückfragen, etwa wenn der Termin ausfallen muss.",
    optional: "optional",
    needsLegend: "Brauchen Sie Unterstützung?",
    needWheelchair: "Zugang mit Rollstuhl",
    needSignLanguage: "Gebärdensprachdolmetschung",
    needOther: "Andere Unterstützung",
    needOtherHint: "Zum Beispiel: einfache Sprache, Begleitperson",
    nameRequired: "Bitte geben Sie Ihren Namen ein.",
    emailInvalid: "Bitte geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.",
    phoneInvalid: "Bitte geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen, +, / oder - ein.",
    tooLong: "Bitte kürzen Sie diese Angabe.",
    invalidCharacters:
      "Diese Angabe enthält unsichtbare Steuerzeichen, etwa aus kopiertem Text. Bitte tippen Sie sie neu ein.",
    limitReached: (n: number) =>
      `Mit dieser E-Mail-Adresse sind schon ${n} Termine gebucht. Bitte sagen Sie einen davon ab, bevor Sie einen neuen buchen.`,
    honeypot: "Dieses Feld bitte leer lassen",
  },
  check: {
    title: "Bitte prüfen Sie Ihre Angaben",
    services: "Anliegen",
    place: "Ort",
    when: "Wann",
    name: "Name",
    email: "E-Mail",
    phone: "Telefon",
    needs: "Unterstützung",
    none: "keine",
    confirm: "Termin verbindlich buchen",
  },
  done: {
    title: "Ihr Termin ist gebucht",
    code: "Ihre Buchungsnummer",
    mailSent: (email: string) =>
      `Wir haben eine Bestätigung an ${email} geschickt. Darin finden Sie einen Link, um den Termin zu verschieben oder abzusagen.`,
    bring: "Bitte bringen Sie die Unterlagen mit, die auf der Seite der Leistung stehen.",
    card: "Im mobilen Stadtbüro können Sie nur mit Karte bezahlen.",
    calendar: "Termin in Ihren Kalender übernehmen (ics-Datei)",
  },
  manage: {
    title: "Ihr Termin",
    status: { confirmed: "gebucht", cancelled: "abgesagt", held: "reserviert", expired: "abgelaufen" },
    reschedule: "Termin verschieben",
    cancel: "Termin absagen",
    cancelTitle: "Termin wirklich absagen?",
    cancelText: "Die Zeit wird danach wieder für andere frei.",
    cancelConfirm: "Ja, Termin absagen",
    keep: "Nein, Termin behalten",
    cancelled: "Ihr Termin ist abgesagt.",
    rescheduled: "Ihr Termin ist verschoben.",
    lookAgain: "Ihren Termin ansehen",
    notFound:
      "Dieser Link ist nicht gültig. Vielleicht wurde der Termin schon verschoben; dann gilt der Link aus der neuen Bestätigung.",
  },
  waitlist: {
    link: "Auf die Warteliste setzen",
    linkHint: "Kein passender Tag dabei? Wir schreiben Ihnen, sobald eine passende Zeit frei wird.",
    title: "Auf die Warteliste",
    intro:
      "Sobald an einem Ihrer Orte zu einer Ihrer Zeiten ein Termin frei wird, reservieren wir ihn für Sie und schreiben Ihnen. Wer sich zuerst eingetragen hat, bekommt das Angebot zuerst.",
    places: "An welchen Orten?",
    windows: "Wann können Sie?",
    morning: "vormittags",
    afternoon: "nachmittags",
    submit: "Auf die Warteliste setzen",
    placesRequired: "Bitte wählen Sie mindestens einen Ort.",
    placesInvalid: "Bitte wählen Sie nur Orte aus der Liste.",
    windowsRequired: "Bitte wählen Sie mindestens eine Zeit.",
    limitReached: (max: number) =>
      `Mit dieser E-Mail-Adresse gibt es schon ${max} Einträge auf der Warteliste. Mehr sind nicht möglich; auch Einträge, die noch nicht bestätigt sind, zählen mit. Über den Link in unserer E-Mail können Sie einen Eintrag beenden.`,
    thanksTitle: "Bitte prüfen Sie Ihre E-Mails und bestätigen Sie",
    thanksText:
      "Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin und klicken Sie auf „Eintrag bestätigen“. Erst dann stehen Sie auf der Warteliste und bekommen Angebote.",
    thanksDeadline: (hours: number) =>
      `Ohne Bestätigung löschen wir Ihre Angaben nach ${hours} Stunden. Keine E-Mail bekommen? Bitte sehen Sie auch im Spam-Ordner nach.`,
    manageTitle: "Ihr Eintrag auf der Warteliste",
    confirmText: (until: string) =>
      `Bitte bestätigen Sie Ihren Eintrag bis ${until}. Erst dann stehen Sie auf der Warteliste und bekommen Angebote. Ohne Bestätigung löschen wir ihn.`,
    confirm: "Eintrag bestätigen",
    confirmed: "Danke, Ihr Eintrag ist bestätigt. Sie stehen jetzt auf der Warteliste.",
    noMoreOffers: (days: number) =>
      `Zwei Angebote an Ihre E-Mail-Adresse sind abgelaufen, ohne dass Sie den Termin gebucht haben. Deshalb bekommt diese Adresse zurzeit keine Angebote von der Warteliste. Ein abgelaufenes Angebot zählt ${days} Tage lang. Freie Termine können Sie weiterhin direkt buchen.`,
    notFound: (hours: number) =>
      `Dieser Link ist nicht mehr gültig. Einträge, die nicht innerhalb von ${hours} Stunden bestätigt werden, löschen wir; beendete Einträge einige Tage später. Sie können sich jederzeit neu auf die Warteliste setzen.`,
    status: {
      unconfirmed: "noch nicht bestätigt",
      waiting: "wartet",
      offered: "Angebot verschickt",
      booked: "Termin gebucht",
      lapsed: "Angebot abgelaufen",
      withdrawn: "ausgetragen",
    },
    withdraw: "Von der Warteliste austragen",
    withdrawn: "Sie sind von der Warteliste ausgetragen.",
    offerTitle: "Ein Termin ist für Sie frei geworden",
    offerText: (until: string) =>
      `Wir halten diese Zeit bis ${until} für Sie frei. Danach geht sie an die nächste Person auf der Warteliste.`,
    accept: "Termin verbindlich buchen",
    decline: "Nein danke, Termin freigeben",
    declined: "Die Zeit ist wieder frei. Ihr Eintrag auf der Warteliste ist beendet.",
    offerGone:
      "Dieses Angebot gilt nicht mehr. Vielleicht ist die Frist abgelaufen oder Sie haben es schon beantwortet.",
    mailSubject: "Bitte bestätigen Sie Ihren Eintrag auf der Warteliste",
    mailBody: (p: { name: string; manageUrl: string; confirmBy: string }) =>
      `Guten Tag ${p.name},\n\nSie möchten auf die Warteliste für einen Termin. Bitte bestätigen Sie das: Öffnen Sie diesen Link und klicken Sie dort auf „Eintrag bestätigen“:\n${p.manageUrl}\n\nErst nach der Bestätigung stehen Sie auf der Warteliste. Bestätigen Sie nicht bis ${p.confirmBy}, löschen wir Ihre Angaben. Wenn Sie sich nicht eingetragen haben, müssen Sie nichts tun.\n\nÜber denselben Link können Sie Ihren Eintrag später ansehen und sich austragen.\n\nIhr Stadtbüro`,
    offerSubject: "Ein Termin ist für Sie frei geworden",
    offerBody: (p: { name: string; when: string; place: string; until: string; offerUrl: string }) =>
      `Guten Tag ${p.name},\n\nfür Sie ist ein Termin frei geworden:\n\nWann: ${p.when}\nWo: ${p.place}\n\nWir halten ihn bis ${p.until} für Sie frei. Bitte bestätigen Sie ihn hier:\n${p.offerUrl}\n\nWenn Sie nicht bestätigen, geht die Zeit an die nächste Person auf der Warteliste.\n\nIhr Stadtbüro`,
    lapseSubject: "Ihr Angebot von der Warteliste ist abgelaufen",
    lapseBody: (p: {
      name: string;
      until: string;
      noMoreOffers: boolean;
      lapseDays: number;
      bookUrl: string;
    }) =>
      `Guten Tag ${p.name},\n\nSie haben den Termin, den wir Ihnen angeboten haben, nicht bis ${p.until} gebucht. Die Zeit ist an die nächste Person auf der Warteliste gegangen, und dieser Eintrag auf der Warteliste ist beendet.\n\n${
        p.noMoreOffers
          ? `Das war schon das zweite Angebot an Ihre E-Mail-Adresse, das abgelaufen ist. Deshalb bekommt diese Adresse ab jetzt keine Angebote von der Warteliste mehr, auch nicht für Ihre anderen Einträge. Ein abgelaufenes Angebot zählt ${p.lapseDays} Tage lang.`
          : `Bitte beachten Sie: Wenn zwei Angebote an Ihre E-Mail-Adresse ablaufen, bekommt sie keine Angebote von der Warteliste mehr. Ein abgelaufenes Angebot zählt ${p.lapseDays} Tage lang.`
      }\n\nFreie Termine können Sie jederzeit hier buchen:\n${p.bookUrl}\n\nIhr Stadtbüro`,
  },
  mail: {
    confirmSubject: (code: string) => `Terminbestätigung ${code}`,
    confirmBody: (p: {
      name: string;
      when: string;
      place: string;
      services: string;
      code: string;
      manageUrl: string;
    }) =>
      `Guten Tag ${p.name},\n\nIhr Termin ist gebucht.\n\nWann: ${p.when}\nWo: ${p.place}\nAnliegen: ${p.services}\nBuchungsnummer: ${p.code}\n\nTermin ansehen, verschieben oder absagen:\n${p.manageUrl}\n\nDen Termin finden Sie auch im Anhang für Ihren Kalender.\n\nIhr Stadtbüro`,
    reminderSubject: (code: string) => `Erinnerung an Ihren Termin ${code}`,
    reminderBody: (p: { name: string; when: string; place: string; manageUrl: string }) =>
      `Guten Tag ${p.name},\n\nwir erinnern Sie an Ihren Termin.\n\nWann: ${p.when}\nWo: ${p.place}\n\nFalls Sie nicht kommen können, sagen Sie bitte ab, damit jemand anderes die Zeit bekommt:\n${p.manageUrl}\n\nIhr Stadtbüro`,
    visitCancelledSubject: (code: string) => `Das mobile Stadtbüro kommt nicht: Termin ${code} fällt aus`,
    visitCancelledBody: (p: {
      name: string;
      when: string;
      place: string;
      reason: string;
      alternatives: string[];
      bookUrl: string;
    }) =>
      `Guten Tag ${p.name},\n\nleider muss das mobile Stadtbüro seinen Halt (${p.place}) an dem Tag absagen, an dem Sie einen Termin hatten: ${p.when}. Grund: ${p.reason}\n\nIhr Termin fällt deshalb aus. Wir bitten um Entschuldigung.\n\nDiese Termine sind noch frei:\n${p.alternatives.map((a) => `- ${a}`).join("\n") || "- (zur Zeit keine)"}\n\nNeuen Termin buchen:\n${p.bookUrl}\n\nIhr Stadtbüro`,
    cancelSubject: (code: string) => `Termin abgesagt: ${code}`,
    cancelBody: (p: { name: string; when: string }) =>
      `Guten Tag ${p.name},\n\nIhr Termin am ${p.when} ist abgesagt.\n\nMit dem Anhang nimmt Ihr Kalender den Termin heraus.\n\nIhr Stadtbüro`,
    movedSubject: (code: string) => `Termin verschoben: ${code}`,
    movedBody: (p: {
      name: string;
      oldWhen: string;
      when: string;
      place: string;
      services: string;
      code: string;
      manageUrl: string;
    }) =>
      `Guten Tag ${p.name},\n\nIhr Termin ist verschoben.\n\nNeue Zeit: ${p.when}\nBisherige Zeit: ${p.oldWhen} – diese Zeit gilt nicht mehr.\n\nWo: ${p.place}\nAnliegen: ${p.services}\nBuchungsnummer: ${p.code}\n\nTermin ansehen, verschieben oder absagen:\n${p.manageUrl}\n\nIm Anhang finden Sie die neue Zeit für Ihren Kalender; sie ersetzt den bisherigen Eintrag.\n\nIhr Stadtbüro`,
  },
};
export type BookingMessages = typeof bookingDe;
