import { z } from "zod";
import { CleanLine } from "../../../../domain/text";
import { Address } from "../form/questions/address";

/*
 * The further data of an extended Meldebescheinigung (§ 18 Abs. 2 BMG). The resident only
 * chooses which items the certificate shall show (the form's `extendedData`); the clerk gives
 * their data from the population register when approving the case, and the approval's event
 * carries them (sealed with the rest of the timeline entry).
 */

/** The further data of an extended certificate the resident may choose, in the form's order. */
export const EXTENDED_ITEMS = [
  "place-of-birth",
  "nationalities",
  "marital-status",
  "move-in-date",
  "previous-addresses",
] as const;
export const ExtendedItem = z.enum(EXTENDED_ITEMS);
export type ExtendedItem = z.infer<typeof ExtendedItem>;

/** The most nationalities, and the most previous addresses, one certificate lists. */
export const MAX_NATIONALITIES = 10;
export const MAX_PREVIOUS_ADDRESSES = 10;

const Line = (max: number) => CleanLine.trim().min(1).max(max);

/** The further register data the clerk confirmed, for the items the resident chose. */
export const RegisterExtract = z.strictObject({
  placeOfBirth: Line(100).optional(),
  nationalities: z.array(Line(60)).min(1).max(MAX_NATIONALITIES).optional(),
  maritalStatus: Line(60).optional(),
  moveInDate: z.iso.date().optional(),
  previousAddresses: z.array(Address).min(1).max(MAX_PREVIOUS_ADDRESSES).optional(),
});
export type RegisterExtract = z.infer<typeof RegisterExtract>;

/** The extract's field holding each item's data. */
export const EXTRACT_FIELD: Record<ExtendedItem, keyof RegisterExtract> = {
  "place-of-birth": "placeOfBirth",
  nationalities: "nationalities",
  "marital-status": "maritalStatus",
  "move-in-date": "moveInDate",
  "previous-addresses": "previousAddresses",
};
