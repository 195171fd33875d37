import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { Database } from "../../platform/db/database";
import { FeedbackInbox } from "./feedback-inbox";
import { feedbackAdminRoutes } from "./web/feedback-admin-routes";
import { easyLanguagePage, legalPages } from "./web/pages";

/** The legally required pages, in every language, and the back office's inbox of accessibility reports. */
export const legalPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; tenantId: string }) => {
    await app.register(legalPages, opts);
    await app.register(legalPages, { ...opts, prefix: "/en" });
    await app.register(easyLanguagePage);
    await app.register(easyLanguagePage, { prefix: "/en" });
    const inbox = new FeedbackInbox(opts.database, opts.tenantId);
    await app.register(feedbackAdminRoutes, { inbox });
    await app.register(feedbackAdminRoutes, { inbox, prefix: "/en" });
  },
  { name: "legal", dependencies: ["tenants", "staff", "booking"] },
);
