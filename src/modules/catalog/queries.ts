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

/** A service with its administrative state, for the back office. */
export interface ServiceEntry {
  service: Service;
  withdrawn: boolean;
}

/** A group with its administrative state, for the back office. */
export interface GroupEntry {
  group: ServiceGroup;
  withdrawn: boolean;
}

/** Every group and service of the tenant, withdrawn ones included, in catalogue order. */
export async function listCatalogEntries(
  db: Kysely<DB>,
  tenantId: string,
): Promise<{ groups: GroupEntry[]; services: ServiceEntry[] }> {
  const [groups, services] = await Promise.all([
    db
      .selectFrom("service_groups")
      .select(["data", "withdrawn_at"])
      .where("tenant_id", "=", tenantId)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("services")
      .select(["data", "withdrawn_at"])
      .where("tenant_id", "=", tenantId)
      .orderBy("position")
      .execute(),
  ]);
  return {
    groups: groups.map((g) => ({ group: ServiceGroup.parse(g.data), withdrawn: g.withdrawn_at !== null })),
    services: services.map((s) => ({ service: Service.parse(s.data), withdrawn: s.withdrawn_at !== null })),
  };
}

/**
 * One service, withdrawn or not. Inside a transaction, `lock` holds its row until the
 * transaction ends, so a read-modify-write does not lose a concurrent change.
 */
export async function findServiceEntry(
  db: Kysely<DB>,
  tenantId: string,
  key: string,
  lock = false,
): Promise<(ServiceEntry & { groupWithdrawn: boolean }) | undefined> {
  let q = db
    .selectFrom("services as s")
    .innerJoin("service_groups as g", (join) =>
      join.onRef("g.tenant_id", "=", "s.tenant_id").onRef("g.key", "=", "s.group_key"),
    )
    .select(["s.data", "s.withdrawn_at", "g.withdrawn_at as group_withdrawn_at"])
    .where("s.tenant_id", "=", tenantId)
    .where("s.key", "=", key);
  if (lock) q = q.forUpdate("s");
  const row = await q.executeTakeFirst();
  return (
    row && {
      service: Service.parse(row.data),
      withdrawn: row.withdrawn_at !== null,
      groupWithdrawn: row.group_withdrawn_at !== null,
    }
  );
}

/** Stores a changed service in place (same key and group); the caller validated it. */
export async function updateService(trx: Transaction<DB>, tenantId: string, service: Service): Promise<void> {
  await trx
    .updateTable("services")
    .set({ data: JSON.stringify(Service.parse(service)), leika_key: service.leikaKey })
    .where("tenant_id", "=", tenantId)
    .where("key", "=", service.key)
    .execute();
}

/** Withdraws a service from the citizen pages, or restores it; its row and history stay. */
export async function setServiceWithdrawn(
  trx: Transaction<DB>,
  tenantId: string,
  key: string,
  withdrawn: boolean,
): Promise<void> {
  await trx
    .updateTable("services")
    .set({ withdrawn_at: withdrawn ? sql`now()` : null })
    .where("tenant_id", "=", tenantId)
    .where("key", "=", key)
    .execute();
}
