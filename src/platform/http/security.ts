import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet from "helmet";
import type { AppConfig } from "../../config";
import type { Database } from "../db/database";
import { AppError } from "../errors";
import { clientAddress } from "./client-address";
import { databaseRateLimitStore, rateLimitCleanupJob } from "./rate-limit-store";

export const CSRF_COOKIE = "sb_csrf";

interface SecurityOptions {
  config: AppConfig;
  database: Database;
}

/**
 * Security headers on every reply, CSRF protection for forms and a per-address rate limit,
 * counted in the database so that all instances share it. The CSP allows no inline script or
 * style at all; pages need neither.
 */
export const securityPlugin = fp(async (app: FastifyInstance, { config, database }: SecurityOptions) => {
  // Made once: the headers are the same on every reply (@fastify/helmet made the middleware,
  // parsing the policy again, on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // KERN's icons are data: SVGs inside the stylesheet
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // Set below, only on replies that travelled over TLS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onRequest", (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https") {
      reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    }
    reply.header("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    // Not stored unless the route says otherwise: pages with a resident's entries (contact,
    // check, confirmation, manage, and every form that echoes what was typed) must never
    // land in a shared or back-button cache. Public pages opt in (`notModified`, assets).
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
  });

  await app.register(cookie, { secret: config.cookieSecret });
  const secure = config.publicUrl.startsWith("https:");
  await app.register(csrf, {
    // over HTTPS with the __Host- prefix, like the staff session (see staffCookieName)
    cookieKey: secure ? `__Host-${CSRF_COOKIE}` : CSRF_COOKIE,
    cookieOpts: { path: "/", httpOnly: true, sameSite: "lax", signed: true, secure },
    getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf,
    csrfOpts: { hmacKey: config.cookieSecret },
  });

  app.jobs.push(rateLimitCleanupJob(database));
  await app.register(rateLimit, {
    store: databaseRateLimitStore({ database, clock: app.clock, secret: config.cookieSecret, log: app.log }),
    skipOnError: true,
    max: config.rateLimitPerMinute,
    timeWindow: "1 minute",
    keyGenerator: clientAddress,
    allowList: (request) => request.url === "/health" || request.url === "/ready",
    errorResponseBuilder: () => new AppError("rate-limited"),
  });
});
