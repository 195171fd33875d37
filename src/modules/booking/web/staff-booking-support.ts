import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { CsrfField, FormField, FormList, LinkToken } from "../../../domain/text";
import type { Choice } from "../../../platform/views/fields";
import type { PageContext } from "../../../platform/views/page-context";
import type { Service } from "../../catalog";
import { type PlaceScope, worksAt } from "../../staff";
import type { Slot } from "../domain/slots";
import { type StaffBookingMessages, staffBookingDe } from "../messages/staff-booking-de";
import { staffBookingEn } from "../messages/staff-booking-en";
import { bookable, dayLabel, flowHref, list } from "./flow-support";
import type { OtherDay } from "./StaffBookingPages";

export const STAFF_BOOKING_MESSAGES: Record<Locale, StaffBookingMessages> = {
  de: staffBookingDe,
  en: staffBookingEn,
};

/** The base path of the staff booking (below the locale prefix). */
export const BASE = "/verwaltung/termine/neu";

// Bounded only: the domain rules give the precise messages next to the fields.
export const ChooseQuery = z.object({
  ort: FormField(100),
  leistungen: FormList(100, 20),
  tag: FormField(20),
});
export const HoldBody = ChooseQuery.extend({ _csrf: CsrfField, zeit: FormField(100) });
export const TokenParams = z.object({ token: LinkToken });
export const DetailsBody = z.object({
  _csrf: CsrfField,
  name: FormField(1000),
  kanal: FormField(20),
  email: FormField(1000),
  phone: FormField(1000),
  sprache: FormField(10),
  needWheelchair: FormField(10),
  needSignLanguage: FormField(10),
  needOther: FormField(2000),
  informiert: FormField(10),
});
export const CsrfBody = z.object({ _csrf: CsrfField });
// An unknown value in a hand-edited link shows no mail note rather than an error.
export const BookedQuery = z.object({ mail: z.enum(["sent", "none", "failed"]).optional().catch(undefined) });

/** What the person may choose: their places that give appointments, and the services of each. */
export async function staffChoices(app: FastifyInstance, scope: PlaceScope, locale: Locale) {
  const [file, dir, catalog] = await Promise.all([
    app.booking.openingPlans(),
    app.locations.directory(),
    app.catalog.catalog(),
  ]);
  const planned = new Set((file?.plans ?? []).map((p) => p.location));
  const places = dir.locations.filter((l) => planned.has(l.key) && worksAt(scope, l.key));
  const servicesAt = (key: string): ReadonlySet<string> => {
    const place = dir.byKey.get(key);
    if (!place) return new Set();
    const offered = (s: Service) =>
      bookable(s) &&
      (place.kind === "mobile-stop" ? s.channels.mobile : s.channels.stadtbuero) &&
      (place.services === "all" || place.services.includes(s.key));
    return new Set(catalog.services.filter(offered).map((s) => s.key));
  };
  const anywhere = new Set(places.flatMap((p) => [...servicesAt(p.key)]));
  const serviceGroups = catalog.groups
    .map((g) => ({
      label: g.name[locale],
      services: catalog.services
        .filter((s) => s.group === g.key && anywhere.has(s.key))
        .map((s) => ({ value: s.key, label: s.name[locale] })),
    }))
    .filter((g) => g.services.length > 0);
  return {
    places: places.map((p) => ({ value: p.key, label: p.name[locale] })),
    servicesAt,
    serviceGroups,
    placeName: (key: string) => dir.byKey.get(key)?.name[locale] ?? key,
    services: (keys: readonly string[]) =>
      keys.map((k) => catalog.byKey.get(k)).filter((s) => s !== undefined),
  };
}

/** The first step's answers as the browser sent them. */
export function chooseValues(q: { ort?: string; leistungen?: string | string[]; tag?: string }) {
  return { ort: q.ort, leistungen: list(q.leistungen), tag: q.tag };
}

/** A link to the times of a day. */
export function timesHref(ctx: PageContext, place: string, services: string[], day: string): string {
  return flowHref(ctx, `${BASE}/zeit`, { ort: place, leistungen: services, tag: day });
}

/**
 * The day's times as radio choices ("09:15 bis 09:30 Uhr"); where two share a label (the
 * repeated hour when the clocks go back) the UTC offset tells them apart.
 */
export function timeChoices(t: StaffBookingMessages, slots: Slot[]): Choice[] {
  const labels = slots.map((s) => t.times.slot(s.civilStart, s.civilEnd));
  return slots.map((s, i) => {
    const label = labels[i] as string;
    const twice = labels.indexOf(label) !== labels.lastIndexOf(label);
    return { value: `${s.start}|${s.counter}`, label: twice ? `${label} (UTC${s.utcOffset})` : label };
  });
}

/** Up to ten other days with free times, each with its count. */
export function otherDays(
  ctx: PageContext,
  slots: Slot[],
  chosen: { place: string; services: string[]; day: string },
): OtherDay[] {
  const byDay = new Map<string, number>();
  for (const s of slots) if (s.date !== chosen.day) byDay.set(s.date, (byDay.get(s.date) ?? 0) + 1);
  return [...byDay].slice(0, 10).map(([date, free]) => ({
    label: dayLabel(ctx.locale, date),
    href: timesHref(ctx, chosen.place, chosen.services, date),
    free,
  }));
}
