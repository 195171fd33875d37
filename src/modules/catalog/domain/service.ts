import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";
import { CleanLine, Slug } from "../../../domain/text";

export { Slug };

/** One amount of a fee, in euro cents, with the condition under which it applies. */
export const FeeItem = z.object({
  /** "base" amounts are alternatives; a "surcharge" adds to a base amount (express, 48 pages). */
  kind: z.enum(["base", "surcharge"]).default("base"),
  amountCents: z.number().int().nonnegative(),
  /** e.g. "ab 24 Jahren" / "aged 24 or over"; absent when the amount always applies */
  condition: LocalizedText.optional(),
});
export type FeeItem = z.infer<typeof FeeItem>;

/**
 * What a service costs. An amount that is not a known fact is stored as `unknown`
 * and shown honestly, never invented.
 */
export const Fee = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("free"), note: LocalizedText.optional() }),
  z.object({ kind: z.literal("unknown"), note: LocalizedText.optional() }),
  z.object({
    kind: z.literal("amounts"),
    items: z.array(FeeItem).min(1),
    /** the date from which these amounts apply (e.g. the ID card fee of 7 Feb 2026) */
    validFrom: z.iso.date().optional(),
    note: LocalizedText.optional(),
  }),
]);
export type Fee = z.infer<typeof Fee>;

/** How a service can be applied for online, if at all. */
export const OnlineChannel = z.discriminatedUnion("kind", [
  /** a form of this platform (built by later modules) */
  z.object({ kind: z.literal("own"), path: CleanLine.startsWith("/") }),
  /** another authority's or the city's portal */
  z.object({ kind: z.literal("external"), url: z.url({ protocol: /^https$/ }), provider: LocalizedText }),
]);
export type OnlineChannel = z.infer<typeof OnlineChannel>;

export const Channels = z.object({
  online: OnlineChannel.nullable(),
  stadtbuero: z.boolean(),
  mobile: z.boolean(),
  helpPoint: z.boolean(),
  terminal: z.boolean(),
});
export type Channels = z.infer<typeof Channels>;

export const ServiceGroup = z.object({
  key: Slug,
  name: LocalizedText,
  description: LocalizedText,
});
export type ServiceGroup = z.infer<typeof ServiceGroup>;

/** A service of the municipality (a Leistung), as the catalogue describes it. */
export const Service = z.object({
  key: Slug,
  /** nationwide LeiKa key (14 digits), only where known */
  leikaKey: z
    .string()
    .regex(/^\d{14}$/, "14 digits")
    .nullable(),
  group: Slug,
  name: LocalizedText,
  summary: LocalizedText,
  /** everyday words people search with, beyond the name ("Perso", "Umzug") */
  keywords: z.object({ de: z.array(CleanLine.min(2)), en: z.array(CleanLine.min(2)) }),
  /** citations such as "§ 17 BMG"; language-neutral */
  legalBasis: z.array(CleanLine.min(2)),
  requiredDocuments: z.array(LocalizedText),
  fee: Fee,
  personalAppearance: z.object({ required: z.boolean(), note: LocalizedText.optional() }),
  /** expected minutes at the counter; null where not known */
  counterMinutes: z.number().int().positive().max(480).nullable(),
  channels: Channels,
  /** the location that handles it when not the Stadtbüro (e.g. the Ordnungsamt for trade) */
  responsibleLocation: Slug.nullable(),
  /** a discontinued service stays findable and says so (e.g. Kinderreisepass) */
  status: z.enum(["offered", "discontinued"]),
  /** rank among the most used services on the start page (1 = first); null = not featured */
  popularity: z.number().int().positive().nullable(),
  notes: z.array(LocalizedText),
});
export type Service = z.infer<typeof Service>;
