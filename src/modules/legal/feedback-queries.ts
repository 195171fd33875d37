import { type Kysely, sql, type Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import { FeedbackStatus, firstWords } from "./domain/feedback-inbox";

/** A report as the inbox lists it: the start of the message, never the e-mail address. */
export interface FeedbackSummary {
  id: number;
  receivedAt: Date;
  locale: "de" | "en";
  page: string | null;
  status: FeedbackStatus;
  excerpt: string;
  /** whether the sender left an address for a reply */
  replyWanted: boolean;
}

/** A whole report, with the sender's e-mail address when given. */
export interface FeedbackMessage {
  id: number;
  receivedAt: Date;
  locale: "de" | "en";
  page: string | null;
  status: FeedbackStatus;
  message: string;
  email: string | null;
}

const Locale = z.enum(["de", "en"]);
// enough for the list's excerpt, without carrying whole messages over the wire
const EXCERPT_SOURCE = 300;

/** Reports newest first, optionally of one status, older than `beforeId` (the next page). */
export async function listFeedback(
  db: Kysely<DB>,
  tenantId: string,
  filter: { status?: FeedbackStatus; beforeId?: number; limit: number },
): Promise<FeedbackSummary[]> {
  let q = db
    .selectFrom("accessibility_feedback")
    .select([
      "id",
      "received_at",
      "locale",
      "page_url",
      "status",
      sql<string>`left(message, ${sql.lit(EXCERPT_SOURCE)})`.as("start"),
      sql<boolean>`email is not null`.as("reply_wanted"),
    ])
    .where("tenant_id", "=", tenantId);
  if (filter.status) q = q.where("status", "=", filter.status);
  if (filter.beforeId !== undefined) q = q.where("id", "<", filter.beforeId);
  const rows = await q.orderBy("id", "desc").limit(filter.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    receivedAt: new Date(r.received_at),
    locale: Locale.parse(r.locale),
    page: r.page_url,
    status: FeedbackStatus.parse(r.status),
    excerpt: firstWords(r.start),
    replyWanted: Boolean(r.reply_wanted),
  }));
}

export async function findFeedback(
  db: Kysely<DB>,
  tenantId: string,
  id: number,
): Promise<FeedbackMessage | undefined> {
  const r = await db
    .selectFrom("accessibility_feedback")
    .select(["id", "received_at", "locale", "page_url", "status", "message", "email"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      receivedAt: new Date(r.received_at),
      locale: Locale.parse(r.locale),
      page: r.page_url,
      status: FeedbackStatus.parse(r.status),
      message: r.message,
      email: r.email,
    }
  );
}

/**
 * Sets a report's status.
 * @returns the status it had before, or undefined when there is no such report
 */
export async function updateFeedbackStatus(
  trx: Transaction<DB>,
  tenantId: string,
  id: number,
  status: FeedbackStatus,
): Promise<FeedbackStatus | undefined> {
  const before = await trx
    .selectFrom("accessibility_feedback")
    .select("status")
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  await trx
    .updateTable("accessibility_feedback")
    .set({ status })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", id)
    .execute();
  return FeedbackStatus.parse(before.status);
}
