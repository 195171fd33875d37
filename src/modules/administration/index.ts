import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { MobileOfficeSchedule } from "../mobile-office";
import { AdminContext } from "./admin-context";
import { CatalogAdmin } from "./catalog-admin";
import { ElectionAdmin } from "./election-admin";
import { PlaceAdmin } from "./place-admin";
import { PlanAdmin } from "./plan-admin";
import { TourAdmin } from "./tour-admin";
import { electionRoutes } from "./web/election-routes";
import { placeRoutes } from "./web/place-routes";
import { planRoutes } from "./web/plan-routes";
import { serviceRoutes } from "./web/service-routes";
import { tourRoutes } from "./web/tour-routes";

/**
 * Administration of the catalogue, places and counters, opening plans and closures, the
 * mobile tour plan and the elections a Wahlschein is applied for (administrators only). Needs
 * the catalogue, locations, applications, booking and visit-requests plugins registered before it.
 */
export const administrationPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const ctx = new AdminContext({
      database: opts.database,
      tenantId: opts.config.tenant,
      catalog: app.catalog,
      locations: app.locations,
      booking: app.booking,
      visits: app.visits,
      visitRequests: app.visitRequests,
      schedule: new MobileOfficeSchedule(app),
    });
    const admins = {
      services: new CatalogAdmin(ctx),
      places: new PlaceAdmin(ctx),
      plans: new PlanAdmin(ctx),
      tour: new TourAdmin(ctx),
      elections: new ElectionAdmin(ctx, app.elections),
    };
    for (const prefix of ["", "/en"]) {
      await app.register(
        async (scope) => {
          await scope.register(serviceRoutes, { admin: admins.services });
          await scope.register(placeRoutes, { admin: admins.places });
          await scope.register(planRoutes, { admin: admins.plans });
          await scope.register(tourRoutes, { admin: admins.tour });
          await scope.register(electionRoutes, { admin: admins.elections });
        },
        { prefix },
      );
    }
  },
  {
    name: "administration",
    dependencies: ["staff", "catalog", "locations", "applications", "booking", "visit-requests"],
  },
);
