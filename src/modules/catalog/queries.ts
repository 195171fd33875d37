import { type Kysely, sql, type Transaction } from "kysely";
import { z } from "zod";
import type { DB } from "../../platform/db/schema";
import { Service, ServiceGroup } from "./domain/service";

export interface CatalogData {
  groups: ServiceGroup[];
  services: Service[];
}

/** Loads the tenant's current (not withdrawn) groups and services, in catalogue order. */
export async function loadCatalog(db: Kysely<DB>, tenantId: string): Promise<CatalogData> {
  const [groups, services] = await Promise.all([
    db
      .selectFrom("service_groups")
      .select("data")
      .where("tenant_id", "=", tenantId)
      .where("withdrawn_at", "is", null)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("services")
      .select("data")
      .where("tenant_id", "=", tenantId)
      .where("withdrawn_at", "is", null)
      .orderBy("position")
      .execute(),
  ]);
  return {
    groups: z.array(ServiceGroup).parse(groups.map((g) => g.data)),
    services: z.array(Service).parse(services.map((s) => s.data)),
  };
}

/**
 * Makes the stored catalogue equal to the given one inside the caller's transaction:
 * upserts every group and service, and marks those no longer listed as withdrawn.
 */
export async function replaceCatalog(
  trx: Transaction<DB>,
  tenantId: string,
  data: CatalogData,
): Promise<void> {
  for (const [position, group] of data.groups.entries()) {
    await trx
      .insertInto("service_groups")
      .values({
        tenant_id: tenantId,
        key: group.key,
        position,
        data: JSON.stringify(group),
      })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "key"]).doUpdateSet((eb) => ({
          position: eb.ref("excluded.position"),
          data: eb.ref("excluded.data"),
          withdrawn_at: null,
        })),
      )
      .execute();
  }
  for (const [position, service] of data.services.entries()) {
    await trx
      .insertInto("services")
      .values({
        tenant_id: tenantId,
        key: service.key,
        group_key: service.group,
        leika_key: service.leikaKey,
        position,
        data: JSON.stringify(service),
      })
      .onConflict((oc) =>
        oc.columns(["tenant_id", "key"]).doUpdateSet((eb) => ({
          group_key: eb.ref("excluded.group_key"),
          leika_key: eb.ref("excluded.leika_key"),
          position: eb.ref("excluded.position"),
          data: eb.ref("excluded.data"),
          withdrawn_at: null,
        })),
      )
      .execute();
  }
  await withdrawMissing(
    trx,
    "services",
    tenantId,
    data.services.map((s) => s.key),
  );
  await withdrawMissing(
    trx,
    "service_groups",
    tenantId,
    data.groups.map((g) => g.key),
  );
}

async function withdrawMissing(
  trx: Transaction<DB>,
  table: "services" | "service_groups",
  tenantId: string,
  keys: string[],
): Promise<void> {
  await trx
    .updateTable(table)
    .set({ withdrawn_at: sql`now()` })
    .where("tenant_id", "=", tenantId)
    .where("withdrawn_at", "is", null)
    .where("key", "not in", keys)
    .execute();
}
