import type { CatalogMessages } from "./de";

/** Texts about how a service is done, English. */
export const catalogEn: CatalogMessages = {
  ways: {
    title: "How and where can I do this?",
    online: {
      label: "Online",
      availableHere: "Possible, here on this site:",
      linkHere: "Apply online",
      available: (provider: string) => `Possible, online at the ${provider}:`,
      link: (provider: string) => `Online application at the ${provider}`,
      notYet: "Not possible yet. This site does not have an online application for it yet.",
      notPossible: (reason: string) => `Not possible. ${reason}`,
    },
    office: {
      label: "On site",
      appointment: "Possible, with an appointment:",
      contactOffice:
        "Possible, directly at the responsible office. You cannot book an appointment for it on this site:",
      notOffered: "Not possible.",
    },
    mobile: {
      label: "At the mobile Stadtbüro",
      appointment: "Possible, with an appointment at a stop:",
      link: "Stops and timetable",
      notOffered: "Not possible. The mobile Stadtbüro does not offer this service.",
    },
    helpPoint: {
      label: "With help at a help point",
      available: "Possible. The help points help you with the online application:",
      link: "Help points",
      notYet:
        "Not possible yet. The help points help with online applications, and this site does not have an online application for it yet.",
      notOffered: "Not possible. The help points do not help with this service.",
    },
    terminal: {
      label: "At a self-service terminal",
      noneInCity: (city: string) => `Not possible yet. ${city} has no self-service terminal yet.`,
      notYet: "Not possible yet. A terminal only offers what this site offers online.",
      notPossible: "Not possible.",
    },
  },
  presence: {
    title: "Do I have to come in person?",
    required: (reason: string) => `Yes, you have to come in person. ${reason}`,
    requiredOnSite: (reason: string) => `Yes, if you apply on site. ${reason}`,
    onlineInstead: (provider: string) => `Online at the ${provider}, no visit is needed.`,
    notRequired: "No, you do not have to come yourself.",
    proxy: "Someone else can do it for you with your written authorisation.",
    inWriting: "You can also apply in writing, for example by post.",
    noOtherWayYet: "It is not required. But this site does not offer a way without a visit for it yet.",
  },
  next: {
    title: "What happens next",
    applyOnlineHere: "Apply online",
    applyOnline: (provider: string) => `Apply online at the ${provider}`,
    book: "Book an appointment",
    contactOffice: "Contact the responsible office directly. You find its address and contact details here:",
    inWriting: "Or send your application in writing. You find the address here:",
    askStadtbuero: "You cannot apply for this through this site yet. Please ask at the Stadtbüro:",
    after: "After that",
  },
};
