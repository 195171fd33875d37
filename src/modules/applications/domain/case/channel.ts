import { z } from "zod";
import type { LocalizedText } from "../../../../domain/locale";

/** Where a case was filed: the channels of the platform, all on one record. */
export const CASE_CHANNELS = ["online", "terminal", "help-point", "stadtbuero", "mobile"] as const;
export const CaseChannel = z.enum(CASE_CHANNELS);
export type CaseChannel = z.infer<typeof CaseChannel>;

/**
 * Channels where a staff member files the case with the resident (help point, counter, mobile
 * team): such a case is always "assisted by" that person. Online at home and at the foyer
 * terminal, residents file on their own.
 */
export const ASSISTED_CHANNELS: readonly CaseChannel[] = ["help-point", "stadtbuero", "mobile"];

export function isAssistedChannel(channel: CaseChannel): boolean {
  return ASSISTED_CHANNELS.includes(channel);
}

export const CASE_CHANNEL_LABELS: Record<CaseChannel, LocalizedText> = {
  online: { de: "Online", en: "Online" },
  terminal: { de: "Selbstbedienungs-Terminal", en: "Self-service terminal" },
  "help-point": { de: "Hilfepunkt", en: "Help point" },
  stadtbuero: { de: "Stadtbüro", en: "Stadtbüro" },
  mobile: { de: "Mobiles Stadtbüro", en: "Mobile Stadtbüro" },
};
