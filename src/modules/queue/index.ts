import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { AppConfig } from "../../config";
import type { Database } from "../../platform/db/database";
import { findAppointmentForCheckIn } from "../booking";
import { worksAt } from "../staff";
import { scheduledVisitsOn } from "../visit-requests";
import { CallDisplays } from "./call-displays";
import { QueueService } from "./service";
import { clockTime, QUEUE_MESSAGES } from "./web/labels";
import { queuePublicRoutes } from "./web/public-routes";
import type { CaseReferenceOf } from "./web/route-support";
import { type QueuePlaces, queueStaffRoutes } from "./web/staff-routes";

export type { Ticket, TicketStatus } from "./domain/ticket";
export type { BoardCall, CallResult } from "./service";
export type { CaseReferenceOf };
export { CallDisplays, QueueService };

export interface QueueOptions {
  database: Database;
  config: AppConfig;
  /** a case's reference, so that the day view links a visit booked for an application to its case */
  caseReferenceOf?: CaseReferenceOf;
}

declare module "fastify" {
  interface FastifyInstance {
    queue: QueueService;
    callDisplays: CallDisplays;
  }
}

/** The day at a location: check-in, walk-in tickets, counters, the call display. */
export const queuePlugin = fp(
  async (app: FastifyInstance, opts: QueueOptions) => {
    const { database, config } = opts;
    const queue = new QueueService({
      database,
      tenantId: config.tenant,
      secret: config.cookieSecret,
      timeZone: () => app.booking.timeZone(),
      plannedMinutes: async (key) =>
        (await app.catalog.catalog()).byKey.get(key)?.counterMinutes ?? config.booking.defaultServiceMinutes,
      appointment: (id) => findAppointmentForCheckIn(database.db, config.tenant, id),
    });
    const displays = new CallDisplays(database, config.tenant, queue, app.log);
    app.decorate("queue", queue);
    app.decorate("callDisplays", displays);
    app.metrics.gauge({
      name: "call_display_connections",
      help: "Call displays this process holds open (Server-Sent-Event streams)",
      read: () => displays.openDisplays,
    });
    app.addHook("onReady", () => displays.start());
    app.addHook("preClose", () => displays.stop());

    const places: QueuePlaces = {
      async locations(locale, scope) {
        const file = await app.booking.openingPlans();
        const planned = new Set((file?.plans ?? []).map((p) => p.location));
        return (await app.locations.directory()).locations
          .filter((l) => planned.has(l.key) && worksAt(scope, l.key))
          .map((l) => ({ value: l.key, label: l.name[locale] }));
      },
      async counters(location, date) {
        const plans = ((await app.booking.openingPlans())?.plans ?? []).filter(
          (p) => p.location === location,
        );
        const valid = plans.filter((p) => p.validFrom <= date && (p.validTo === null || p.validTo >= date));
        return [...new Set((valid.length ? valid : plans).flatMap((p) => p.counters.map((c) => c.key)))];
      },
      async sessionTimes(location, date, _locale) {
        const sessions = await app.booking.sessions({ location, from: date, to: date });
        if (sessions.length === 0) return null;
        const tz = await app.booking.timeZone();
        const f = new Intl.DateTimeFormat("de-DE", { timeStyle: "short", timeZone: tz });
        return sessions.map((s) => `${f.format(new Date(s.start))}–${f.format(new Date(s.end))}`).join(", ");
      },
      async visits(location, date, locale) {
        const place = (await app.locations.directory()).byKey.get(location);
        if (place?.kind !== "mobile-stop") return null;
        const timeZone = await app.booking.timeZone();
        const q = QUEUE_MESSAGES[locale];
        const { byKey } = await app.catalog.catalog();
        const visits = await scheduledVisitsOn(database, config.tenant, { date, timeZone });
        return visits
          .filter((v) => v.location === location || v.kind === "home-visit")
          .map((v) => ({
            code: v.code,
            time: clockTime(locale, timeZone, new Date(v.at)),
            kind: v.kind === "home-visit" ? q.day.kindHomeVisit : q.day.kindMobileVisit,
            services: v.services.map((k) => byKey.get(k)?.name[locale] ?? k).join(", "),
          }));
      },
    };

    for (const prefix of ["", "/en"]) {
      await app.register(queuePublicRoutes, {
        prefix,
        queue,
        displays,
        counters: async (location) => places.counters(location, await queue.dateOf(app.clock.now())),
      });
      await app.register(queueStaffRoutes, {
        prefix,
        queue,
        places,
        publicUrl: config.publicUrl,
        caseReferenceOf: opts.caseReferenceOf,
      });
    }
  },
  { name: "queue", dependencies: ["metrics", "staff", "catalog", "locations", "booking", "visit-requests"] },
);
