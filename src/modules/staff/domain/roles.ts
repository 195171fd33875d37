import { z } from "zod";

/**
 * What a staff account may do. An account holds one or more roles; access is the union.
 * - administrator: catalogue, places, opening and tour plans, staff accounts, audit log
 * - clerk: the Stadtbüro's day, counters, walk-in tickets, visit requests, online applications
 * - mobile-team: the same at the mobile Stadtbüro's stops and home visits
 * - help-point: helps residents at a neighbourhood help point (tickets, visit requests)
 * - management: statistics, read-only
 */
export const ROLES = ["administrator", "clerk", "mobile-team", "help-point", "management"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Who may use a back-office route. Every route below `/verwaltung` declares one of these
 * (`config.access`); the app refuses to start when one is missing.
 * - `public`: anyone, signed in or not (the sign-in steps)
 * - `staff`: any fully signed-in account
 * - a list of roles: an account holding at least one of them
 */
export type Access = "public" | "staff" | readonly Role[];

/** Named role sets, so routes of one kind grant the same roles. */
export const ACCESS = {
  /** run a day: day view, check-in, counters, walk-in tickets, bookings for callers and at the desk */
  frontDesk: ["clerk", "mobile-team"],
  /** issue walk-in tickets and take visit requests for residents */
  tickets: ["clerk", "mobile-team", "help-point"],
  /** schedule visit requests into mobile visits and home visits */
  visitRequests: ["clerk", "mobile-team", "help-point"],
  /**
   * process online applications (cases) with the residents' answers, contact and files:
   * clerks' work alone, and only at the places they work at (a case of no place, the general
   * inbox, is every clerk's); administrators see all places but hold no clerk role, so they
   * see no resident's data
   */
  cases: ["clerk"],
  /** catalogue, places, plans, tour plan, staff accounts, feedback, audit log */
  admin: ["administrator"],
  /** statistics and their export */
  reports: ["management", "administrator"],
} as const satisfies Record<string, readonly Role[]>;

/** True when an account with `roles` may use a route declaring `access`. */
export function mayAccess(access: Access, roles: readonly Role[] | undefined): boolean {
  if (access === "public") return true;
  if (roles === undefined) return false;
  if (access === "staff") return roles.length > 0;
  return access.some((r) => roles.includes(r));
}
