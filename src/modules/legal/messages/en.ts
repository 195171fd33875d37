import type { LegalMessages } from "./de";

/** Texts of the legally required pages, English. The German version is the binding one. */
export const legalEn: LegalMessages = {
  imprint: {
    publisher: "Publisher",
    representedBy: "Represented by",
    contact: "Contact",
    phone: "Phone",
    email: "E-mail",
    web: "Website",
    supervisory: "Supervisory authority",
    software: "Software",
    softwareText:
      "This website runs on Stadtbüro, an open platform for municipal citizen services, published under the EUPL-1.2 licence. Designed with KERN, the design system of the German public administration.",
    regionalKey: "Official regional key",
  },
  privacy: {
    intro:
      "We process as little personal data on this website as possible. Here you learn which data that is, what we need it for and what rights you have (Article 13 of the General Data Protection Regulation, GDPR).",
    controller: "Controller",
    dpo: "Data protection officer",
    visitTitle: "When you visit the website",
    visitText:
      "Our server processes your IP address to send you the pages, and counts requests per address for a minute in our database, under a keyed hash instead of the address, to limit abuse. Our logs keep only the kind of request, the path requested without search words, the time and the result, not your IP address. The legal basis is Art. 6(1)(e) GDPR together with § 3 of the Hessian Data Protection and Freedom of Information Act (HDSIG).",
    cookiesTitle: "Cookies",
    cookiesText:
      "We use no tracking and no analytics. Only when you open a form do we set a technically necessary cookie that protects the form against forgery (cross-site request forgery). It holds nothing about you and is deleted when you close the browser.",
    searchTitle: "Search",
    searchText: "Your search words are used only for the search and are not stored.",
    feedbackTitle: "Reporting a barrier",
    feedbackText:
      "When you write to us with the form in the accessibility statement, we store your message, the page concerned and, if you give it, your e-mail address, to deal with your request and to answer you. The legal basis is Art. 6(1)(c) and (e) GDPR together with § 14 of the Hessian Disability Equality Act (HessBGG).",
    appointmentsTitle: "Appointments",
    appointmentsText: (days: number) =>
      `For an appointment we store your name, your e-mail address, your phone number if you give it, and the support you need, to give you the appointment, remind you and reach you if anything changes. We keep your IP address only as an encrypted check value, to limit mass bookings. ${days} days after the appointment we delete these details; all that remains is anonymous: when an appointment took place and what for. The legal basis is Art. 6(1)(e) GDPR together with § 3 HDSIG.`,
    waitlistTitle: "Waiting list",
    waitlistText: (p: { days: number; confirmHours: number; lapseDays: number }) =>
      `On the waiting list we store your name, your e-mail address and your wishes (places, times, services) until you have an appointment or leave the list. ${p.days} days later we delete the entry. An entry you do not confirm within ${p.confirmHours} hours through the link in our e-mail is deleted then. When an offer runs out without you booking the appointment, we remember this for ${p.lapseDays} days, with your e-mail address only as an encrypted check value: after two offers that ran out, the address receives no further offers.`,
    applicationsTitle: "Online applications",
    applicationsText: (p: { draftDays: number; days: number }) =>
      `For an online application we store your answers, the files you upload, your e-mail address and, if you give it, your phone number, encrypted and readable only by the staff who process that service. Every access is logged, without your answers. An application you do not send is deleted ${p.draftDays} days after its last change. A case is deleted with all answers, files and documents ${p.days} days after it was completed, withdrawn or rejected, unless another period is given below. The legal basis is Art. 6(1)(e) GDPR together with the law that governs the service.`,
    applicationsCaption: "How long cases are kept, per service",
    applicationsService: "Service",
    applicationsDays: "Deleted after the end",
    days: (n: number) => (n === 1 ? "1 day" : `${n} days`),
    homeVisitTitle: "Home visits",
    homeVisitText:
      "For a home visit request we store what you enter in the form, to arrange the visit with you. We delete it when it is no longer needed for that.",
    retentionTitle: "How long we keep data",
    retentionText:
      "We keep data only as long as we need it for the stated purpose. The city sets the exact period for accessibility reports; it will be added here.",
    rightsTitle: "Your rights",
    rights: [
      "access to the data stored about you (Art. 15 GDPR)",
      "correction of inaccurate data (Art. 16 GDPR)",
      "erasure (Art. 17 GDPR) and restriction of processing (Art. 18 GDPR)",
      "objection to the processing (Art. 21 GDPR)",
      "complaint to the data protection supervisory authority (Art. 77 GDPR)",
    ],
    supervisor: "Data protection supervisory authority",
  },
  accessibility: {
    intro: (site: string) =>
      `The city strives to make the website ${site} accessible. The legal basis is § 14 of the Hessian Disability Equality Act (HessBGG) and the Hessian regulation on accessible information technology (HVBIT), which refers to the European standard EN 301 549 and thus to WCAG 2.1 level AA.`,
    statusTitle: "Compliance status",
    statusText: "This website is partially compliant. The following content is not yet accessible.",
    gaps: [
      "There are no explanations in German Sign Language yet.",
      "Information in Easy German exists only for the start page so far.",
      "A full audit by an independent testing body is still pending.",
    ],
    methodTitle: "Preparation of this statement",
    methodText: (date: string) =>
      `This statement was prepared on ${date}. It is based on a self-assessment. Every version of the software is automatically checked with testing tools (axe-core) for violations of WCAG 2.1 A and AA, with and without JavaScript, and operated by hand with the keyboard.`,
    enforcementTitle: "Enforcement procedure",
    enforcementText:
      "If you receive no satisfactory answer to your report, you can turn to the enforcement body.",
  },
  easyLanguage: {
    title: "Leichte Sprache",
    paragraphs: [],
    searchLink: "Zur Suche",
    feedbackLink: "Barriere melden",
  },
};
