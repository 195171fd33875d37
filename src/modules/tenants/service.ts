import { join } from "node:path";
import type { Database } from "../../platform/db/database";
import { bumpCatalogRevision } from "../../platform/db/revision-cache";
import { TENANTS_DIR } from "../../platform/paths";
import { replaceOpeningPlans } from "../booking";
import { replaceCatalog } from "../catalog";
import { replaceLocations } from "../locations";
import {
  formatIssue,
  type TenantData,
  type TenantFileIssue,
  validateTenantFiles,
} from "./domain/tenant-files";
import { findTenantProfile, upsertTenant } from "./queries";
import { readTenantDirectory } from "./tenant-files-reader";

export { TENANTS_DIR };

/** A tenant's files were rejected; nothing was written. */
export class TenantImportError extends Error {
  override name = "TenantImportError";
  constructor(readonly issues: TenantFileIssue[]) {
    super(`Tenant data rejected:\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
  }
}

/**
 * Validates a tenant directory and imports it in one transaction: all or nothing.
 * @throws TenantImportError naming file, entry and field of every problem
 */
export async function importTenantDirectory(database: Database, dir: string): Promise<TenantData> {
  const validation = validateTenantFiles(await readTenantDirectory(dir));
  if (!validation.ok) throw new TenantImportError(validation.issues);
  await importTenantData(database, validation.data);
  return validation.data;
}

export async function importTenantData(database: Database, data: TenantData): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await upsertTenant(trx, data.profile);
    await replaceLocations(trx, data.profile.id, { districts: data.districts, locations: data.locations });
    await replaceCatalog(trx, data.profile.id, { groups: data.groups, services: data.services });
    await replaceOpeningPlans(trx, data.profile.id, data.openingPlans);
    await bumpCatalogRevision(trx, data.profile.id);
  });
}

/**
 * Loads the bundled data of a tenant on first start; does nothing when the tenant exists,
 * so an administrator's later changes are never overwritten by a restart.
 * @returns whether it imported
 */
export async function seedTenantIfMissing(database: Database, tenantId: string): Promise<boolean> {
  if (await findTenantProfile(database.db, tenantId)) return false;
  await importTenantDirectory(database, join(TENANTS_DIR, tenantId));
  return true;
}
