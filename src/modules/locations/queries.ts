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
