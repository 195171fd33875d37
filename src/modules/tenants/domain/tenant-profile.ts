import { z } from "zod";
import { LocalizedText } from "../../../domain/locale";
import { Slug } from "../../../domain/text";

// Unknown facts are null and shown as "not stated". A demo tenant invents only what it marks
// as an example (`demo: true`: the contact phone, place addresses).
const PostalAddress = z.object({
  name: z.string().min(2),
  street: z.string().min(2).nullable(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  city: z.string().min(2),
});

/** The municipality itself: who it is, and what its legally required pages must name. */
export const TenantProfile = z.object({
  id: Slug,
  name: z.string().min(2),
  /** the name in running text and the site name ("Marburg"); defaults to `name` */
  shortName: z.string().min(2).optional(),
  /** Amtlicher Regionalschlüssel (12 digits) */
  regionalKey: z
    .string()
    .regex(/^\d{12}$/, "12 digits")
    .nullable(),
  timeZone: z.string().min(3),
  /** the body responsible under the Impressum rules (DDG §5, MStV §18) */
  authority: PostalAddress.extend({
    representedBy: LocalizedText.nullable(),
    phone: z.string().min(3).nullable(),
    email: z.email().nullable(),
    web: z.url().nullable(),
    supervisoryAuthority: LocalizedText.nullable(),
  }),
  dataProtectionOfficer: PostalAddress.extend({ email: z.email().nullable(), phone: z.string().nullable() }),
  dataProtectionSupervisor: PostalAddress.extend({ web: z.url().nullable() }),
  accessibility: z.object({
    /** date the statement was last reviewed */
    reviewedOn: z.iso.date(),
    /** where a resident turns when the feedback gets no satisfying answer */
    enforcementBody: PostalAddress.extend({ web: z.url().nullable(), email: z.email().nullable() }),
  }),
  /**
   * whether the city runs self-service terminals (foyer kiosks); until it does, service
   * pages say plainly that there is none, and never offer one
   */
  selfServiceTerminals: z.boolean().default(false),
  /**
   * The number residents call to change an appointment or a home visit (the city's line).
   * `demo`: a made-up number of a demonstration tenant, shown as such.
   */
  contactPhone: z.object({ number: z.string().min(3).max(40), demo: z.boolean().optional() }),
  /**
   * The account fees are paid into, printed on fee notices with their GiroCode. Only its shape
   * is checked here; the documents check the IBAN's check digits when they print it.
   * `demo`: a made-up account of a demonstration tenant, printed as an example.
   */
  feeAccount: z
    .object({
      /** the account holder as the bank knows it (at most 70 characters, as a GiroCode allows) */
      name: z.string().trim().min(2).max(70),
      /** electronic form: capitals and digits, no spaces */
      iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/, "an IBAN without spaces"),
      bic: z
        .string()
        .regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, "a BIC of 8 or 11 characters")
        .optional(),
      demo: z.boolean().optional(),
    })
    .optional(),
  /** a demonstration tenant: every page says its data is illustrative */
  demo: z.boolean(),
});
export type TenantProfile = z.infer<typeof TenantProfile>;
