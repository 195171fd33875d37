/*
 * The texts of issued documents. Documents are issued in German, the official language
 * (§ 23 VwVfG); the English pages around them explain them. The legal remedy notice of the
 * fee notice is a general one for a Hessian municipality and should be read by the tenant's
 * legal office before the first real notice goes out.
 */

export const DOCUMENT_TEXTS = {
  common: {
    demoBanner:
      "MUSTER – erstellt in einer Demonstrationsumgebung mit Beispieldaten. Kein amtliches Dokument.",
    demoAddress: "Demo-Anschrift",
    demoPhone: "Beispielnummer",
    phone: "Telefon",
    email: "E-Mail",
    web: "Internet",
    caseReference: "Vorgangsnummer",
    date: "Datum",
    verifyAt: (pageUrl: string, code: string) => `Echtheit prüfen unter ${pageUrl} mit dem Code ${code}`,
    verificationCode: "Prüfcode",
    footerLine: (reference: string, issuedOn: string, page: number, pages: number) =>
      `Vorgangsnummer ${reference} · ausgestellt am ${issuedOn} · Seite ${page} von ${pages}`,
    qrCaption: "QR-Code zur Echtheitsprüfung",
  },
  meldebescheinigung: {
    title: "Meldebescheinigung",
    subtitle: {
      simple: "Einfache Meldebescheinigung nach § 18 Absatz 1 des Bundesmeldegesetzes (BMG)",
      extended: "Erweiterte Meldebescheinigung nach § 18 Absatz 2 des Bundesmeldegesetzes (BMG)",
    },
    intro:
      "Es wird bescheinigt, dass die nachstehend bezeichnete Person im Melderegister mit folgenden Daten verzeichnet ist:",
    familyName: "Familienname",
    givenNames: "Vornamen",
    doctoralDegree: "Doktorgrad",
    dateOfBirth: "Geburtsdatum",
    mainAddress: "Anschrift (Hauptwohnung)",
    extendedTitle: "Weitere Daten aus dem Melderegister",
    placeOfBirth: "Geburtsort",
    nationalities: "Staatsangehörigkeiten",
    maritalStatus: "Familienstand",
    moveInDate: "Tag des Einzugs in die Hauptwohnung",
    previousAddresses: "Frühere Anschriften",
    /** the register's terms of the marital status (Familienstand), as the certificate prints them */
    maritalStatuses: {
      single: "ledig",
      married: "verheiratet",
      widowed: "verwitwet",
      divorced: "geschieden",
      "marriage-annulled": "Ehe aufgehoben",
      "civil-partnership": "in eingetragener Lebenspartnerschaft",
      "partnership-ended-by-death": "durch Tod aufgelöste Lebenspartnerschaft",
      "partnership-annulled": "aufgehobene Lebenspartnerschaft",
      "partnership-ended-by-declaration-of-death": "durch Todeserklärung aufgelöste Lebenspartnerschaft",
    },
    asOf: (date: string) => `Stand des Melderegisters: ${date}`,
    electronic:
      "Diese Bescheinigung wurde elektronisch erstellt und trägt keine Unterschrift. Ihre Echtheit können Sie mit dem Prüfcode am Fuß der Seite prüfen.",
  },
  feeNotice: {
    title: "Gebührenbescheid",
    debtor: "Gebührenpflichtig",
    intro: (service: string) =>
      `Für die folgende Leistung setzen wir eine Verwaltungsgebühr fest: ${service}.`,
    feeTitle: "Festgesetzte Gebühr",
    base: "Gebühr",
    surcharge: "Zuschlag",
    total: "Gesamtbetrag",
    paymentTitle: "Zahlung",
    payBy: (due: string) =>
      `Bitte überweisen Sie den Gesamtbetrag bis zum ${due} auf das unten genannte Konto. Geben Sie dabei die Zahlungsreferenz an, damit wir Ihre Zahlung dem Vorgang zuordnen können.`,
    recipient: "Empfänger",
    iban: "IBAN",
    bic: "BIC",
    amount: "Betrag",
    reference: "Zahlungsreferenz",
    dueOn: "Zahlbar bis",
    girocode: "GiroCode: mit der Banking-App scannen, dann sind alle Angaben schon ausgefüllt.",
    demoAccount:
      "Beispielkonto einer Demonstrationsumgebung – bitte nichts überweisen. Das Konto gehört nicht der Stadt.",
    remedyTitle: "Rechtsbehelfsbelehrung",
    remedy: (authority: string, place: string) =>
      `Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der ${authority}, ${place}, einzulegen.`,
  },
} as const;
