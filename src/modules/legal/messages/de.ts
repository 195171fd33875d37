/** Texts of the legally required pages, German. Facts about the city come from its profile. */
export const legalDe = {
  imprint: {
    publisher: "Herausgeberin",
    representedBy: "Vertreten durch",
    contact: "Kontakt",
    phone: "Telefon",
    email: "E-Mail",
    web: "Website",
    supervisory: "Aufsichtsbehörde",
    software: "Software",
    softwareText:
      "Diese Website läuft auf Stadtbüro, einer offenen Plattform für kommunale Bürgerdienste, veröffentlicht unter der Lizenz EUPL-1.2. Gestaltung nach dem Designsystem KERN der öffentlichen Verwaltung.",
    regionalKey: "Amtlicher Regionalschlüssel",
  },
  privacy: {
    intro:
      "Wir verarbeiten auf dieser Website so wenige personenbezogene Daten wie möglich. Hier erfahren Sie, welche Daten das sind, wozu wir sie brauchen und welche Rechte Sie haben (Artikel 13 der Datenschutz-Grundverordnung, DSGVO).",
    controller: "Verantwortliche Stelle",
    dpo: "Datenschutzbeauftragte oder Datenschutzbeauftragter",
    visitTitle: "Wenn Sie die Website besuchen",
    visitText:
      "Unser Server verarbeitet Ihre IP-Adresse, um Ihnen die Seiten zu schicken, und zählt Anfragen je Adresse für eine Minute in unserer Datenbank, unter einem mit geheimem Schlüssel gebildeten Prüfwert statt der Adresse selbst, um Missbrauch zu begrenzen. In unseren Protokollen speichern wir nur die Art der Anfrage, den aufgerufenen Pfad ohne Suchbegriffe, die Uhrzeit und das Ergebnis, nicht Ihre IP-Adresse. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 des Hessischen Datenschutz- und Informationsfreiheitsgesetzes (HDSIG).",
    cookiesTitle: "Cookies",
    cookiesText:
      "Wir setzen kein Tracking und keine Analyse-Werkzeuge ein. Nur wenn Sie ein Formular öffnen, setzen wir ein technisch notwendiges Cookie, das das Formular gegen Fälschung schützt (Schutz vor Cross-Site Request Forgery). Es enthält keine Angaben zu Ihrer Person und wird gelöscht, wenn Sie den Browser schließen.",
    searchTitle: "Suche",
    searchText: "Ihre Suchbegriffe werden nur für die Suche verwendet und nicht gespeichert.",
    feedbackTitle: "Meldung einer Barriere",
    feedbackText:
      "Wenn Sie uns über das Formular in der Erklärung zur Barrierefreiheit schreiben, speichern wir Ihre Nachricht, die betroffene Seite und, falls Sie sie angeben, Ihre E-Mail-Adresse, um Ihr Anliegen zu bearbeiten und Ihnen zu antworten. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. c und e DSGVO in Verbindung mit § 14 des Hessischen Behinderten-Gleichstellungsgesetzes (HessBGG).",
    appointmentsTitle: "Termine",
    appointmentsText: (days: number) =>
      `Für einen Termin speichern wir Ihren Namen, Ihre E-Mail-Adresse, auf Wunsch Ihre Telefonnummer und die Unterstützung, die Sie brauchen, um den Termin zu vergeben, Sie zu erinnern und Sie bei Änderungen zu erreichen. Ihre IP-Adresse speichern wir nur als verschlüsselten Prüfwert, um Massenbuchungen zu begrenzen. ${days} Tage nach dem Termin löschen wir diese Angaben; es bleibt nur anonym, wann und wofür ein Termin stattfand. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 HDSIG.`,
    waitlistTitle: "Warteliste",
    waitlistText: (p: { days: number; confirmHours: number; lapseDays: number }) =>
      `Auf der Warteliste speichern wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Wünsche (Orte, Zeiten, Anliegen), bis Sie einen Termin haben oder sich austragen. ${p.days} Tage danach löschen wir den Eintrag. Einen Eintrag, den Sie nicht innerhalb von ${p.confirmHours} Stunden über den Link in unserer E-Mail bestätigen, löschen wir dann. Läuft ein Angebot ab, ohne dass Sie den Termin buchen, merken wir uns das ${p.lapseDays} Tage lang, mit Ihrer E-Mail-Adresse nur als verschlüsseltem Prüfwert: Nach zwei abgelaufenen Angeboten bekommt die Adresse keine weiteren Angebote.`,
    applicationsTitle: "Online-Anträge",
    applicationsText: (p: { draftDays: number; days: number }) =>
      `Für einen Online-Antrag speichern wir Ihre Angaben, hochgeladene Dateien, Ihre E-Mail-Adresse und auf Wunsch Ihre Telefonnummer, verschlüsselt und nur für die Beschäftigten lesbar, die diese Leistung bearbeiten. Jeder Zugriff wird protokolliert, ohne Ihre Angaben. Einen nicht abgeschickten Antrag löschen wir ${p.draftDays} Tage nach der letzten Änderung. Einen Vorgang löschen wir mit allen Angaben, Dateien und Dokumenten ${p.days} Tage nachdem er abgeschlossen, zurückgezogen oder abgelehnt wurde, soweit unten keine andere Frist steht. Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit dem Gesetz, das die jeweilige Leistung regelt.`,
    applicationsCaption: "Speicherdauer der Vorgänge je Leistung",
    applicationsService: "Leistung",
    applicationsDays: "Gelöscht nach Abschluss",
    days: (n: number) => (n === 1 ? "1 Tag" : `${n} Tage`),
    homeVisitTitle: "Hausbesuch",
    homeVisitText:
      "Für die Anfrage eines Hausbesuchs speichern wir die Angaben aus dem Formular, um den Besuch mit Ihnen zu vereinbaren. Wir löschen sie, wenn sie dafür nicht mehr gebraucht werden.",
    retentionTitle: "Speicherdauer",
    retentionText:
      "Wir speichern Daten nur so lange, wie wir sie für den genannten Zweck brauchen. Die genaue Frist für Meldungen zur Barrierefreiheit legt die Stadt fest; sie wird hier ergänzt.",
    rightsTitle: "Ihre Rechte",
    rights: [
      "Auskunft über die zu Ihnen gespeicherten Daten (Art. 15 DSGVO)",
      "Berichtigung unrichtiger Daten (Art. 16 DSGVO)",
      "Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO)",
      "Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)",
      "Beschwerde bei der Aufsichtsbehörde für den Datenschutz (Art. 77 DSGVO)",
    ],
    supervisor: "Aufsichtsbehörde für den Datenschutz",
  },
  accessibility: {
    intro: (site: string) =>
      `Die Stadt bemüht sich, die Website ${site} barrierefrei zugänglich zu machen. Rechtsgrundlage sind § 14 des Hessischen Behinderten-Gleichstellungsgesetzes (HessBGG) und die Hessische Verordnung über barrierefreie Informationstechnik (HVBIT), die auf die Europäische Norm EN 301 549 und damit auf die WCAG 2.1 in Stufe AA verweist.`,
    statusTitle: "Stand der Vereinbarkeit mit den Anforderungen",
    statusText:
      "Diese Website ist teilweise mit den Anforderungen vereinbar. Die folgenden Inhalte sind noch nicht barrierefrei.",
    gaps: [
      "Es gibt noch keine Erklärungen in Deutscher Gebärdensprache.",
      "Informationen in Leichter Sprache gibt es bisher nur für die Startseite.",
      "Eine vollständige Prüfung durch eine unabhängige Prüfstelle steht noch aus.",
    ],
    methodTitle: "Erstellung dieser Erklärung",
    methodText: (date: string) =>
      `Diese Erklärung wurde am ${date} erstellt. Grundlage ist eine Selbstbewertung. Jede Version der Software wird automatisch mit Screenreader-tauglichen Prüfwerkzeugen (axe-core) auf Verstöße gegen WCAG 2.1 A und AA geprüft, mit und ohne JavaScript, und von Hand mit der Tastatur bedient.`,
    enforcementTitle: "Durchsetzungsverfahren",
    enforcementText:
      "Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Durchsetzungsstelle wenden.",
  },
  easyLanguage: {
    title: "Leichte Sprache",
    paragraphs: [
      "Das ist die Internet-Seite vom Stadtbüro.",
      "Das Stadtbüro ist ein Amt von der Stadt.",
      "Dort bekommen Sie zum Beispiel einen Personal-Ausweis.",
      "Oder Sie melden dort Ihre neue Wohnung an.",
      "Auf dieser Internet-Seite steht: Was brauchen Sie dafür? Was kostet das? Wo können Sie hingehen?",
      "Es gibt auch ein Stadtbüro auf Rädern. Das heißt: mobiles Stadtbüro. Das mobile Stadtbüro kommt in Ihren Stadt-Teil.",
      "Sie brauchen vorher einen Termin.",
      "Im mobilen Stadtbüro bezahlen Sie mit Karte. Bargeld geht dort nicht.",
      "Sie wollen etwas suchen? Dann schreiben Sie ein Wort in das Such-Feld. Zum Beispiel: Ausweis.",
      "Etwas geht nicht auf der Internet-Seite? Dann schreiben Sie uns. Das geht auf der Seite Barriere-Freiheit.",
    ],
    searchLink: "Zur Suche",
    feedbackLink: "Barriere melden",
  },
};
export type LegalMessages = typeof legalDe;
