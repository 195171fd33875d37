import type { Locale } from "../../../domain/locale";
import { type QueueMessages, queueDe } from "../messages/de";
import { queueEn } from "../messages/en";

export const QUEUE_MESSAGES: Record<Locale, QueueMessages> = { de: queueDe, en: queueEn };

/** "schalter-3" → "Schalter 3" / "Counter 3"; other keys are shown with spaces. */
export function counterName(q: QueueMessages, key: string): string {
  const numbered = /^(?:schalter|counter)-(\d+)$/.exec(key);
  if (numbered?.[1]) return q.counterLabel(numbered[1]);
  const desk = /^(?:platz|desk)-(\d+)$/.exec(key);
  if (desk?.[1]) return `${q.deskLabel} ${desk[1]}`;
  return key.replace(/-/g, " ").replace(/^\w/, (c) => c.toUpperCase());
}

const clocks = new Map<string, Intl.DateTimeFormat>();
/** "09:15" in the tenant's zone. */
export function clockTime(locale: Locale, timeZone: string, at: Date): string {
  const key = `${locale}|${timeZone}`;
  let f = clocks.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { timeStyle: "short", timeZone });
    clocks.set(key, f);
  }
  return f.format(at);
}
