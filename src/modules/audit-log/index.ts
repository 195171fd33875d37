import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import type { Database } from "../../platform/db/database";
import { AuditLogService } from "./service";
import { auditLogRoutes } from "./web/audit-log-routes";

/** The audit log viewer and its CSV export (administrators). */
export const auditLogPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const service = new AuditLogService(opts.database, opts.config.tenant);
    for (const prefix of ["", "/en"]) await app.register(auditLogRoutes, { prefix, service });
  },
  { name: "audit-log", dependencies: ["tenants", "staff"] },
);
