import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";

/** The day at a location: check-in, walk-in tickets, counters, the call display. */
export const queuePlugin = fp(
  async (_app: FastifyInstance, _opts: { database: Database; config: Config }) => {
    // routes for "" and "/en" are registered here
  },
  { name: "queue", dependencies: ["staff"] },
);
