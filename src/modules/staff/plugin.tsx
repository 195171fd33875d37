import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import type { AppConfig } from "../../config";
import type { Database } from "../../platform/db/database";
import { sendPage } from "../../platform/views/render";
import { installGuard } from "./guard";
import { StaffService } from "./service";
import { accountRoutes } from "./web/account-routes";
import { backOfficeContext } from "./web/back-office-context";
import { HomePage } from "./web/HomePage";
import { signInRoutes } from "./web/sign-in-routes";

declare module "fastify" {
  interface FastifyInstance {
    staff: StaffService;
  }
}

/**
 * Staff accounts, sign-in and the guard of every back-office route. Registered before the
 * modules, so its route hook sees (and checks) every back-office route they add.
 */
export const staffPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: AppConfig }) => {
    const staff = new StaffService(opts.database, opts.config.tenant, opts.config.cookieSecret);
    app.decorate("staff", staff);
    const cookies = installGuard(app, staff, opts.config.publicUrl.startsWith("https:"));
    app.jobs.push({
      name: "staff-sessions",
      everySeconds: 600,
      run: (now) => staff.removeEndedSessions(now),
    });

    // One count for every sign-in post, in both languages: a separate count per route and
    // language would let each of them be tried as often.
    // (`groupId` names that one count in the shared store)
    const limit = app.rateLimit({
      max: opts.config.signInPostsPerMinute,
      timeWindow: "1 minute",
      groupId: "staff-sign-in",
    });
    for (const prefix of ["", "/en"]) {
      await app.register(
        async (scope) => {
          await scope.register(signInRoutes, { staff, cookies, limit });
          await scope.register(accountRoutes, { staff });
          scope.get("/verwaltung", { config: { access: "staff" } }, async (request, reply) =>
            sendPage(reply, <HomePage ctx={backOfficeContext(request, reply)} />),
          );
        },
        { prefix },
      );
    }
  },
  { name: "staff", dependencies: ["tenants", "locations"] },
);
