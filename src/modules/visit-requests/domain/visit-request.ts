import { z } from "zod";
import { isCleanLine, isCleanText } from "../../../domain/text";

/** Why the person cannot come to the Stadtbüro or a mobile stop. */
export const VISIT_REASONS = ["care-home", "limited-mobility", "illness", "other"] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];

/** Where the visit takes place; it decides which address fields are required. */
export const PLACE_KINDS = ["care-home", "private"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Preferred periods of the visit. */
export const VISIT_PERIODS = ["weekday-mornings", "weekday-afternoons"] as const;
export type VisitPeriod = (typeof VISIT_PERIODS)[number];

export const MAX_SERVICES = 5;
export const MAX_REASON_NOTE = 1000;
export const MAX_PERIOD_NOTE = 300;
export const MAX_NAME = 200;
export const MAX_STREET = 200;
export const MAX_PHONE = 30;

/** The form's fields in the order they appear: problems are reported in this order. */
export const VISIT_REQUEST_FIELDS = [
  "reason",
  "reasonNote",
  "place",
  "careHomeName",
  "street",
  "postalCode",
  "district",
  "services",
  "periods",
  "periodNote",
  "name",
  "contactName",
  "phone",
  "email",
  "consent",
] as const;
export type VisitRequestField = (typeof VISIT_REQUEST_FIELDS)[number];

/** Message keys of validation problems (texts live in the module's catalogue). */
export type VisitRequestProblem =
  | "reasonRequired"
  | "reasonNoteTooLong"
  | "placeRequired"
  | "careHomeNameRequired"
  | "careHomeNameTooLong"
  | "streetRequired"
  | "streetTooLong"
  | "postalCodeRequired"
  | "postalCodeInvalid"
  | "districtInvalid"
  | "servicesRequired"
  | "servicesTooMany"
  | "servicesInvalid"
  | "periodsInvalid"
  | "periodNoteTooLong"
  | "nameRequired"
  | "nameTooLong"
  | "contactNameTooLong"
  | "phoneRequired"
  | "phoneInvalid"
  | "emailInvalid"
  | "consentRequired"
  | "invalidCharacters";

/** What may be chosen: the offered services and the known districts, from the catalogue. */
export interface VisitRequestOptions {
  serviceKeys: ReadonlySet<string>;
  districtKeys: ReadonlySet<string>;
}

/** A valid request. Fields that do not apply to the chosen place are left out (least data). */
export interface VisitRequestInput {
  reason: VisitReason;
  reasonNote?: string;
  place: PlaceKind;
  careHomeName?: string;
  street?: string;
  postalCode?: string;
  district?: string;
  /** service keys, without duplicates, 1 to MAX_SERVICES */
  services: string[];
  periods: VisitPeriod[];
  periodNote?: string;
  /** the person to be visited */
  name: string;
  /** a relative, carer or care-home staff member to call instead */
  contactName?: string;
  phone: string;
  email?: string;
}

export type VisitRequestParse =
  | { ok: true; value: VisitRequestInput }
  | { ok: false; problems: { field: VisitRequestField; problem: VisitRequestProblem }[] };

const p = (problem: VisitRequestProblem) => ({ error: problem });
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** A checkbox group posts nothing, one string or several: always a list. */
const toList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const unique = <T>(list: T[]) => [...new Set(list)];

/** Notes may run over several lines; names and addresses are one line. */
const clean = (lines: "line" | "text") => (lines === "line" ? isCleanLine : isCleanText);
const optionalText = (max: number, tooLong: VisitRequestProblem, lines: "line" | "text" = "line") =>
  z.preprocess(
    blankToUndefined,
    z.string().trim().max(max, p(tooLong)).refine(clean(lines), p("invalidCharacters")).optional(),
  );
const requiredText = (max: number, required: VisitRequestProblem, tooLong: VisitRequestProblem) =>
  z
    .string(p(required))
    .trim()
    .min(1, p(required))
    .max(max, p(tooLong))
    .refine(isCleanLine, p("invalidCharacters"));
/** Drops a value that does not apply to the chosen place, so it is never stored. */
const ignored = z
  .unknown()
  .transform(() => undefined)
  .optional();

const PostalCode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, p("postalCodeInvalid"));

