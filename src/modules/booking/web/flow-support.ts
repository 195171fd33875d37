import { createHmac } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField, FormField, FormList, IsoDate, LinkToken, Slug } from "../../../domain/text";
import { ERROR_CATALOGUE } from "../../../platform/errors";
import { clientAddress } from "../../../platform/http/client-address";
import type { PageContext } from "../../../platform/views/page-context";
import type { Service } from "../../catalog";
import { formatPlace } from "../../locations";
import type { AppointmentView } from "../appointment-queries";
import type { AppointmentWords } from "../appointment-service";
import { nextFreeDays } from "../domain/day-availability";
import type { Slot } from "../domain/slots";
import { type BookingMessages, bookingDe } from "../messages/de";
import { bookingEn } from "../messages/en";
import type { FlowContext } from "./StepPages";

export const BOOKING_MESSAGES: Record<Locale, BookingMessages> = { de: bookingDe, en: bookingEn };

export function flowOf(ctx: PageContext): FlowContext {
  return { ctx, t: BOOKING_MESSAGES[ctx.locale] };
}

export const FlowQuery = z.object({
  leistung: z.string().max(100).optional(),
  leistungen: FormList(100, 20),
  stadtteil: z.string().max(100).optional(),
  ort: Slug.optional(),
  tag: IsoDate.optional(),
  trotzdem: z.string().max(5).optional(),
  /** the tracking secret of an online application the visit is for (the case page links here with it) */
  vorgang: LinkToken.optional(),
});
export type FlowQuery = z.infer<typeof FlowQuery>;

export const TokenParams = z.object({ token: LinkToken });
/** The day whose times a page shows (`?tag=`); without it, the first day with free times. */
export const DayQuery = z.object({ tag: IsoDate.optional() });
/** A time chosen on a times page (to hold it again, or to move an appointment to it). */
export const TimeChoiceBody = z.object({ _csrf: CsrfField, zeit: FormField(100), tag: IsoDate.optional() });

/**
 * The time picked on a time page, posted as `<start instant>|<counter>`; undefined when the
 * value is not of that form (then no time was picked).
 */
export function parseTimeChoice(value: string | undefined): { start: string; counter: string } | undefined {
  const [start = "", counter = "", ...rest] = (value ?? "").split("|");
  if (rest.length > 0 || !Slug.safeParse(counter).success) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/.test(start)) return undefined;
  const at = new Date(start);
  return Number.isNaN(at.getTime()) ? undefined : { start: at.toISOString(), counter };
}

export function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return [...new Set(Array.isArray(value) ? value : [value])];
}

export function flowHref(
  ctx: PageContext,
  path: string,
  params: Record<string, string | string[] | undefined>,
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const x of list(v)) q.append(k, x);
  const s = q.toString();
  return ctx.href(path) + (s ? `?${s}` : "");
}

/** Services a resident can book an appointment for: offered, and done at the Stadtbüro or the mobile office. */
export function bookable(s: Service): boolean {
  return s.status === "offered" && (s.channels.stadtbuero || s.channels.mobile);
}

export function durationOf(services: Service[], fallback: number): number {
  return services.reduce((sum, s) => sum + (s.counterMinutes ?? fallback), 0);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { ...options, timeZone });
    dateFormats.set(key, f);
  }
  return f;
}

/** "Dienstag, 8. Dezember 2026" for a civil date. */
export function dayLabel(locale: Locale, isoDate: string): string {
  return format(locale, "UTC", { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** "Dienstag, 8. Dezember 2026, 09:15 bis 09:30 Uhr" in the tenant's zone. */
export function whenLabel(
  t: BookingMessages,
  locale: Locale,
  timeZone: string,
  start: Date,
  end: Date,
): string {
  const day = format(locale, timeZone, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(start);
  const time = format(locale, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return t.time.slot(day, time.format(start), time.format(end));
}

/** "08:40" in the tenant's zone: the clock time until which a hold lasts. */
export function clockTime(locale: Locale, timeZone: string, at: Date): string {
  return format(locale, timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
}

/** The next days with free times after `day`, as links made by `href`, for a day without any. */
export function nextDayOptions(locale: Locale, slots: Slot[], day: string, href: (date: string) => string) {
  return nextFreeDays(slots, day).map(({ date, free }) => ({
    date,
    free,
    label: dayLabel(locale, date),
    href: href(date),
  }));
}

/** Words for an appointment in its own language: when, where, what. */
export function describer(app: FastifyInstance) {
  return async (a: AppointmentView): Promise<AppointmentWords> => {
    const [catalog, dir, timeZone] = await Promise.all([
      app.catalog.catalog(),
      app.locations.directory(),
      app.booking.timeZone(),
    ]);
    const t = BOOKING_MESSAGES[a.locale];
    const location = dir.byKey.get(a.location);
    return {
      when: whenLabel(t, a.locale, timeZone, a.startsAt, a.endsAt),
      // name and address: the confirmation page, the mails and the calendar entry's LOCATION
      place: location ? formatPlace(location, a.locale) : a.location,
      services: a.services.map((k) => catalog.byKey.get(k)?.name[a.locale] ?? k).join(", "),
    };
  };
}

/** The client address enters the database only as a keyed hash, for per-address limits. */
export function clientHashOf(request: FastifyRequest, secret: string): string {
  return createHmac("sha256", secret).update(clientAddress(request)).digest("hex").slice(0, 32);
}

export type TimeProblem = "none" | "taken" | "too-many";

/**
 * The times to offer on a day, with the error to show. After a lost race the rest of the day
 * is offered, or the next free times when the day is full.
 */
export function timeChoices(
  t: BookingMessages,
  locale: Locale,
  timeZone: string,
  slots: Slot[],
  day: string | undefined,
  problem?: TimeProblem,
) {
  let shown = slots.filter((s) => s.date === day);
  if (problem === "taken" && shown.length === 0) shown = slots.slice(0, 12);
  const options = shown.map((slot) => ({
    slot,
    label: whenLabel(t, locale, timeZone, new Date(slot.start), new Date(slot.end)),
  }));
  const message = problem
    ? { none: t.time.none, taken: t.time.takenField, "too-many": t.time.tooMany }[problem]
    : undefined;
  const errors = message ? [{ field: options.length > 0 ? "zeit" : "main", message }] : [];
  const status = {
    none: 400,
    taken: ERROR_CATALOGUE["slot-taken"].status,
    "too-many": ERROR_CATALOGUE["rate-limited"].status,
  }[problem ?? "none"];
  return { options, errors, status: problem ? status : 200 };
}
