import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { LocationService } from "./service";
import { locationsApi } from "./web/api-routes";
import { locationPages, type PlaceDetails } from "./web/pages";

export type { PlaceDetails };

/**
 * Places and districts: pages in every language and the JSON API. The place pages name the
 * services and opening hours of modules built on this one, through `details`.
 */
export const locationsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string; details: PlaceDetails }) => {
    app.decorate("locations", new LocationService(opts.database, opts.tenantId));
    await app.register(locationPages, { details: opts.details });
    await app.register(locationPages, { details: opts.details, prefix: "/en" });
    await app.register(locationsApi);
  },
  { name: "locations", dependencies: ["tenants"] },
);
