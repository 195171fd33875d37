import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { visitRequestPages } from "./web/pages";

export type { VisitRequestInput } from "./domain/visit-request";
export type { VisitRequestStatus, VisitRequestsTable } from "./queries";

/** Requests for a home visit by the mobile Stadtbüro: `/hausbesuch` in German, `/en/hausbesuch` in English. */
export const visitRequestsPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    await app.register(visitRequestPages, opts);
    await app.register(visitRequestPages, { ...opts, prefix: "/en" });
  },
  { name: "visit-requests", dependencies: ["mail"] },
);
