export type { TenantProfile } from "./domain/tenant-profile";
export { findTenantProfile } from "./queries";
export { importTenantDirectory, seedTenantIfMissing, TENANTS_DIR, TenantImportError } from "./service";
export { tenantPlugin } from "./tenant-plugin";
