import type { Role } from "./roles";

/**
 * Where a staff account works: administrators everywhere, everyone else at the places
 * assigned to them. The day view, check-in, counters and walk-in tickets of a place (with
 * the residents' names) are open only to those who work there.
 */
export type PlaceScope = "all" | ReadonlySet<string>;

/** The scope of an account with these roles and assigned places. */
export function placeScopeOf(account: { roles: readonly Role[]; places: readonly string[] }): PlaceScope {
  return account.roles.includes("administrator") ? "all" : new Set(account.places);
}

/** True when the scope includes the place. */
export function worksAt(scope: PlaceScope, location: string): boolean {
  return scope === "all" || scope.has(location);
}
