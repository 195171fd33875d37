/** The mails about a case, German. No personal data in any subject line. */
export const caseMailDe = {
  filedSubject: (site: string, reference: string) => `${site}: Antrag eingegangen – Vorgang ${reference}`,
  filedText: (p: {
    service: string;
    reference: string;
    link: string;
    site: string;
    inPerson: string | undefined;
  }) =>
    [
      "Guten Tag,",
      "",
      `Ihr Antrag „${p.service}“ ist bei uns eingegangen. Ihre Vorgangsnummer ist ${p.reference}.`,
      "",
      "Den Stand Ihres Antrags sehen Sie jederzeit unter diesem Link:",
      p.link,
      "",
      "Wer diesen Link hat, sieht Ihren Antrag. Bitte geben Sie ihn nicht weiter und bewahren Sie diese Nachricht auf.",
      ...(p.inPerson ? ["", `Noch zu tun: ${p.inPerson}`] : []),
      "",
      "Wir schreiben Ihnen, sobald sich am Stand etwas ändert.",
      "",
      `Ihr ${p.site}`,
    ].join("\n"),
  changedSubject: (site: string, reference: string) => `${site}: Neuigkeiten zu Vorgang ${reference}`,
  changedText: (p: {
    service: string;
    reference: string;
    status: string;
    detail: string | undefined;
    site: string;
  }) =>
    [
      "Guten Tag,",
      "",
      `der Stand Ihres Antrags „${p.service}“ (Vorgang ${p.reference}) hat sich geändert: ${p.status}.`,
      ...(p.detail ? ["", p.detail] : []),
      "",
      "Einzelheiten sehen Sie über den Link aus unserer Eingangsbestätigung.",
      "",
      `Ihr ${p.site}`,
    ].join("\n"),
  details: {
    "needs-information":
      "Wir haben eine Rückfrage an Sie. Bitte öffnen Sie Ihren Antrag über den Link und antworten Sie dort.",
    approved: "Ihr Antrag wurde genehmigt.",
    rejected: "Ihr Antrag wurde abgelehnt. Die Begründung steht auf der Seite Ihres Antrags.",
    completed: "Ihr Antrag ist abgeschlossen.",
    withdrawn: "Sie haben Ihren Antrag zurückgezogen. Er wird nicht weiter bearbeitet.",
  } as Partial<Record<string, string>>,
};
export type CaseMailMessages = typeof caseMailDe;
