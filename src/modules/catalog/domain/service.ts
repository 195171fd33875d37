import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";
import { CleanLine, Slug } from "../../../domain/text";
import { Channels, contradictionsOf, PersonalAppearance } from "./ways";

export { Channels, OnlineWay, PersonalAppearance } from "./ways";
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

export const ServiceGroup = z.object({
  key: Slug,
  name: LocalizedText,
  description: LocalizedText,
});
export type ServiceGroup = z.infer<typeof ServiceGroup>;

/**
 * A service of the municipality (a Leistung), as the catalogue describes it. A service whose
 * facts about its ways contradict each other is refused (`contradictionsOf`).
 */
export const Service = z
  .object({
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
    personalAppearance: PersonalAppearance,
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
    /**
     * what happens after the application ("So geht es weiter"), one text per step; for a
     * discontinued service, what to do instead
     */
    nextSteps: z.array(LocalizedText).min(1, "say what happens next"),
  })
  .superRefine((service, ctx) => {
    for (const problem of contradictionsOf(service))
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  });
export type Service = z.infer<typeof Service>;
