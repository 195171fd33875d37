import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { easyLanguagePage, legalPages } from "./web/pages";

/** The legally required pages, in every language. */
export const legalPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    await app.register(legalPages, opts);
    await app.register(legalPages, { ...opts, prefix: "/en" });
    await app.register(easyLanguagePage);
    await app.register(easyLanguagePage, { prefix: "/en" });
  },
);
