import { type Kysely, sql, type Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import { District, Location } from "./domain/location";

export interface LocationData {
  locations: Location[];
  districts: District[];
}

/** Loads the tenant's current locations and all its districts, in published order. */
export async function loadLocations(db: Kysely<DB>, tenantId: string): Promise<LocationData> {
  const [locations, districts] = await Promise.all([
    db
      .selectFrom("locations")
      .select("data")
      .where("tenant_id", "=", tenantId)
      .where("withdrawn_at", "is", null)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("districts")
      .select(["key", "name", "kind", "population", "population_as_of"])
      .where("tenant_id", "=", tenantId)
      .orderBy("position")
      .execute(),
  ]);
  return {
    locations: z.array(Location).parse(locations.map((l) => l.data)),
    districts: z.array(District).parse(
      districts.map((d) => ({
        key: d.key,
        name: d.name,
        kind: d.kind,
        population: d.population,
        populationAsOf: d.population_as_of,
      })),
    ),
  };
}

/**
 * Makes the stored districts and locations equal to the given ones inside the caller's
 * transaction. Locations no longer listed are withdrawn, districts are updated in place.
 */
export async function replaceLocations(
  trx: Transaction<DB>,
  tenantId: string,
  data: LocationData,
): Promise<void> {
  for (const [position, d] of data.districts.entries()) {
    await trx
      .insertInto("districts")
      .values({
        tenant_id: tenantId,
        key: d.key,
        name: d.name,
        kind: d.kind,
        population: d.population,
        population_as_of: d.populationAsOf,
        position,
      })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "key"]).doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          kind: eb.ref("excluded.kind"),
          population: eb.ref("excluded.population"),
          population_as_of: eb.ref("excluded.population_as_of"),
          position: eb.ref("excluded.position"),
        })),
      )
      .execute();
  }
  for (const [position, l] of data.locations.entries()) {
    await trx
      .insertInto("locations")
      .values({
        tenant_id: tenantId,
        key: l.key,
        kind: l.kind,
        district_key: l.district,
        position,
        data: JSON.stringify(l),
      })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "key"]).doUpdateSet((eb) => ({
          kind: eb.ref("excluded.kind"),
          district_key: eb.ref("excluded.district_key"),
          position: eb.ref("excluded.position"),
          data: eb.ref("excluded.data"),
          withdrawn_at: null,
        })),
      )
      .execute();
  }
  await trx
    .updateTable("locations")
    .set({ withdrawn_at: sql`now()` })
    .where("tenant_id", "=", tenantId)
    .where("withdrawn_at", "is", null)
    .where(
      "key",
      "not in",
      data.locations.map((l) => l.key),
    )
    .execute();
}

/** A place with its administrative state, for the back office. */
export interface LocationEntry {
  location: Location;
  withdrawn: boolean;
}

/** Every place of the tenant, withdrawn ones included, in published order. */
export async function listLocationEntries(db: Kysely<DB>, tenantId: string): Promise<LocationEntry[]> {
  const rows = await db
    .selectFrom("locations")
    .select(["data", "withdrawn_at"])
    .where("tenant_id", "=", tenantId)
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ location: Location.parse(r.data), withdrawn: r.withdrawn_at !== null }));
}

/**
 * One place, withdrawn or not. Inside a transaction, `lock` holds its row until the
 * transaction ends, so a read-modify-write does not lose a concurrent change.
 */
export async function findLocationEntry(
  db: Kysely<DB>,
  tenantId: string,
  key: string,
  lock = false,
): Promise<LocationEntry | undefined> {
  let q = db
    .selectFrom("locations")
    .select(["data", "withdrawn_at"])
    .where("tenant_id", "=", tenantId)
    .where("key", "=", key);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && { location: Location.parse(row.data), withdrawn: row.withdrawn_at !== null };
}

/** Stores a changed place in place (same key and district); the caller validated it. */
export async function updateLocation(
  trx: Transaction<DB>,
  tenantId: string,
  location: Location,
): Promise<void> {
  const valid = Location.parse(location);
  await trx
    .updateTable("locations")
    .set({ kind: valid.kind, data: JSON.stringify(valid) })
    .where("tenant_id", "=", tenantId)
    .where("key", "=", valid.key)
    .execute();
}

/** Withdraws a place from the citizen pages, or restores it; its row and history stay. */
export async function setLocationWithdrawn(
  trx: Transaction<DB>,
  tenantId: string,
  key: string,
  withdrawn: boolean,
): Promise<void> {
  await trx
    .updateTable("locations")
    .set({ withdrawn_at: withdrawn ? sql`now()` : null })
    .where("tenant_id", "=", tenantId)
    .where("key", "=", key)
    .execute();
}
