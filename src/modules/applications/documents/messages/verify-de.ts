/** Texts of the public verification page (`/pruefen`), German. `en` is typed against them. */
export const verifyDe = {
  title: "Dokument auf Echtheit prüfen",
  titleWithResult: "Ergebnis der Echtheitsprüfung",
  lead: "Meldebescheinigungen und Gebührenbescheide der Stadt tragen unten auf jeder Seite einen Prüfcode. Mit ihm können Sie prüfen, ob die Stadt das Dokument ausgestellt hat und ob es noch gilt.",
  privacy:
    "Die Prüfung zeigt nur die Art des Dokuments und den Tag der Ausstellung, nie seinen Inhalt. Vergleichen Sie beides mit dem Dokument, das Ihnen vorliegt.",
  codeLabel: "Prüfcode",
  codeHint:
    "13 Zeichen, zum Beispiel 7KQ2-M9XD-4HTF-8. Groß- und Kleinschreibung und die Bindestriche spielen keine Rolle.",
  submit: "Prüfen",
  errorSummaryTitle: "Bitte prüfen Sie Ihre Eingabe",
  problems: {
    empty: "Geben Sie den Prüfcode ein, der unten auf dem Dokument steht.",
    format:
      "Geben Sie den Prüfcode so ein, wie er auf dem Dokument steht: 13 Buchstaben und Ziffern, zum Beispiel 7KQ2-M9XD-4HTF-8.",
    check:
      "Im Prüfcode ist ein Zeichen falsch oder vertauscht. Vergleichen Sie ihn Zeichen für Zeichen mit dem Dokument.",
  },
  valid: {
    title: (kind: string, date: string) => `Echt: ${kind}, ausgestellt am ${date}`,
    text: "Die Stadt hat das Dokument mit diesem Prüfcode ausgestellt, und es wurde nicht widerrufen.",
  },
  revoked: {
    title: "Dieses Dokument wurde widerrufen",
    text: (kind: string, date: string) =>
      `Die Stadt hat das Dokument mit diesem Prüfcode (${kind}, ausgestellt am ${date}) widerrufen. Es gilt nicht mehr.`,
  },
  unknown: {
    title: "Kein Dokument gefunden",
    text: "Zu diesem Code gibt es kein Dokument. Prüfen Sie die Eingabe.",
  },
  checkedCode: (code: string) => `Geprüfter Code: ${code}`,
  doubtTitle: "Haben Sie Zweifel?",
  doubtText:
    "Wenn das Ergebnis nicht zum Dokument passt oder Sie den Inhalt bestätigt haben möchten, wenden Sie sich an das Stadtbüro. Nennen Sie dabei den Prüfcode.",
  locationsLink: "Orte und Öffnungszeiten",
  another: "Weiteres Dokument prüfen",
};

export type VerifyMessages = typeof verifyDe;
