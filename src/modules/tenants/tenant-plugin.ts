import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import { AppError } from "../../platform/errors";
import type { TenantProfile } from "./domain/tenant-profile";
import { findTenantProfile } from "./queries";

declare module "fastify" {
  interface FastifyInstance {
    tenant: { id: string; profile(): Promise<TenantProfile> };
  }
}

/** Makes the tenant's profile available to every request (site name, demo notice, legal pages). */
export const tenantPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    const { database, tenantId } = opts;
    const cache = new RevisionCache(
      () => readCatalogRevision(database.db, tenantId),
      () => findTenantProfile(database.db, tenantId),
    );
    const profile = async () => {
      const p = await cache.get();
      if (!p) throw new AppError("unavailable");
      return p;
    };
    app.decorate("tenant", { id: tenantId, profile });
    app.decorateRequest("site", undefined as never);
    app.addHook("onRequest", async (request) => {
      if (request.url.startsWith("/assets/") || request.url === "/health" || request.url === "/ready") return;
      const p = await profile();
      request.site = { tenantName: p.shortName ?? p.name, demo: p.demo };
    });
  },
  { name: "tenants", dependencies: [] },
);
