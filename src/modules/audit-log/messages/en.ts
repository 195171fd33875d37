import type { AuditLogMessages } from "./de";

export const auditLogEn: AuditLogMessages = {
  title: "Audit log",
  intro:
    "Who read or changed which personal data when, and who managed access. Entries name records only by number or key. Viewing and downloading this log is recorded too.",
  filter: {
    legend: "Choose entries",
    from: "From (date)",
    to: "To (date, inclusive)",
    dateHint: (zone: string) => `For example 2026-11-21 or 21.11.2026; time zone ${zone}`,
    username: "User name",
    usernameHint: "Exactly as signed in, e.g. m.mueller",
    action: "Action starts with",
    actionHint: "For example staff. for all sign-ins and account changes, or feedback.read",
    optional: "optional",
    submit: "Show",
    reset: "Clear the choice",
    download: "Download the choice as CSV",
    downloadHint: "For spreadsheets such as Excel or LibreOffice: semicolon-separated, UTF-8.",
  },
  problems: {
    fromInvalid: "Enter the from date as a date, for example 2026-11-21.",
    toInvalid: "Enter the to date as a date, for example 2026-11-21.",
    toBeforeFrom: "The to date must not be before the from date.",
    usernameInvalid: "A user name has at most 40 characters.",
    actionInvalid:
      "An action consists only of lower-case letters, hyphens and dots, for example staff.sign-in.",
    tooMany: (max: string) =>
      `The choice holds more than ${max} entries. Narrow the period for the download.`,
  },
  table: {
    caption: (n: number, more: boolean) =>
      n === 0
        ? "No entries"
        : `${n} ${n === 1 ? "entry" : "entries"}${more ? ", more on the next page" : ""}`,
    when: "When",
    who: "Who",
    what: "What",
    subject: "Record",
    detail: "Details",
    from: "From where",
    system: "System",
    none: "–",
  },
  empty: "There are no entries for this choice.",
  paging: "Pages",
  older: "Older entries",
  newest: "To the newest entries",
  csv: {
    fileName: (date: string) => `audit-log-${date}.csv`,
    id: "No.",
    when: (zone: string) => `Time (${zone})`,
    who: "User",
    what: "Action",
    subject: "Record",
    detail: "Details",
    from: "Address",
  },
};