// Digits, spaces, "/" and "-", optionally led by "+"; between 5 and 20 digits.
const Phone = z
  .string(p("phoneRequired"))
  .trim()
  .min(1, p("phoneRequired"))
  .max(MAX_PHONE, p("phoneInvalid"))
  .regex(/^\+?[0-9][0-9 /-]*$/, p("phoneInvalid"))
  .refine((v) => {
    const digits = v.replace(/\D/g, "").length;
    return digits >= 5 && digits <= 20;
  }, p("phoneInvalid"));

/** The address fields as the chosen place requires them; without a valid choice, only their format is checked. */
function placeFields(place: unknown) {
  if (place === "care-home") {
    return {
      careHomeName: requiredText(MAX_NAME, "careHomeNameRequired", "careHomeNameTooLong"),
      street: optionalText(MAX_STREET, "streetTooLong"),
      postalCode: z.preprocess(blankToUndefined, PostalCode.optional()),
    };
  }
  if (place === "private") {
    return {
      careHomeName: ignored,
      street: requiredText(MAX_STREET, "streetRequired", "streetTooLong"),
      postalCode: z.preprocess(blankToUndefined, z.string(p("postalCodeRequired")).pipe(PostalCode)),
    };
  }
  return {
    careHomeName: optionalText(MAX_NAME, "careHomeNameTooLong"),
    street: optionalText(MAX_STREET, "streetTooLong"),
    postalCode: z.preprocess(blankToUndefined, PostalCode.optional()),
  };
}

function visitRequestSchema(options: VisitRequestOptions, place: unknown) {
  return z.object({
    reason: z.enum(VISIT_REASONS, p("reasonRequired")),
    reasonNote: optionalText(MAX_REASON_NOTE, "reasonNoteTooLong", "text"),
    place: z.enum(PLACE_KINDS, p("placeRequired")),
    ...placeFields(place),
    district: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine((k) => options.districtKeys.has(k), p("districtInvalid"))
        .optional(),
    ),
    services: z.preprocess(
      toList,
      z
        .array(z.string(p("servicesInvalid")).refine((k) => options.serviceKeys.has(k), p("servicesInvalid")))
        .transform(unique)
        .pipe(z.array(z.string()).min(1, p("servicesRequired")).max(MAX_SERVICES, p("servicesTooMany"))),
    ),
    periods: z.preprocess(toList, z.array(z.enum(VISIT_PERIODS, p("periodsInvalid"))).transform(unique)),
    periodNote: optionalText(MAX_PERIOD_NOTE, "periodNoteTooLong", "text"),
    name: requiredText(MAX_NAME, "nameRequired", "nameTooLong"),
    contactName: optionalText(MAX_NAME, "contactNameTooLong"),
    phone: Phone,
    email: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .pipe(z.email(p("emailInvalid")).max(254, p("emailInvalid")))
        .optional(),
    ),
    consent: z.literal("yes", p("consentRequired")),
  });
}

/**
 * Validates a submitted visit request; every field gets at most one problem, in form order.
 * Which address fields are required depends on the chosen place: a care home needs its name,
 * a private address needs street and postal code.
 * @example parseVisitRequest(request.body, { serviceKeys: new Set(["personalausweis"]), districtKeys: new Set() })
 */
export function parseVisitRequest(
  form: Record<string, unknown>,
  options: VisitRequestOptions,
): VisitRequestParse {
  const result = visitRequestSchema(options, form.place).safeParse(form);
  if (result.success) {
    // Consent is a precondition, not data to keep: the store records when it was given.
    const { consent: _consent, ...value } = result.data;
    return { ok: true, value };
  }
  const problems: { field: VisitRequestField; problem: VisitRequestProblem }[] = [];
  for (const field of VISIT_REQUEST_FIELDS) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, problem: issue.message as VisitRequestProblem });
  }
  return { ok: false, problems };
}

/** A field hidden from sighted people and labelled "leave empty": people leave it empty, bots fill it. */
export const HONEYPOT_FIELD = "website";

/** A filled honeypot field means a bot: the request is answered as if it succeeded and dropped. */
export function isHoneypotFilled(value: unknown): boolean {
  return typeof value === "string" ? value.trim() !== "" : value !== undefined;
}
