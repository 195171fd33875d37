import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { Service } from "../../catalog";
import { LOCATION_KIND_ORDER } from "../service";
import { LocationPage } from "./LocationPage";
import { LocationsPage } from "./LocationsPage";
import { type PlaceHours, placeHours } from "./plan-hours";

const KeyParams = z.object({ key: z.string().max(100) });

/** How far ahead the next day of a plan that skips weeks is looked for. */
const NEXT_DAY_WEEKS = 26;

/**
 * A place's hours from the opening plans that drive its booking (`app.booking`, registered
 * after this module, is read at request time).
 */
async function hoursOf(app: FastifyInstance, location: string): Promise<PlaceHours> {
  const file = await app.booking.openingPlans();
  const today = await app.booking.today(app.clock.now());
  const to = Temporal.PlainDate.from(today).add({ weeks: NEXT_DAY_WEEKS }).toString();
  const sessions = file ? await app.booking.sessions({ location, from: today, to }) : [];
  const next = (planKey: string) => sessions.find((s) => s.planKey === planKey)?.date;
  return placeHours(file?.plans ?? [], location, today, next);
}

/** Citizen pages of places and districts; registered once per language prefix. */
export async function locationPages(instance: FastifyInstance) {
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
    let services: Service[] | undefined;
    if (location.services !== "all") {
      const { byKey } = await app.catalog.catalog();
      services = location.services.map((k) => byKey.get(k)).filter((s): s is Service => s !== undefined);
    }
    const hours = await hoursOf(app, location.key);
    return sendPage(
      reply,
      <LocationPage ctx={pageContext(request)} view={{ location, district, services, hours }} />,
    );
  });
}
