import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { LocationService } from "./service";
import { locationsApi } from "./web/api-routes";
import { locationPages } from "./web/pages";

/** Places and districts: pages in every language and the JSON API. */
export const locationsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    app.decorate("locations", new LocationService(opts.database, opts.tenantId));
    await app.register(locationPages);
    await app.register(locationPages, { prefix: "/en" });
    await app.register(locationsApi);
  },
);
