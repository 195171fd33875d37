import type { Kysely } from "kysely";
import type { Locale } from "../../domain/locale";
import type { DB } from "../../platform/db/schema";
import type { FeedbackInput } from "./domain/feedback";

export async function insertFeedback(
  db: Kysely<DB>,
  tenantId: string,
  locale: Locale,
  input: FeedbackInput,
): Promise<number> {
  const row = await db
    .insertInto("accessibility_feedback")
    .values({
      tenant_id: tenantId,
      locale,
      message: input.message,
      email: input.email ?? null,
      page_url: input.page ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
