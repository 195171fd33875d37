import { z } from "zod";

/**
 * Where a report of a barrier stands: `new` on arrival, `in-progress` while someone works on
 * it, `answered` once the sender has a reply, `closed` when nothing more is to be done
 * (also without a reply, when no e-mail address was given).
 */
export const FEEDBACK_STATUSES = ["new", "in-progress", "answered", "closed"] as const;
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/**
 * The start of a message for a list: whitespace collapsed, cut after a whole word within
 * `maxChars`, with an ellipsis when something was left off.
 */
export function firstWords(message: string, maxChars = 90): string {
  const text = message.replace(/\s+/g, " ").trim();
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(" ");
  // one very long word (a pasted link) is cut where it must be
  const words = lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : text.slice(0, maxChars);
  return `${words.replace(/[\s,.;:!?–-]+$/, "")} …`;
}
