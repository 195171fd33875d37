import type { Locale } from "../../domain/locale";
import type { Database } from "../../platform/db/database";
import { type FeedbackParse, parseFeedback } from "./domain/feedback";
import { insertFeedback } from "./queries";

/**
 * Validates and stores a report from the accessibility statement's form.
 * @returns the validation result; nothing is stored when it is not ok
 */
export async function submitFeedback(
  database: Database,
  tenantId: string,
  locale: Locale,
  form: Record<string, unknown>,
): Promise<FeedbackParse> {
  const parsed = parseFeedback(form);
  if (parsed.ok) await insertFeedback(database.db, tenantId, locale, parsed.value);
  return parsed;
}
