import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";

/** Statistics per day and location, and their CSV export. */
export const reportsPlugin = fp(
  async (_app: FastifyInstance, _opts: { database: Database; config: Config }) => {
    // routes for "" and "/en" are registered here
  },
  { name: "reports", dependencies: ["staff"] },
);
