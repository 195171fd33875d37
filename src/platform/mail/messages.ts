import type { Locale } from "../../domain/locale";

/** Texts of the development outbox pages. `en` is typed against `de`. */
const de = {
  title: "Postausgang (Entwicklung)",
  intro: (dir: string) =>
    `Hier erscheinen die E-Mails, die im Ordner ${dir} abgelegt wurden, statt versendet zu werden. Diese Seite gibt es nur außerhalb des Produktivbetriebs.`,
  smtpConfigured:
    "SMTP_URL ist gesetzt: Neue E-Mails werden über SMTP versendet und erscheinen hier nicht mehr.",
  empty: "Der Postausgang ist leer.",
  caption: (n: number) => (n === 1 ? "1 Nachricht, neueste zuerst" : `${n} Nachrichten, neueste zuerst`),
  date: "Datum",
  from: "Von",
  to: "An",
  subject: "Betreff",
  messageId: "Message-ID",
  noSubject: "(ohne Betreff)",
  headers: "Kopfzeilen",
  text: "Text",
  html: "Die Nachricht enthält außerdem eine HTML-Fassung.",
  attachments: "Anhänge",
  noAttachments: "Keine Anhänge.",
  bytes: (n: string) => `${n} Byte`,
  raw: "Nachricht als .eml-Datei herunterladen",
  back: "Zurück zum Postausgang",
};
export type MailMessages = typeof de;

const en: MailMessages = {
  title: "Outbox (development)",
  intro: (dir: string) =>
    `These are the e-mails that were written to the folder ${dir} instead of being sent. This page exists only outside production.`,
  smtpConfigured: "SMTP_URL is set: new e-mails are sent through SMTP and no longer appear here.",
  empty: "The outbox is empty.",
  caption: (n: number) => (n === 1 ? "1 message, newest first" : `${n} messages, newest first`),
  date: "Date",
  from: "From",
  to: "To",
  subject: "Subject",
  messageId: "Message-ID",
  noSubject: "(no subject)",
  headers: "Headers",
  text: "Text",
  html: "The message also has an HTML version.",
  attachments: "Attachments",
  noAttachments: "No attachments.",
  bytes: (n: string) => `${n} bytes`,
  raw: "Download the message as an .eml file",
  back: "Back to the outbox",
};

export const MAIL_MESSAGES: Record<Locale, MailMessages> = { de, en };
