import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { CatalogService } from "./service";
import { catalogApi } from "./web/api-routes";
import { catalogPages } from "./web/pages";

/** The service catalogue: pages in every language and the JSON API. */
export const catalogPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { database: Database; tenantId: string; platformForms?: () => Promise<ReadonlySet<string>> },
  ) => {
    app.decorate("catalog", new CatalogService(opts.database, opts.tenantId, opts.platformForms));
    await app.register(catalogPages);
    await app.register(catalogPages, { prefix: "/en" });
    await app.register(catalogApi);
  },
  { name: "catalog", dependencies: ["tenants", "locations"] },
);
