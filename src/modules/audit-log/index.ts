import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";

/** The audit log viewer and its CSV export (administrators). */
export const auditLogPlugin = fp(
  async (_app: FastifyInstance, _opts: { database: Database; config: Config }) => {
    // routes for "" and "/en" are registered here
  },
  { name: "audit-log", dependencies: ["staff"] },
);
