import { join } from "node:path";
import PostalMime from "postal-mime";
import { listOutbox, readOutboxRaw } from "../../src/platform/mail";

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;

/** Every message in the outbox below `dataDir`, parsed from its raw form (as a mail client would). */
export async function outboxMails(dataDir: string): Promise<Email[]> {
  const dir = join(dataDir, "outbox");
  const entries = await listOutbox(dir);
  const mails: Email[] = [];
  for (const e of entries) {
    const raw = await readOutboxRaw(dir, e.id);
    if (raw) mails.push(await PostalMime.parse(raw));
  }
  return mails;
}

/** The calendar file attached to a mail, as text. */
export function calendarOf(mail: Email): string {
  const ics = mail.attachments.find((a) => a.mimeType.startsWith("text/calendar"));
  if (!ics) throw new Error(`no calendar file in "${mail.subject}"`);
  return typeof ics.content === "string" ? ics.content : new TextDecoder().decode(ics.content);
}

/**
 * The value of a property of an iCalendar text (first occurrence, lines unfolded), e.g.
 * `icsValue(ics, "SEQUENCE")`; undefined when absent.
 */
export function icsValue(ics: string, property: string): string | undefined {
  const unfolded = ics.replace(/\r?\n[ \t]/g, "");
  return new RegExp(`^${property}(?:;[^:\\r\\n]*)?:(.*?)\\r?$`, "m").exec(unfolded)?.[1];
}
