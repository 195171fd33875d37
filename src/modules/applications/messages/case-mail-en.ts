import type { CaseMailMessages } from "./case-mail-de";

export const caseMailEn: CaseMailMessages = {
  filedSubject: (site: string, reference: string) => `${site}: application received – case ${reference}`,
  filedText: (p) =>
    [
      "Hello,",
      "",
      `We have received your application "${p.service}". Your case reference is ${p.reference}.`,
      "",
      "You can see the status of your application at any time with this link:",
      p.link,
      "",
      "Anyone with this link can see your application. Please do not pass it on, and keep this message.",
      ...(p.inPerson ? ["", `Still to do: ${p.inPerson}`] : []),
      "",
      "We will write to you as soon as the status changes.",
      "",
      p.site,
    ].join("\n"),
  changedSubject: (site: string, reference: string) => `${site}: news about case ${reference}`,
  changedText: (p) =>
    [
      "Hello,",
      "",
      `The status of your application "${p.service}" (case ${p.reference}) has changed: ${p.status}.`,
      ...(p.detail ? ["", p.detail] : []),
      "",
      "You can see the details with the link from our confirmation of receipt.",
      "",
      p.site,
    ].join("\n"),
  details: {
    "needs-information":
      "We have a question for you. Please open your application with the link and answer there.",
    approved: "Your application has been approved.",
    rejected: "Your application has been rejected. The reasons are on the page of your application.",
    completed: "Your application is completed.",
    withdrawn: "You have withdrawn your application. It will not be processed further.",
  },
};
