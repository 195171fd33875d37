import type { ElectionMessages } from "./elections-de";

/** English texts of the administration's election pages. */
export const electionsEn: ElectionMessages = {
  title: "Elections",
  intro:
    "For an election entered here, residents can apply online for a polling card (postal vote): from the first day of applications until the deadline.",
  none: "No election entered yet.",
  add: "Enter an election",
  newTitle: "New election",
  editTitle: (name: string) => `Election: ${name}`,
  backToList: "Back to the elections",
  columns: {
    name: "Election",
    electionDay: "Election day",
    period: "Online applications",
    status: "Status",
  },
  period: (from: string, to: string) => `${from} to ${to}`,
  open: "open for applications",
  upcoming: "not open yet",
  closed: "deadline passed",
  key: "Key",
  keyHint: "Lower-case letters, digits and hyphens, for example landtag-2028. Cannot be changed later.",
  nameDe: "Name (German)",
  nameDeHint: "For example: Wahl zum Hessischen Landtag",
  nameEn: "Name (English)",
  nameEnHint: "For example: Election to the Hessian Landtag",
  electionDay: "Election day",
  applicationsFrom: "First day of applications",
  applicationsFromHint: "From this day (midnight) residents can apply online. For example 28.8.2028",
  deadlineDate: "Deadline: day",
  deadlineDateHint:
    "Leave blank for the statutory deadline: the Friday before the election (§ 27 (4) BWO). For example 6.10.2028",
  deadlineTime: "Deadline: time",
  deadlineTimeHint: "Leave blank for 18:00.",
  deadlineText: (when: string) => `Online applications until ${when}`,
  create: "Enter the election",
  created: "The election has been entered.",
  isWithdrawn: "This election is withdrawn: the postal vote is not offered online for it.",
  withdrawHint:
    "Once withdrawn, the postal vote for this election is no longer offered online. Applications received stay.",
  withdrawnNotice: "The election has been withdrawn.",
  restoredNotice: "The election has been restored.",
  statusTitle: "Status",
};
