import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { ReportService } from "./service";
import { reportRoutes } from "./web/report-routes";

/** Statistics per day and location, and their CSV export. */
export const reportsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const reports = new ReportService({
      database: opts.database,
      tenantId: opts.config.tenant,
      timeZone: () => app.booking.timeZone(),
      locations: app.locations,
    });
    for (const prefix of ["", "/en"]) {
      await app.register(async (scope) => reportRoutes(scope, { reports }), { prefix });
    }
  },
  { name: "reports", dependencies: ["staff", "catalog", "locations", "booking"] },
);
