/*
 * The mails a resident gets about their visit request once staff handle it: the scheduled
 * visit, and a visit that had to be cancelled. They say when, where and whom to call, and
 * nothing else about the person. German first; `en` is typed against it.
 */

/** The number to call, and whether it is a demo tenant's made-up one. */
export interface CallBack {
  number: string;
  demo: boolean;
}

/** Where the visit takes place: at a stop (with its address), or at the person's own place. */
export type VisitPlace =
  | { kind: "stop"; line: string }
  | { kind: "care-home"; name: string }
  | { kind: "home"; address: string };

export interface ScheduledMailInput {
  code: string;
  rescheduled: boolean;
  /** "Dienstag, 19. Januar 2027" */
  date: string;
  /** the time window, "HH:MM" */
  from: string;
  until: string;
  place: VisitPlace;
  phone: CallBack;
  siteName: string;
}

export interface ReopenedMailInput {
  code: string;
  /** "Dienstag, 19. Januar 2027" */
  date: string;
  /** the cancelled visit's window, "HH:MM"; `until` unknown for visits scheduled before windows were kept */
  from: string;
  until: string | undefined;
  /** the stop's name and address */
  place: string;
  reason: string;
  phone: CallBack;
  siteName: string;
}

const phoneDe = (p: CallBack) =>
  p.demo ? `${p.number} (Demo-Nummer, unter der niemand erreichbar ist)` : p.number;
const windowDe = (from: string, until: string | undefined) =>
  until ? `zwischen ${from} und ${until} Uhr` : `ab ${from} Uhr`;
const closingDe = (siteName: string) => [
  "",
  "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
  "",
  "Mit freundlichen Grüßen",
  siteName,
];

export const visitMailDe = {
  scheduled: {
    subject: (code: string) => `Ihr Termin für den Hausbesuch (${code})`,
    text: (m: ScheduledMailInput) => {
      const atStop = m.place.kind === "stop";
      const intro = atStop
        ? m.rescheduled
          ? `der Termin zu Ihrer Anfrage ${m.code} hat sich geändert. Bitte kommen Sie jetzt zu dieser Zeit zum mobilen Stadtbüro:`
          : `wir haben den Besuch zu Ihrer Anfrage ${m.code} geplant. Bitte kommen Sie zu dieser Zeit zum mobilen Stadtbüro:`
        : m.rescheduled
          ? `der Termin für den Hausbesuch zu Ihrer Anfrage ${m.code} hat sich geändert. Das Team des mobilen Stadtbüros kommt jetzt zu dieser Zeit zu Ihnen:`
          : `wir haben den Hausbesuch zu Ihrer Anfrage ${m.code} geplant. Das Team des mobilen Stadtbüros kommt zu Ihnen:`;
      const where =
        m.place.kind === "stop"
          ? `Wo: ${m.place.line}`
          : m.place.kind === "care-home"
            ? `Wohin: in Ihre Einrichtung, ${m.place.name}`
            : `Wohin: zu Ihnen nach Hause, ${m.place.address}`;
      return [
        "Guten Tag,",
        "",
        intro,
        "",
        `Wann: ${m.date}, ${windowDe(m.from, m.until)}`,
        where,
        "",
        `Wenn der Termin nicht passt, rufen Sie uns bitte an: ${phoneDe(m.phone)}. Nennen Sie dabei Ihre Vorgangsnummer ${m.code}.`,
        "Beim mobilen Stadtbüro können Sie nur mit Karte bezahlen, nicht bar.",
        ...closingDe(m.siteName),
      ].join("\n");
    },
  },
  reopened: {
    subject: (code: string) => `Ihr Termin fällt aus (${code})`,
    text: (m: ReopenedMailInput) =>
      [
        "Guten Tag,",
        "",
        `leider muss das mobile Stadtbüro seinen Besuch am ${m.date} absagen. Grund: ${m.reason}`,
        "",
        `Ihr Termin zu Ihrer Anfrage ${m.code} an diesem Tag (${windowDe(m.from, m.until)}, ${m.place}) fällt deshalb aus. Wir bitten um Entschuldigung.`,
        "",
        "Ihre Anfrage bleibt bestehen: Wir rufen Sie an und vereinbaren einen neuen Termin.",
        `Sie können uns auch selbst anrufen: ${phoneDe(m.phone)}. Nennen Sie dabei Ihre Vorgangsnummer ${m.code}.`,
        ...closingDe(m.siteName),
      ].join("\n"),
  },
};
export type VisitMailMessages = typeof visitMailDe;
