import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";

/** Administration of the catalogue, places and counters, opening plans and closures, and the mobile tour plan. */
export const administrationPlugin = fp(
  async (_app: FastifyInstance, _opts: { database: Database; config: Config }) => {
    // routes for "" and "/en" are registered here
  },
  { name: "administration", dependencies: ["staff"] },
);
