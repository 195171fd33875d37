import { z } from "zod";
import { IsoDate, Slug } from "../../../domain/text";
import { ContactInput } from "./contact";
import type { Session } from "./sessions";

/*
 * Staff book appointments for callers and for people at the desk. They use the counters'
 * whole capacity (public and staff share), may book from today on (the plan's latest day
 * still applies) and fill counters kept for staff first, so that online booking keeps its
 * share as long as possible.
 */

/** How the person reached the Stadtbüro: by phone, or at the counter. */
export const STAFF_BOOKING_CHANNELS = ["phone", "counter"] as const;
export type StaffBookingChannel = (typeof STAFF_BOOKING_CHANNELS)[number];

/** Channels of appointments made by staff ("staff": held, before the channel was told). */
export const BOOKED_BY_STAFF = ["staff", ...STAFF_BOOKING_CHANNELS] as const;

/** At most this many services in one appointment, as online. */
export const MAX_SERVICES = 5;

/**
 * A session as staff book it: from today on, and counters with only staff capacity first
 * (the others keep their plan order).
 */
export function forStaffBooking(session: Session): Session {
  const staffOnly = session.counters.filter((c) => c.publicCapacity === 0);
  const others = session.counters.filter((c) => c.publicCapacity !== 0);
  return {
    ...session,
    counters: [...staffOnly, ...others],
    bookingWindow: { ...session.bookingWindow, minDaysAhead: 0 },
  };
}

// --- the first step: place, services, day ------------------------------------------------

export type SlotRequestField = "ort" | "leistungen" | "tag";
export type SlotRequestProblem =
  | "placeRequired"
  | "servicesRequired"
  | "tooManyServices"
  | "serviceNotHere"
  | "dayInvalid"
  | "dayPast";

export interface SlotRequest {
  place: string;
  services: string[];
  day: string;
}

export type SlotRequestParse =
  | { ok: true; value: SlotRequest }
  | { ok: false; problems: { field: SlotRequestField; problem: SlotRequestProblem }[] };

/**
 * Checks the first step's answers against what the person may choose: one of their places,
 * one to five services offered there, a real day not before today.
 */
export function parseSlotRequest(
  form: { ort?: string; leistungen: readonly string[]; tag?: string },
  allowed: { places: readonly string[]; servicesAt: (place: string) => ReadonlySet<string>; today: string },
): SlotRequestParse {
  const problems: { field: SlotRequestField; problem: SlotRequestProblem }[] = [];
  const place = Slug.safeParse(form.ort).success ? (form.ort as string) : undefined;
  const placeOk = place !== undefined && allowed.places.includes(place);
  if (!placeOk) problems.push({ field: "ort", problem: "placeRequired" });
  const services = [...new Set(form.leistungen)];
  if (services.length === 0) problems.push({ field: "leistungen", problem: "servicesRequired" });
  else if (services.length > MAX_SERVICES) problems.push({ field: "leistungen", problem: "tooManyServices" });
  else if (placeOk && !services.every((s) => allowed.servicesAt(place).has(s)))
    problems.push({ field: "leistungen", problem: "serviceNotHere" });
  const day = form.tag?.trim() ?? "";
  if (!IsoDate.safeParse(day).success) problems.push({ field: "tag", problem: "dayInvalid" });
  else if (day < allowed.today) problems.push({ field: "tag", problem: "dayPast" });
  if (problems.length > 0 || place === undefined) return { ok: false, problems };
  return { ok: true, value: { place, services, day } };
}

// --- the person's details -----------------------------------------------------------------

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** What staff note for the person: a name, how they reached us, and, when they like, how to write to them. */
export const StaffBookingDetails = z.object({
  name: ContactInput.shape.name,
  kanal: z.enum(STAFF_BOOKING_CHANNELS, { error: "channelRequired" }),
  email: z.preprocess(blank, ContactInput.shape.email.optional()),
  phone: ContactInput.shape.phone,
  sprache: z.enum(["de", "en"], { error: "languageRequired" }),
  needWheelchair: ContactInput.shape.needWheelchair,
  needSignLanguage: ContactInput.shape.needSignLanguage,
  needOther: ContactInput.shape.needOther,
  informiert: z.literal("yes", { error: "informedRequired" }),
});
export type StaffBookingDetails = z.infer<typeof StaffBookingDetails>;

export const DETAIL_FIELDS = [
  "name",
  "kanal",
  "email",
  "phone",
  "sprache",
  "needOther",
  "informiert",
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];
export type DetailProblem =
  | "nameRequired"
  | "emailInvalid"
  | "phoneInvalid"
  | "tooLong"
  | "invalidCharacters"
  | "channelRequired"
  | "languageRequired"
  | "informedRequired";

export type DetailsParse =
  | { ok: true; value: StaffBookingDetails }
  | { ok: false; problems: { field: DetailField; problem: DetailProblem }[] };

/** Validates the details form; one problem per field, in form order. */
export function parseStaffBookingDetails(form: Record<string, unknown>): DetailsParse {
  const result = StaffBookingDetails.safeParse(form);
  if (result.success) return { ok: true, value: result.data };
  const problems: { field: DetailField; problem: DetailProblem }[] = [];
  for (const field of DETAIL_FIELDS) {
    const issue = result.error.issues.find((i) => i.path[0] === field);
    if (issue) problems.push({ field, problem: issue.message as DetailProblem });
  }
  return { ok: false, problems };
}
