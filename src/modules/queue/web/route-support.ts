import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { PlaceScope } from "../../staff";
import type { QueueService } from "../service";

/** What the staff pages need to know about places, from the modules that own them. */
export interface QueuePlaces {
  /** places with a queue (those with opening plans) where `scope` works, in directory order */
  locations(locale: "de" | "en", scope: PlaceScope): Promise<{ value: string; label: string }[]>;
  /** the counters of a place on a day */
  counters(location: string, date: string): Promise<string[]>;
  sessionTimes(location: string, date: string, locale: "de" | "en"): Promise<string | null>;
  /** visits scheduled at a place on a day (home visits count for mobile stops) */
  visits(
    location: string,
    date: string,
    locale: "de" | "en",
  ): Promise<{ code: string; time: string; kind: string; services: string }[] | null>;
}

/** A case's reference, from the applications module; the day view links a visit to its case with it. */
export type CaseReferenceOf = (caseId: string) => Promise<string | undefined>;

export interface QueueRouteOptions {
  queue: QueueService;
  places: QueuePlaces;
  publicUrl: string;
  caseReferenceOf?: CaseReferenceOf | undefined;
}

export const text = z.string().max(200).optional();
export const list = z.union([z.string().max(100), z.array(z.string().max(100)).max(60)]).optional();
export const asList = (v: string | string[] | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** Service names in the page's language; an unknown key is shown as it is. */
export function serviceNamer(app: FastifyInstance) {
  const serviceName = async (locale: "de" | "en", key: string) =>
    (await app.catalog.catalog()).byKey.get(key)?.name[locale] ?? key;
  const serviceNames = async (locale: "de" | "en", keys: string[]) =>
    (await Promise.all(keys.map((k) => serviceName(locale, k)))).join(", ");
  return { serviceName, serviceNames };
}
