import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { VisitRequestDesk } from "./desk-service";
import { deskRoutes } from "./web/desk-routes";
import { visitRequestPages } from "./web/pages";

export type { VisitRequestInput } from "./domain/visit-request";
export type { ScheduledKind } from "./domain/visit-status";
export type { VisitRequestStatus, VisitRequestsTable } from "./queries";
export { type ScheduledVisit, scheduledVisitsOn } from "./scheduled-visits";

/**
 * Requests for a home visit by the mobile Stadtbüro: the residents' form (`/hausbesuch`) and
 * their handling in the back office (`/verwaltung/hausbesuche`), each in German and, below
 * `/en`, in English. Needs the staff, catalogue, locations, booking and mail plugins.
 */
export const visitRequestsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    const desk = new VisitRequestDesk({
      database: opts.database,
      tenantId: opts.tenantId,
      mailer: { send: (m) => app.mailer.send(m), close: () => app.mailer.close() },
      booking: { timeZone: () => app.booking.timeZone(), sessions: (f) => app.booking.sessions(f) },
      locations: { directory: () => app.locations.directory() },
      now: () => app.clock.now(),
    });
    for (const prefix of ["", "/en"]) {
      await app.register(visitRequestPages, { ...opts, prefix });
      await app.register(deskRoutes, { desk, prefix });
    }
  },
  { name: "visit-requests", dependencies: ["mail", "staff"] },
);
