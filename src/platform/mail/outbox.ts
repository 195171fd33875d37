import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/**
 * The outbox folder: where mail goes when no SMTP server is configured. Each message is two
 * files named by the same id:
 *
 * - `<id>.eml`: the message exactly as it would have been sent (RFC 5322, CRLF line ends);
 *   opens in any mail client.
 * - `<id>.json`: a summary written at send time (`OutboxSummary`), so listing and showing
 *   a message needs no MIME parser.
 *
 * The id is `<UTC time, 20250314T093000123Z>-<uuid>`: file names sort by time, and the uuid
 * is the local part of the message's Message-ID.
 */

const ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a well-formed outbox id; anything else (`..`, slashes) never reaches the file system. */
export function isOutboxId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The outbox id for a message sent at `date` with the Message-ID local part `uuid`. */
export function outboxId(date: Date, uuid: string): string {
  const id = `${date.toISOString().replace(/[-:.]/g, "")}-${uuid}`;
  if (!isOutboxId(id)) throw new Error(`not an outbox id: ${id}`);
  return id;
}

const OutboxSummary = z.object({
  version: z.literal(1),
  id: z.string().regex(ID_PATTERN),
  messageId: z.string(),
  /** ISO instant */
  date: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  hasHtml: z.boolean(),
  headers: z.record(z.string(), z.string()),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })),
});
export type OutboxSummary = z.infer<typeof OutboxSummary>;

/** One line of the outbox list. */
export interface OutboxEntry {
  id: string;
  /** ISO instant */
  date: string;
  to: string;
  subject: string;
}

/** One message as the dev page shows it. */
export type OutboxMessage = OutboxSummary;

/** Writes both files; the summary last and by rename, so a listed message is always complete. */
export async function writeOutboxMessage(dir: string, summary: OutboxSummary, raw: Buffer): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${summary.id}.eml`), raw);
  const partial = join(dir, `${summary.id}.json.partial`);
  await writeFile(partial, `${JSON.stringify(summary, null, 2)}\n`, "utf8");
  await rename(partial, join(dir, `${summary.id}.json`));
}

async function readSummary(dir: string, id: string): Promise<OutboxSummary | undefined> {
  let content: string;
  try {
    content = await readFile(join(dir, `${id}.json`), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = OutboxSummary.safeParse(JSON.parse(content));
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  } catch {
    return undefined; // not JSON: someone else's file, skip it
  }
}

/** The messages in the outbox, newest first. A missing folder is an empty outbox. */
export async function listOutbox(dir: string): Promise<OutboxEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const ids = names
    .filter((n) => n.endsWith(".json"))
    .map((n) => n.slice(0, -".json".length))
    .filter(isOutboxId)
    .sort()
    .reverse();
  const summaries = await Promise.all(ids.map((id) => readSummary(dir, id)));
  return summaries
    .filter((s): s is OutboxSummary => s !== undefined)
    .map(({ id, date, to, subject }) => ({ id, date, to, subject }));
}

/** One message: headers, plain text and attachment names; undefined for an unknown or malformed id. */
export async function readOutboxMessage(dir: string, id: string): Promise<OutboxMessage | undefined> {
  if (!isOutboxId(id)) return undefined;
  return readSummary(dir, id);
}

/** The message as an RFC 5322 file (`.eml`); undefined for an unknown or malformed id. */
export async function readOutboxRaw(dir: string, id: string): Promise<Buffer | undefined> {
  if (!isOutboxId(id)) return undefined;
  try {
    return await readFile(join(dir, `${id}.eml`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
