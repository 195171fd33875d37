import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import { TenantProfile } from "./domain/tenant-profile";

export async function upsertTenant(trx: Transaction<DB>, profile: TenantProfile): Promise<void> {
  await trx
    .insertInto("tenants")
    .values({
      id: profile.id,
      name: profile.name,
      regional_key: profile.regionalKey,
      time_zone: profile.timeZone,
      profile: JSON.stringify(profile),
    })
    .onConflict((oc) =>
      oc.column("id").doUpdateSet((eb) => ({
        name: eb.ref("excluded.name"),
        regional_key: eb.ref("excluded.regional_key"),
        time_zone: eb.ref("excluded.time_zone"),
        profile: eb.ref("excluded.profile"),
      })),
    )
    .execute();
}

export async function findTenantProfile(
  db: Kysely<DB>,
  tenantId: string,
): Promise<TenantProfile | undefined> {
  const row = await db.selectFrom("tenants").select("profile").where("id", "=", tenantId).executeTakeFirst();
  return row ? TenantProfile.parse(row.profile) : undefined;
}
