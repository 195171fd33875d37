import compress from "@fastify/compress";
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config";
import { administrationPlugin } from "./modules/administration";
import { apiDocsPlugin } from "./modules/api-docs";
import { applicationsPlugin } from "./modules/applications";
import { auditLogPlugin } from "./modules/audit-log";
import { bookingPlugin } from "./modules/booking";
import { catalogPlugin } from "./modules/catalog";
import { legalPlugin } from "./modules/legal";
import { locationsPlugin, type PlaceDetails } from "./modules/locations";
import { mobileOfficePlugin } from "./modules/mobile-office";
import { queuePlugin } from "./modules/queue";
import { reportsPlugin } from "./modules/reports";
import { staffPlugin } from "./modules/staff";
import { tenantPlugin } from "./modules/tenants";
import { visitRequestsPlugin } from "./modules/visit-requests";
import { assetsPlugin } from "./platform/assets/assets";
import { type Clock, systemClock } from "./platform/clock";
import { withCookieSecret } from "./platform/crypto/cookie-secret";
import { sealerFor } from "./platform/crypto/data-keys";
import type { Database } from "./platform/db/database";
import { registerErrorHandling } from "./platform/http/error-pages";
import { faviconRoutes } from "./platform/http/favicon";
import { healthRoutes } from "./platform/http/health";
import { openApiPlugin } from "./platform/http/openapi";
import { securityPlugin } from "./platform/http/security";
import { installValidation } from "./platform/http/validation";
import { loggerOptions } from "./platform/logging";
import { type Mailer, mailPlugin } from "./platform/mail";
import { metricsPlugin } from "./platform/metrics";
import type { Job } from "./platform/scheduler";

/**
 * Fastify's form of `TRUST_PROXY`. A hop count trusts the forwarding headers of the nearest
 * `hops` peers (Fastify's own number option trusts none, so it is given as a function): safe
 * only when the port is reachable through the proxy alone, as `docs/security.md` says.
 */
function trustProxyOption(trust: Config["trustProxy"]): FastifyServerOptions["trustProxy"] {
  if (typeof trust === "number") return (_address: string, hop: number) => hop < trust;
  return trust;
}

/** A route as registered: the hostile-input tests call every one of them. */
export interface RouteEntry {
  method: string;
  url: string;
  /** the route's zod schemas (params, querystring, body) */
  schema: unknown;
}

declare module "fastify" {
  interface FastifyInstance {
    /** every route of the app, in registration order */
    routeList: RouteEntry[];
  }
}

export interface AppDeps {
  config: Config;
  database: Database;
  /** where log lines go (tests capture them); standard output when absent */
  logStream?: { write(line: string): void };
  /** tests pass their own; otherwise made from `config.mail` (and closed with the app) */
  mailer?: Mailer;
  /** where business code takes the time from; the wall clock when absent */
  clock?: Clock;
}

/** What the place pages show of the catalogue and of booking (see `PlaceDetails`). */
function placeDetails(app: FastifyInstance): PlaceDetails {
  return {
    async services(keys) {
      const { byKey } = await app.catalog.catalog();
      return keys.flatMap((k) => {
        const s = byKey.get(k);
        return s ? [{ key: s.key, name: s.name }] : [];
      });
    },
    plans: async () => (await app.booking.openingPlans())?.plans ?? [],
    today: () => app.booking.today(app.clock.now()),
    sessions: (location, from, to) => app.booking.sessions({ location, from, to }),
  };
}

/**
 * Builds the application: platform plugins first, then the modules. The caller owns the
 * database and closes it; `app.close()` only stops serving.
 */
export async function buildApp({
  config: loaded,
  database,
  logStream,
  mailer,
  clock = systemClock,
}: AppDeps): Promise<FastifyInstance> {
  // COOKIE_SECRET, or the installation's own key from the database (outside production)
  const config = await withCookieSecret(loaded, database);
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: false,
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  installValidation(app);

  app.decorate("clock", clock);
  app.decorate("jobs", [] as Job[]);
  app.decorate("routeList", [] as RouteEntry[]);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") app.routeList.push({ method, url: route.url, schema: route.schema });
    }
  });
  registerErrorHandling(app);
  await app.register(metricsPlugin, { config });
  await app.register(securityPlugin, { config, database });
  await app.register(compress, { threshold: 1024, encodings: ["br", "gzip", "deflate"] });
  await app.register(formbody);
  await app.register(openApiPlugin);
  await app.register(assetsPlugin);
  await app.register(healthRoutes, { database });
  await app.register(faviconRoutes);
  await app.register(tenantPlugin, { database, tenantId: config.tenant });
  const moduleOptions = { database, tenantId: config.tenant };
  // one sealer for residents' data at rest (in tests its key lives as long as the app)
  const sealer = await sealerFor(config);
  // Places come first: the catalogue, booking and staff build on them. Their pages name the
  // services and hours of those later modules through these functions, read per request.
  await app.register(locationsPlugin, { ...moduleOptions, details: placeDetails(app) });
  // a service page links to the online form when the applications module offers one
  await app.register(catalogPlugin, { ...moduleOptions, platformForms: () => app.applications.offered() });
  // before the modules with back-office routes: its route hook checks that each declares its access
  await app.register(staffPlugin, { database, config });
  await app.register(applicationsPlugin, { ...moduleOptions, config, sealer });
  await app.register(mailPlugin, { config, mailer });
  // a visit booked from a case's page is attached to the case (applications lends the lookup)
  await app.register(bookingPlugin, {
    database,
    config,
    caseOf: (token) => app.applications.caseAwaitingVisit(token),
  });
  await app.register(legalPlugin, moduleOptions);
  await app.register(mobileOfficePlugin, { config });
  await app.register(apiDocsPlugin);
  await app.register(visitRequestsPlugin, moduleOptions);
  // the back office
  await app.register(queuePlugin, {
    database,
    config,
    caseReferenceOf: (caseId) => app.applications.caseReference(caseId),
  });
  await app.register(administrationPlugin, { database, config });
  await app.register(reportsPlugin, { database, config });
  await app.register(auditLogPlugin, { database, config });
  return app;
}
