import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import type { LocalizedText } from "../../../domain/locale";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { LOCATION_KIND_ORDER } from "../service";
import { LocationPage } from "./LocationPage";
import { LocationsPage } from "./LocationsPage";
import { type PlaceHours, type PlanWindows, placeHours } from "./plan-hours";

const KeyParams = z.object({ key: z.string().max(100) });

/** How far ahead the next day of a plan that skips weeks is looked for. */
const NEXT_DAY_WEEKS = 26;

/**
 * What a place page shows of other modules: the names of the services offered there (the
 * catalogue's) and the opening plans that drive booking (booking's). Both modules build on
 * places, so places do not import them: `app.ts` hands these in, read at request time.
 */
export interface PlaceDetails {
  services(keys: readonly string[]): Promise<{ key: string; name: LocalizedText }[]>;
  plans(): Promise<PlanWindows[]>;
  today(): Promise<string>;
  /** the sessions (days) of a place's plans between two days */
  sessions(location: string, from: string, to: string): Promise<{ planKey: string; date: string }[]>;
}

/** A place's hours from the opening plans that drive its booking. */
async function hoursOf(details: PlaceDetails, location: string): Promise<PlaceHours> {
  const today = await details.today();
  const to = Temporal.PlainDate.from(today).add({ weeks: NEXT_DAY_WEEKS }).toString();
  const plans = await details.plans();
  const sessions = plans.length ? await details.sessions(location, today, to) : [];
  const next = (planKey: string) => sessions.find((s) => s.planKey === planKey)?.date;
  return placeHours(plans, location, today, next);
}

/** Citizen pages of places and districts; registered once per language prefix. */
export async function locationPages(instance: FastifyInstance, opts: { details: PlaceDetails }) {
  const { details } = opts;
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get("/orte", async (request, reply) => {
    const dir = await app.locations.directory();
    const view = {
      sections: LOCATION_KIND_ORDER.map((kind) => ({
        kind,
        locations: dir.locations.filter((l) => l.kind === kind),
      })).filter((s) => s.locations.length > 0),
      districts: dir.districts,
      districtName: (key: string | null) => (key ? dir.districtByKey.get(key)?.name : undefined),
    };
    return sendPage(reply, <LocationsPage ctx={pageContext(request)} view={view} />);
  });

  app.get("/orte/:key", { schema: { params: KeyParams } }, async (request, reply) => {
    const { location, district } = await app.locations.getLocation(request.params.key);
    const services = location.services === "all" ? undefined : await details.services(location.services);
    const hours = await hoursOf(details, location.key);
    return sendPage(
      reply,
      <LocationPage ctx={pageContext(request)} view={{ location, district, services, hours }} />,
    );
  });
}
