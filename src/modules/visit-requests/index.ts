import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { VisitRequestDesk } from "./desk-service";
import { countReopenedAt, countScheduledInto } from "./reopen-queries";
import { reopenOnCancelledVisit } from "./reopen-visits";
import { VisitMails } from "./visit-mails";
import { deskRoutes } from "./web/desk-routes";
import { visitRequestPages } from "./web/pages";

export type { VisitRequestInput } from "./domain/visit-request";
export type { ScheduledKind } from "./domain/visit-status";
export type { VisitRequestStatus, VisitRequestsTable } from "./queries";
export { type ScheduledVisit, scheduledVisitsOn } from "./scheduled-visits";

/** What the back office of the tour plan asks about visit requests (counts only, no names). */
export interface VisitRequestCounts {
  /** requests scheduled into the visit of `location` in [from, to) */
  scheduledInto(span: { location: string; from: Date; to: Date }): Promise<number>;
  /** requests a cancellation at instant `at` set back to new at `location`, and how many of them were mailed */
  reopenedAt(filter: { location: string; at: Date }): Promise<{ reopened: number; withEmail: number }>;
}

declare module "fastify" {
  interface FastifyInstance {
    visitRequests: VisitRequestCounts;
  }
}

/**
 * Requests for a home visit by the mobile Stadtbüro: the residents' form (`/hausbesuch`) and
 * their handling in the back office (`/verwaltung/hausbesuche`), each in German and, below
 * `/en`, in English. Joins every cancellation of a mobile visit (`app.visits`): requests
 * scheduled into it go back to new. Needs the staff, catalogue, locations, booking and mail
 * plugins.
 */
export const visitRequestsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    const { database, tenantId } = opts;
    const mails = new VisitMails({
      mailer: { send: (m) => app.mailer.send(m), close: () => app.mailer.close() },
      locations: { directory: () => app.locations.directory() },
      timeZone: () => app.booking.timeZone(),
      contact: async () => {
        const profile = await app.tenant.profile();
        return {
          phone: { number: profile.contactPhone.number, demo: profile.contactPhone.demo === true },
          town: profile.authority.city,
          tenantName: profile.shortName ?? profile.name,
        };
      },
    });
    const desk = new VisitRequestDesk({
      database,
      tenantId,
      mails,
      booking: { timeZone: () => app.booking.timeZone(), sessions: (f) => app.booking.sessions(f) },
      locations: { directory: () => app.locations.directory() },
      now: () => app.clock.now(),
    });
    app.visits.participate(
      reopenOnCancelledVisit({
        tenantId,
        mails,
        // neither the address nor the mailer's message is logged
        onMailFailed: (request, error) =>
          app.log.error(
            {
              subject: `visit-request:${request.id}`,
              error: error instanceof Error ? error.name : "unknown",
            },
            "visit request: mail about the cancelled visit not sent",
          ),
      }),
    );
    app.decorate("visitRequests", {
      scheduledInto: (span) => countScheduledInto(database.db, { tenantId, ...span }),
      reopenedAt: (filter) => countReopenedAt(database.db, { tenantId, ...filter }),
    } satisfies VisitRequestCounts);
    for (const prefix of ["", "/en"]) {
      await app.register(visitRequestPages, { ...opts, prefix });
      await app.register(deskRoutes, { desk, prefix });
    }
  },
  { name: "visit-requests", dependencies: ["mail", "staff", "catalog", "locations", "booking"] },
);
