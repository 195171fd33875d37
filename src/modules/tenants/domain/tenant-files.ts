import { z } from "zod";
import { OpeningPlansFile } from "../../booking/domain/index";
import { Service, ServiceGroup } from "../../catalog/domain/index";
import { District, Location } from "../../locations/domain/index";
import { TenantProfile } from "./tenant-profile";

/** The files a municipality's data consists of, each with its schema. */
export const TENANT_FILES = {
  "tenant.json": TenantProfile,
  "services.json": z.object({ groups: z.array(ServiceGroup).min(1), services: z.array(Service).min(1) }),
  "locations.json": z.object({ locations: z.array(Location).min(1) }),
  "districts.json": z.object({ districts: z.array(District) }),
  "opening-plans.json": OpeningPlansFile,
} as const;
export type TenantFileName = keyof typeof TENANT_FILES;
export const TENANT_FILE_NAMES = Object.keys(TENANT_FILES) as TenantFileName[];

export interface TenantData {
  profile: TenantProfile;
  groups: ServiceGroup[];
  services: Service[];
  locations: Location[];
  districts: District[];
  openingPlans: OpeningPlansFile;
}

/** One reason a tenant file was rejected: which file, which entry, which field. */
export interface TenantFileIssue {
  file: string;
  /** e.g. `services[12] "reisepass"`; absent for a problem with the file as a whole */
  entry?: string;
  /** e.g. `fee.items.0.amountCents` */
  field?: string;
  message: string;
}

export function formatIssue(issue: TenantFileIssue): string {
  return `${[issue.file, issue.entry, issue.field].filter(Boolean).join(" › ")}: ${issue.message}`;
}

export type TenantValidation = { ok: true; data: TenantData } | { ok: false; issues: TenantFileIssue[] };

/**
 * Validates the parsed contents of a tenant's files (file name → JSON value, or an Error
 * where a file could not be read or parsed) and checks the references between them.
 */
export function validateTenantFiles(files: Record<string, unknown>): TenantValidation {
  const issues: TenantFileIssue[] = [];
  const parsed: Partial<Record<TenantFileName, unknown>> = {};
  for (const file of TENANT_FILE_NAMES) {
    const content = files[file];
    if (content === undefined) {
      issues.push({ file, message: "file is missing" });
      continue;
    }
    if (content instanceof Error) {
      issues.push({ file, message: content.message });
      continue;
    }
    const result = TENANT_FILES[file].safeParse(content);
    if (result.success) parsed[file] = result.data;
    else issues.push(...result.error.issues.map((i) => toIssue(file, content, i)));
  }
  if (issues.length > 0) return { ok: false, issues };

  const data: TenantData = {
    profile: parsed["tenant.json"] as TenantProfile,
    ...(parsed["services.json"] as { groups: ServiceGroup[]; services: Service[] }),
    ...(parsed["locations.json"] as { locations: Location[] }),
    ...(parsed["districts.json"] as { districts: District[] }),
    openingPlans: parsed["opening-plans.json"] as OpeningPlansFile,
  };
  issues.push(...checkReferences(data));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data };
}

function toIssue(file: string, content: unknown, issue: z.core.$ZodIssue): TenantFileIssue {
  const [collection, index, ...rest] = issue.path;
  if (typeof collection === "string" && typeof index === "number") {
    const item = (content as Record<string, unknown[]>)[collection]?.[index] as { key?: unknown } | undefined;
    const key = typeof item?.key === "string" ? ` "${item.key}"` : "";
    return {
      file,
      entry: `${collection}[${index}]${key}`,
      field: rest.join(".") || undefined,
      message: issue.message,
    };
  }
  return { file, field: issue.path.join(".") || undefined, message: issue.message };
}

function checkReferences(data: TenantData): TenantFileIssue[] {
  const issues: TenantFileIssue[] = [];
  const duplicates = (file: string, collection: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key))
        issues.push({ file, entry: `${collection}[${i}] "${key}"`, field: "key", message: "duplicate key" });
      seen.add(key);
    });
  };
  duplicates(
    "services.json",
    "groups",
    data.groups.map((g) => g.key),
  );
  duplicates(
    "services.json",
    "services",
    data.services.map((s) => s.key),
  );
  duplicates(
    "locations.json",
    "locations",
    data.locations.map((l) => l.key),
  );
  duplicates(
    "districts.json",
    "districts",
    data.districts.map((d) => d.key),
  );

  const groups = new Set(data.groups.map((g) => g.key));
  const locations = new Set(data.locations.map((l) => l.key));
  const districts = new Set(data.districts.map((d) => d.key));
  const services = new Set(data.services.map((s) => s.key));
  const ranks = new Map<number, string>();
  data.services.forEach((s, i) => {
    const entry = `services[${i}] "${s.key}"`;
    if (!groups.has(s.group))
      issues.push({ file: "services.json", entry, field: "group", message: `unknown group "${s.group}"` });
    if (s.responsibleLocation && !locations.has(s.responsibleLocation))
      issues.push({
        file: "services.json",
        entry,
        field: "responsibleLocation",
        message: `unknown location "${s.responsibleLocation}"`,
      });
    if (s.popularity !== null) {
      const other = ranks.get(s.popularity);
      if (other)
        issues.push({
          file: "services.json",
          entry,
          field: "popularity",
          message: `rank ${s.popularity} already used by "${other}"`,
        });
      ranks.set(s.popularity, s.key);
    }
  });
  data.locations.forEach((l, i) => {
    const entry = `locations[${i}] "${l.key}"`;
    if (l.district && !districts.has(l.district))
      issues.push({
        file: "locations.json",
        entry,
        field: "district",
        message: `unknown district "${l.district}"`,
      });
    if (Array.isArray(l.services))
      l.services.forEach((key, j) => {
        if (!services.has(key))
          issues.push({
            file: "locations.json",
            entry,
            field: `services.${j}`,
            message: `unknown service "${key}"`,
          });
      });
  });
  // Made-up values are for demonstrations only, and must say so.
  if (!data.profile.demo && data.profile.contactPhone.demo)
    issues.push({
      file: "tenant.json",
      field: "contactPhone.demo",
      message: "a demo value in a tenant that is not a demo",
    });
  if (!data.profile.demo && data.profile.feeAccount?.demo)
    issues.push({
      file: "tenant.json",
      field: "feeAccount.demo",
      message: "a demo value in a tenant that is not a demo",
    });
  const planned = new Set(data.openingPlans.plans.map((p) => p.location));
  data.locations.forEach((l, i) => {
    const entry = `locations[${i}] "${l.key}"`;
    if (!data.profile.demo && l.address.demo)
      issues.push({
        file: "locations.json",
        entry,
        field: "address.demo",
        message: "a demo value in a tenant that is not a demo",
      });
    // one source of opening hours: a place with an opening plan shows the plan's windows
    if (planned.has(l.key) && l.openingHours.length > 0)
      issues.push({
        file: "locations.json",
        entry,
        field: "openingHours",
        message: "the place has an opening plan, which gives its hours; leave openingHours empty",
      });
  });
  data.openingPlans.plans.forEach((p, i) => {
    if (!locations.has(p.location))
      issues.push({
        file: "opening-plans.json",
        entry: `plans[${i}] "${p.key}"`,
        field: "location",
        message: `unknown location "${p.location}"`,
      });
  });
  data.openingPlans.closures.forEach((c, i) => {
    if (c.location !== "all" && !locations.has(c.location))
      issues.push({
        file: "opening-plans.json",
        entry: `closures[${i}]`,
        field: "location",
        message: `unknown location "${c.location}"`,
      });
  });
  return issues;
}
