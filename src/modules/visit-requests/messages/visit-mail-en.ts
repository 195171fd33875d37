import type { CallBack, ReopenedMailInput, ScheduledMailInput, VisitMailMessages } from "./visit-mail-de";

const phoneEn = (p: CallBack) => (p.demo ? `${p.number} (a demo number that reaches no one)` : p.number);
const windowEn = (from: string, until: string | undefined) =>
  until ? `between ${from} and ${until}` : `from ${from}`;
const closingEn = (siteName: string) => [
  "",
  "This e-mail was created automatically. Please do not reply to it.",
  "",
  "Kind regards",
  siteName,
];

export const visitMailEn: VisitMailMessages = {
  scheduled: {
    subject: (code: string) => `Your home visit appointment (${code})`,
    text: (m: ScheduledMailInput) => {
      const atStop = m.place.kind === "stop";
      const intro = atStop
        ? m.rescheduled
          ? `the appointment for your request ${m.code} has changed. Please come to the mobile Stadtbüro at this time now:`
          : `we have scheduled the visit for your request ${m.code}. Please come to the mobile Stadtbüro at this time:`
        : m.rescheduled
          ? `the appointment for the home visit for your request ${m.code} has changed. The team of the mobile Stadtbüro now comes to you at this time:`
          : `we have scheduled the home visit for your request ${m.code}. The team of the mobile Stadtbüro comes to you:`;
      const where =
        m.place.kind === "stop"
          ? `Where: ${m.place.line}`
          : m.place.kind === "care-home"
            ? `Where to: your care home, ${m.place.name}`
            : `Where to: your home, ${m.place.address}`;
      return [
        "Hello,",
        "",
        intro,
        "",
        `When: ${m.date}, ${windowEn(m.from, m.until)}`,
        where,
        "",
        `If the appointment does not suit you, please call us: ${phoneEn(m.phone)}. Please give your reference number ${m.code}.`,
        "At the mobile Stadtbüro you can pay by card only, not in cash.",
        ...closingEn(m.siteName),
      ].join("\n");
    },
  },
  reopened: {
    subject: (code: string) => `Your appointment is cancelled (${code})`,
    text: (m: ReopenedMailInput) =>
      [
        "Hello,",
        "",
        `unfortunately the mobile Stadtbüro has to cancel its visit on ${m.date}. Reason: ${m.reason}`,
        "",
        `Your appointment for your request ${m.code} on that day (${windowEn(m.from, m.until)}, ${m.place}) is therefore cancelled. We apologise.`,
        "",
        "Your request still stands: we will call you to arrange a new appointment.",
        `You can also call us yourself: ${phoneEn(m.phone)}. Please give your reference number ${m.code}.`,
        ...closingEn(m.siteName),
      ].join("\n"),
  },
};
