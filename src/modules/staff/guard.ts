import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../../platform/audit/audit";
import { AppError } from "../../platform/errors";
import { clientAddress } from "../../platform/http/client-address";
import { localeOfUrl, localizedPath } from "../../platform/i18n/i18n";
import { type PlaceScope, placeScopeOf } from "./domain/places";
import { type Access, mayAccess } from "./domain/roles";
import type { SessionView } from "./queries";
import type { StaffService } from "./service";

export const STAFF_COOKIE = "sb_staff";

/**
 * The session cookie's name. Over HTTPS it carries the `__Host-` prefix: the browser then
 * takes it only when it is Secure, for path `/` and without a Domain, so no other host of the
 * city's domain (and no plain-HTTP page) can set or overwrite a staff session.
 */
export function staffCookieName(secure: boolean): string {
  return secure ? `__Host-${STAFF_COOKIE}` : STAFF_COOKIE;
}

/** Paths of the back office, in either language. */
export const BACK_OFFICE_PATH = /^(\/en)?\/verwaltung(\/|$)/;

export interface BackOfficeRoute {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** who may use this route; required below `/verwaltung` (see `Access`) */
    access?: Access;
  }
  interface FastifyRequest {
    /** the staff session behind the cookie, on back-office routes; null when none */
    staffSession: SessionView | null;
    /** the signed-in person and their address, for the audit log */
    actor(): Actor;
    /** where the signed-in person works (their places; administrators everywhere) */
    placeScope(): PlaceScope;
  }
  interface FastifyInstance {
    /** every back-office route with its declared access (the authorisation matrix test reads it) */
    backOfficeRoutes: BackOfficeRoute[];
  }
}

/**
 * Makes every back-office route declare who may use it, and checks it before anything else
 * runs (before the body is parsed or the CSRF token is checked). A route without a
 * declaration stops the app at start.
 */
export function installGuard(app: FastifyInstance, staff: StaffService, secure: boolean) {
  const cookieName = staffCookieName(secure);
  app.decorate("backOfficeRoutes", [] as BackOfficeRoute[]);
  app.decorateRequest("staffSession", null);
  app.decorateRequest("actor", function (this: FastifyRequest): Actor {
    const session = this.staffSession;
    if (!session) throw new AppError("unauthenticated");
    return { staffId: session.account.id, username: session.account.username, ip: clientAddress(this) };
  });
  app.decorateRequest("placeScope", function (this: FastifyRequest): PlaceScope {
    const session = this.staffSession;
    if (session?.stage !== "active") throw new AppError("unauthenticated");
    return placeScopeOf(session.account);
  });

  app.addHook("onRoute", (route) => {
    if (!BACK_OFFICE_PATH.test(route.url)) return;
    const access = route.config?.access;
    if (access === undefined) {
      throw new Error(`Back-office route ${String(route.method)} ${route.url} declares no access`);
    }
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") app.backOfficeRoutes.push({ method, url: route.url, access });
    }
    const guard = async (request: FastifyRequest, reply: FastifyReply) => checkAccess(request, reply, access);
    route.onRequest = [guard, ...[route.onRequest ?? []].flat()];
    const noStore = async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header("cache-control", "no-store");
      reply.header("x-robots-tag", "noindex");
    };
    route.onSend = [noStore, ...[route.onSend ?? []].flat()] as typeof route.onSend;
  });

  async function checkAccess(request: FastifyRequest, reply: FastifyReply, access: Access) {
    const cookie = request.cookies[cookieName];
    const session = cookie ? await staff.session(cookie, app.clock.now()) : undefined;
    request.staffSession = session ?? null;
    if (access === "public") return;
    const roles = session?.stage === "active" ? session.account.roles : undefined;
    if (mayAccess(access, roles)) return;
    if (roles !== undefined) throw new AppError("forbidden");
    if (request.method === "GET") {
      const { locale, path } = localeOfUrl(request.url);
      const next = encodeURIComponent(path);
      return reply.redirect(localizedPath(locale, `/verwaltung/anmelden?weiter=${next}`), 303);
    }
    throw new AppError("unauthenticated");
  }

  return {
    setSessionCookie(reply: FastifyReply, sessionId: string) {
      reply.setCookie(cookieName, sessionId, { path: "/", httpOnly: true, sameSite: "lax", secure });
    },
    clearSessionCookie(reply: FastifyReply) {
      reply.clearCookie(cookieName, { path: "/", secure });
    },
    /** the session id the browser sent, if any */
    sessionIdOf(request: FastifyRequest): string | undefined {
      return request.cookies[cookieName];
    },
  };
}
