import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";
import { CleanLine, Slug } from "../../../domain/text";

import { WEEKDAYS, Weekday } from "../../../domain/weekday";

export { WEEKDAYS, Weekday };

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time as HH:MM");

/**
 * A published opening window ("Mo 08:00–12:00") of a place that takes no appointments (a
 * help point). A place with an opening plan shows that plan's windows instead, so its hours
 * have one source; the tenant import refuses both.
 */
export const OpeningHours = z
  .object({
    days: z.array(Weekday).min(1),
    opens: ClockTime,
    closes: ClockTime,
    note: LocalizedText.optional(),
  })
  .refine((h) => h.opens < h.closes, { message: "opens must be before closes", path: ["closes"] });
export type OpeningHours = z.infer<typeof OpeningHours>;

export const LocationKind = z.enum(["stadtbuero", "office", "help-point", "mobile-stop"]);
export type LocationKind = z.infer<typeof LocationKind>;

/**
 * Where a place is: street, postal code and town. Every place has one, since residents are
 * sent there (place page, booking confirmation, mail, calendar entry).
 */
export const PlaceAddress = z.object({
  street: CleanLine.min(2),
  postalCode: z.string().regex(/^\d{5}$/, "five digits"),
  city: CleanLine.min(2),
  /** how to find the door ("Eingang am Franz-Tuczek-Weg") */
  note: LocalizedText.optional(),
  /**
   * An example value of a demonstration tenant, not the real address: the place is shown
   * with it marked as an example. Only a demo tenant may have such addresses.
   */
  demo: z.boolean().optional(),
});
export type PlaceAddress = z.infer<typeof PlaceAddress>;

/** Three states on purpose: an unknown accessibility fact is shown as unknown, not as "no". */
const Fact = z.boolean().nullable();

export const Location = z.object({
  key: Slug,
  kind: LocationKind,
  name: LocalizedText,
  description: LocalizedText,
  address: PlaceAddress,
  district: Slug.nullable(),
  openingHours: z.array(OpeningHours),
  openingNote: LocalizedText.optional(),
  contact: z.object({
    phone: CleanLine.optional(),
    email: z.email().optional(),
    web: z.url().optional(),
  }),
  accessibility: z.object({
    stepFree: Fact,
    accessibleToilet: Fact,
    parking: Fact,
    note: LocalizedText.optional(),
  }),
  payment: z.object({ card: Fact, cash: Fact }),
  /** "all": every service of the catalogue; otherwise the keys it offers or assists with */
  services: z.union([z.literal("all"), z.array(Slug)]),
});
export type Location = z.infer<typeof Location>;

export const District = z.object({
  key: Slug,
  name: CleanLine.min(2),
  kind: z.enum(["outer", "core"]),
  population: z.number().int().nonnegative().nullable(),
  populationAsOf: z.iso.date().nullable(),
});
export type District = z.infer<typeof District>;
