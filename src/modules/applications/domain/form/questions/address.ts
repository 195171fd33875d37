import { z } from "zod";
import { isCleanLine } from "../../../../../domain/text";
import { compact, errorTexts, filled, questionBase } from "../base";
import type { QuestionKind } from "../kind";

export const ADDRESS_CODES = [
  "streetRequired",
  "houseNumberRequired",
  "houseNumberInvalid",
  "postalCodeRequired",
  "postalCodeInvalid",
  "cityRequired",
  "tooLong",
  "invalidCharacters",
] as const;

/** The parts of an address in the order of their inputs. */
export const ADDRESS_PARTS = ["street", "houseNumber", "addition", "postalCode", "city"] as const;

/** A German postal address: street, house number, an optional addition, postcode, town. */
export const AddressQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal("address"),
  errors: errorTexts(ADDRESS_CODES),
});
export type AddressQuestion = z.infer<typeof AddressQuestion>;

const PART_MAX = 100;
/** 12, 12a, 12 a, 12-14, 12/1, 12a-12c */
const HOUSE_NUMBER = /^\d{1,5} ?[a-zA-Z]?( ?[-/] ?\d{1,5} ?[a-zA-Z]?)?$/;

const line = (required: string) =>
  z
    .string({ error: required })
    .min(1, { error: required })
    .max(PART_MAX, { error: "tooLong" })
    .refine(isCleanLine, { error: "invalidCharacters" });

export const Address = z.strictObject({
  street: line("streetRequired"),
  houseNumber: z
    .string({ error: "houseNumberRequired" })
    .min(1, { error: "houseNumberRequired" })
    .regex(HOUSE_NUMBER, { error: "houseNumberInvalid" }),
  /** "Hinterhaus", "bei Müller", "3. Stock links" */
  addition: line("tooLong").optional(),
  postalCode: z.string({ error: "postalCodeRequired" }).regex(/^\d{5}$/, { error: "postalCodeInvalid" }),
  city: line("cityRequired"),
});
export type Address = z.infer<typeof Address>;

export const addressKind: QuestionKind<AddressQuestion, Address> = {
  read(q, body) {
    const parts = Object.fromEntries(ADDRESS_PARTS.map((p) => [p, filled(body, `${q.id}.${p}`)]));
    if (Object.values(parts).every((v) => v === undefined)) return { blank: true };
    // people type "350 37" or "D-35037"; the stored postcode is its five digits
    const postalCode = parts.postalCode?.replace(/^D-/i, "").replace(/\s/g, "");
    return { blank: false, candidate: compact({ ...parts, postalCode }) };
  },
  empty: () => ({}),
  schema: () => Address,
  params: () => ({ max: PART_MAX }),
  display: (_q, a) =>
    [`${a.street} ${a.houseNumber}`, a.addition, `${a.postalCode} ${a.city}`].filter(Boolean).join(", "),
  toBody: (q, a) =>
    compact(Object.fromEntries(ADDRESS_PARTS.map((p) => [`${q.id}.${p}`, a[p]]))) as Record<string, string>,
};
