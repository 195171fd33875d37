/**
 * Texts about how a service is done, German. Each way has exactly one text per status, so a
 * page says one thing per way (see `domain/service-ways.ts`).
 */
export const catalogDe = {
  ways: {
    title: "Wie und wo kann ich das erledigen?",
    online: {
      label: "Online",
      availableHere: "Möglich, hier auf dieser Seite:",
      linkHere: "Online beantragen",
      available: (provider: string) => `Möglich, online beim ${provider}:`,
      link: (provider: string) => `Online-Antrag beim ${provider}`,
      notYet: "Noch nicht möglich. Einen Online-Antrag dafür gibt es auf dieser Seite noch nicht.",
      notPossible: (reason: string) => `Nicht möglich. ${reason}`,
    },
    office: {
      label: "Vor Ort",
      appointment: "Möglich, mit Termin:",
      contactOffice:
        "Möglich, direkt beim zuständigen Amt. Einen Termin dafür können Sie auf dieser Seite nicht buchen:",
      notOffered: "Nicht möglich.",
    },
    mobile: {
      label: "Im mobilen Stadtbüro",
      appointment: "Möglich, mit Termin an einer Haltestelle:",
      link: "Haltestellen und Fahrplan",
      notOffered: "Nicht möglich. Das mobile Stadtbüro bietet diese Leistung nicht an.",
    },
    helpPoint: {
      label: "Mit Hilfe an einem Hilfepunkt",
      available: "Möglich. Die Hilfepunkte helfen Ihnen beim Online-Antrag:",
      link: "Hilfepunkte",
      notYet:
        "Noch nicht möglich. Die Hilfepunkte helfen bei Online-Anträgen, und einen Online-Antrag dafür gibt es auf dieser Seite noch nicht.",
      notOffered: "Nicht möglich. Die Hilfepunkte helfen bei dieser Leistung nicht.",
    },
    terminal: {
      label: "Am Selbstbedienungs-Terminal",
      noneInCity: (city: string) => `Noch nicht möglich. ${city} hat noch kein Selbstbedienungs-Terminal.`,
      notYet: "Noch nicht möglich. Am Terminal geht nur, was es auf dieser Seite online gibt.",
      notPossible: "Nicht möglich.",
    },
  },
  presence: {
    title: "Muss ich persönlich kommen?",
    required: (reason: string) => `Ja, Sie müssen persönlich kommen. ${reason}`,
    requiredOnSite: (reason: string) => `Ja, wenn Sie den Antrag vor Ort stellen. ${reason}`,
    onlineInstead: (provider: string) => `Online beim ${provider} geht es ohne Besuch.`,
    notRequired: "Nein, Sie müssen nicht selbst kommen.",
    proxy: "Eine andere Person kann das mit Ihrer schriftlichen Vollmacht für Sie erledigen.",
    inWriting: "Sie können den Antrag auch schriftlich stellen, zum Beispiel per Post.",
    noOtherWayYet:
      "Vorgeschrieben ist es nicht. Einen Weg ohne Besuch bietet diese Seite dafür aber noch nicht an.",
  },
  next: {
    title: "So geht es weiter",
    applyOnlineHere: "Online beantragen",
    applyOnline: (provider: string) => `Online beantragen beim ${provider}`,
    book: "Termin vereinbaren",
    contactOffice: "Wenden Sie sich direkt an das zuständige Amt. Adresse und Kontakt finden Sie hier:",
    inWriting: "Oder schicken Sie den Antrag schriftlich. Die Anschrift finden Sie hier:",
    askStadtbuero:
      "Über diese Seite können Sie das noch nicht beantragen. Bitte fragen Sie im Stadtbüro nach:",
    after: "Danach",
  },
};

export type CatalogMessages = typeof catalogDe;
