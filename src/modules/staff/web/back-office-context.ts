import type { FastifyReply, FastifyRequest } from "fastify";
import type { Locale } from "../../../domain/locale";
import { AppError } from "../../../platform/errors";
import { type PageContext, pageContext } from "../../../platform/views/page-context";
import { ACCESS, type Access, mayAccess, type Role } from "../domain/roles";
import { type StaffMessages, staffDe } from "../messages/de";
import { staffEn } from "../messages/en";

export const STAFF_MESSAGES: Record<Locale, StaffMessages> = { de: staffDe, en: staffEn };

/** The signed-in person as pages show them. */
export interface Viewer {
  staffId: number;
  displayName: string;
  roles: Role[];
  /** where they work this session, when they picked a counter */
  location: string | null;
  counter: string | null;
}

/** Everything a back-office view needs besides its view model. */
export interface BackOfficeContext extends PageContext {
  viewer: Viewer;
  /** for the sign-out button and the page's own forms */
  csrfToken: string;
  s: StaffMessages;
  /** true when the viewer may use routes declaring `access` (to hide links and buttons) */
  may(access: Access): boolean;
}

/**
 * The context of a back-office page for a signed-in person.
 * @throws AppError unauthenticated outside a guarded route
 */
export function backOfficeContext(request: FastifyRequest, reply: FastifyReply): BackOfficeContext {
  const session = request.staffSession;
  if (session?.stage !== "active") throw new AppError("unauthenticated");
  const ctx = pageContext(request);
  const roles = session.account.roles;
  return {
    ...ctx,
    viewer: {
      staffId: session.account.id,
      displayName: session.account.displayName,
      roles,
      location: session.location,
      counter: session.counter,
    },
    csrfToken: reply.generateCsrf(),
    s: STAFF_MESSAGES[ctx.locale],
    may: (access) => mayAccess(access, roles),
  };
}

/** The back office's navigation: each entry shows only to those who may open it. */
export const BACK_OFFICE_NAV = [
  { path: "/verwaltung", label: "home", access: "staff" },
  { path: "/verwaltung/tag", label: "day", access: ACCESS.frontDesk },
  { path: "/verwaltung/schalter", label: "counter", access: ACCESS.frontDesk },
  { path: "/verwaltung/wartemarken/neu", label: "walkIn", access: ACCESS.tickets },
  { path: "/verwaltung/termine/neu", label: "bookAppointment", access: ACCESS.frontDesk },
  { path: "/verwaltung/hausbesuche", label: "visitRequests", access: ACCESS.visitRequests },
  { path: "/verwaltung/vorgaenge", label: "cases", access: ACCESS.cases },
  { path: "/verwaltung/statistik", label: "reports", access: ACCESS.reports },
  { path: "/verwaltung/leistungen", label: "services", access: ACCESS.admin },
  { path: "/verwaltung/orte", label: "locations", access: ACCESS.admin },
  { path: "/verwaltung/oeffnungszeiten", label: "openingPlans", access: ACCESS.admin },
  { path: "/verwaltung/tourenplan", label: "tourPlan", access: ACCESS.admin },
  { path: "/verwaltung/wahlen", label: "elections", access: ACCESS.admin },
  { path: "/verwaltung/konten", label: "accounts", access: ACCESS.admin },
  { path: "/verwaltung/rueckmeldungen", label: "feedback", access: ACCESS.admin },
  { path: "/verwaltung/protokoll", label: "audit", access: ACCESS.admin },
] as const satisfies readonly { path: string; label: keyof StaffMessages["layout"]; access: Access }[];
