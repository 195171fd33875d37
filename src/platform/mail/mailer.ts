import { randomUUID } from "node:crypto";
import { createTransport, type SendMailOptions } from "nodemailer";
import type { Config } from "../../config";
import { type Clock, systemClock } from "../clock";
import { outboxId, writeOutboxMessage } from "./outbox";

export type MailConfig = Config["mail"];

/**
 * One outgoing message. `text` is required: every mail has a plain-text body (screen
 * readers, text-only clients, mail scanners); `html` is an optional alternative. Write
 * German first; a bilingual mail puts the English text below the German one.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** e.g. `{ filename: "termin.ics", content: appointmentIcs(…), contentType: "text/calendar; charset=utf-8; method=REQUEST" }` */
  attachments?: { filename: string; content: string; contentType: string }[];
  /** extra headers such as `Content-Language` or `Auto-Submitted`; not the address or MIME headers */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** @returns the Message-ID header of the message, with its angle brackets */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export class MailError extends Error {
  override name = "MailError";
}

/** Headers the mailer sets itself; a caller must not replace them. */
const RESERVED_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "bcc",
  "reply-to",
  "sender",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
]);

function check(message: MailMessage): void {
  if (!message.to.trim()) throw new MailError("a mail needs a recipient");
  if (!message.text.trim()) throw new MailError("a mail needs a plain-text body");
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new MailError(`header not allowed: ${name}`);
    }
    if (/[\r\n]/.test(value)) throw new MailError(`line break in header ${name}`);
  }
}

/** The domain of the sender address, for Message-IDs (`<uuid@domain>`). */
function senderDomain(from: string): string {
  return /@([^<>@\s]+)>?\s*$/.exec(from)?.[1] ?? "stadtbuero.invalid";
}

function composeOptions(config: MailConfig, message: MailMessage, uuid: string, date: Date): SendMailOptions {
  return {
    from: config.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments?.map((a) => ({
      filename: a.filename,
      content: a.content,
      contentType: a.contentType,
    })),
    headers: message.headers,
    messageId: `<${uuid}@${senderDomain(config.from)}>`,
    date,
    // Content is always given inline: never read a file or fetch a URL named in a message.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The mailer for the configuration: SMTP when `smtpUrl` is set, otherwise the outbox folder
 * (see `outbox.ts`), which the dev page `/dev/outbox` shows.
 */
export function createMailer(config: MailConfig, clock: Clock = systemClock): Mailer {
  return config.smtpUrl ? smtpMailer(config, config.smtpUrl, clock) : outboxMailer(config, clock);
}

function smtpMailer(config: MailConfig, url: string, clock: Clock): Mailer {
  // One connection per message (no pool): mail is rare and a stale pooled connection is worse.
  // Timeouts well below nodemailer's minutes, so a dead server does not hold a request.
  const transport = createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message) {
      check(message);
      const info = await transport.sendMail(composeOptions(config, message, randomUUID(), clock.now()));
      return { messageId: info.messageId };
    },
    async close() {
      transport.close();
    },
  };
}

function outboxMailer(config: MailConfig, clock: Clock): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      check(message);
      const uuid = randomUUID();
      const date = clock.now();
      const info = await transport.sendMail(composeOptions(config, message, uuid, date));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new MailError("stream transport returned no buffer");
      const id = outboxId(date, uuid);
      await writeOutboxMessage(
        config.outboxDir,
        {
          version: 1,
          id,
          messageId: info.messageId,
          date: date.toISOString(),
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          hasHtml: message.html !== undefined,
          headers: message.headers ?? {},
          attachments: (message.attachments ?? []).map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: Buffer.byteLength(a.content, "utf8"),
          })),
        },
        raw,
      );
      return { messageId: info.messageId };
    },
    async close() {},
  };
}
