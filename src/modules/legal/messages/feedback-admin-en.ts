import type { FeedbackAdminMessages } from "./feedback-admin-de";

export const feedbackAdminEn: FeedbackAdminMessages = {
  statuses: {
    new: "New",
    "in-progress": "In progress",
    answered: "Answered",
    closed: "Closed",
  },
  list: {
    title: "Accessibility feedback",
    intro:
      "Reports from the form of the accessibility statement. Under the Hessian Disability Equality Act a report must be answered promptly, within one month at the latest. Opening a report is recorded in the audit log.",
    filter: "Status",
    all: "All",
    show: "Show",
    caption: (n: number, more: boolean) =>
      `${n} ${n === 1 ? "report" : "reports"}${more ? ", more on the next page" : ""}`,
    empty: "There are no reports with this status.",
    received: "Received",
    status: "Status",
    page: "Page concerned",
    message: "Message (start)",
    reply: "Reply wanted",
    yes: "yes",
    no: "no",
    none: "–",
    paging: "Pages",
    older: "Older reports",
    newest: "To the newest reports",
  },
  detail: {
    title: (id: number) => `Report no. ${id}`,
    received: "Received",
    language: "Language of the form",
    languages: { de: "German", en: "English" },
    page: "Page concerned",
    noPage: "not given",
    email: "E-mail address for the reply",
    noEmail: "none given – a reply is not possible",
    status: "Status",
    message: "Message",
    change: "Change the status",
    submit: "Save status",
    statusInvalid: "Select one of the statuses in the list.",
    saved: "The status is saved.",
    back: "Back to the list",
  },
};
