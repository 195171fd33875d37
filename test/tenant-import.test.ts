import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { importTenantDirectory, TENANTS_DIR, TenantImportError } from "../src/modules/tenants";
import type { Database } from "../src/platform/db/database";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";

async function snapshot(database: Database) {
  const db = database.db;
  return {
    tenant: await db.selectFrom("tenants").select(["name", "catalog_revision"]).execute(),
    services: await db
      .selectFrom("services")
      .select(["key", "data", "withdrawn_at"])
      .orderBy("key")
      .execute(),
    groups: await db.selectFrom("service_groups").select(["key", "withdrawn_at"]).orderBy("key").execute(),
    locations: await db
      .selectFrom("locations")
      .select(["key", "data", "withdrawn_at"])
      .orderBy("key")
      .execute(),
    districts: await db.selectFrom("districts").selectAll().orderBy("key").execute(),
  };
}

describeEachDatabase("tenant import", (kind) => {
  let database: Database;
  let drop: () => Promise<void>;
  let dir: string;
  beforeEach(async () => {
    ({ database, drop } = await freshDatabase(kind));
    dir = await mkdtemp(join(tmpdir(), "tenant-"));
    await cp(join(TENANTS_DIR, "marburg"), dir, { recursive: true });
  });
  afterEach(async () => {
    await drop();
    await rm(dir, { recursive: true, force: true });
  });

  // biome-ignore lint/suspicious/noExplicitAny: tests edit raw JSON into shapes the schema rejects
  type RawJson = { services: any[]; locations: any[] };
  const editJson = async (file: string, edit: (json: RawJson) => void) => {
    const json = JSON.parse(await readFile(join(dir, file), "utf8"));
    edit(json);
    await writeFile(join(dir, file), JSON.stringify(json));
  };

  it("imports the demo tenant into an empty database", async () => {
    const data = await importTenantDirectory(database, dir);
    const s = await snapshot(database);
    expect(s.services).toHaveLength(data.services.length);
    expect(s.locations).toHaveLength(data.locations.length);
    expect(s.districts).toHaveLength(data.districts.length);
    expect(s.tenant).toEqual([{ name: "Universitätsstadt Marburg", catalog_revision: 2 }]);
  });

  it("rejects an invalid file naming file, entry and field, and leaves the database unchanged", async () => {
    await importTenantDirectory(database, dir);
    const before = await snapshot(database);
    await editJson("services.json", (json) => {
      (json.services[0] as { name: { de: string } }).name.de = "Geändert";
      (json.services[3] as { fee: unknown }).fee = { kind: "amounts", items: [{ amountCents: -5 }] };
    });
    const error = await importTenantDirectory(database, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TenantImportError);
    const issue = (error as TenantImportError).issues[0];
    expect(issue?.file).toBe("services.json");
    expect(issue?.entry).toMatch(/^services\[3\] "[a-z0-9-]+"$/);
    expect(issue?.field).toBe("fee.items.0.amountCents");
    expect((error as Error).message).toContain("services.json › services[3]");
    expect(await snapshot(database)).toEqual(before);
  });

  it("rejects services whose ways contradict each other or lack their texts, writing nothing", async () => {
    await importTenantDirectory(database, dir);
    const before = await snapshot(database);
    const at = (json: RawJson, key: string) => json.services.find((s) => s.key === key);
    await editJson("services.json", (json) => {
      // the contradictions of issue 9, as data: "online not possible" plus "also online",
      // a terminal the city does not have, and nothing about what happens next
      at(json, "meldebescheinigung").personalAppearance.note = {
        de: "Auch online möglich.",
        en: "Also online.",
      };
      at(json, "anmeldung-wohnsitz").channels.terminal = true;
      at(json, "gewerbe-anmelden").nextSteps = [];
      at(json, "personalausweis").channels.helpPoint = true;
    });
    const error = (await importTenantDirectory(database, dir).catch((e: unknown) => e)) as TenantImportError;
    expect(error).toBeInstanceOf(TenantImportError);
    expect(error.issues.map((i) => [i.entry?.replace(/^services\[\d+\] /, ""), i.field])).toEqual([
      ['"personalausweis"', "channels.helpPoint"],
      ['"anmeldung-wohnsitz"', "channels"],
      ['"meldebescheinigung"', "personalAppearance"],
      ['"gewerbe-anmelden"', "nextSteps"],
    ]);
    expect(await snapshot(database)).toEqual(before);
  });

  it("rejects broken references and unparseable files without writing anything", async () => {
    await editJson("locations.json", (json) => {
      (json.locations[0] as { district: string }).district = "atlantis";
    });
    await writeFile(join(dir, "districts.json"), "{ not json");
    const error = (await importTenantDirectory(database, dir).catch((e: unknown) => e)) as TenantImportError;
    expect(error.issues.map((i) => i.file)).toEqual(["districts.json"]);
    expect(error.issues[0]?.message).toMatch(/not valid JSON/);
    expect((await snapshot(database)).services).toHaveLength(0);
  });

  it("rolls back everything when the database refuses part of the import", async () => {
    await importTenantDirectory(database, dir);
    const before = await snapshot(database);
    // Passes the file schema, but violates the database's own check on the location kind:
    // the services written before it in the same transaction must be rolled back too.
    await editJson("services.json", (json) => {
      (json.services[0] as { name: { de: string } }).name.de = "Geändert";
    });
    await editJson("locations.json", (json) => {
      (json.locations[0] as { key: string }).key = "xxx-yyy";
      json.locations.push({ ...json.locations[0], key: "stadtbuero" });
    });
    await database.execScript(
      "alter table locations add constraint test_no_new_locations check (key <> 'xxx-yyy')",
    );
    await expect(importTenantDirectory(database, dir)).rejects.toThrow(/test_no_new_locations/);
    expect(await snapshot(database)).toEqual(before);
  });

  it("marks services that a newer import no longer lists as withdrawn instead of deleting them", async () => {
    await importTenantDirectory(database, dir);
    // A service that no location lists by key, so the rest of the data stays consistent.
    const locations = JSON.parse(await readFile(join(dir, "locations.json"), "utf8")) as {
      locations: { services: string[] | "all" }[];
    };
    const listed = new Set(locations.locations.flatMap((l) => (l.services === "all" ? [] : l.services)));
    let removed = "";
    await editJson("services.json", (json) => {
      const index = json.services.findIndex((s) => !listed.has((s as { key: string }).key));
      removed = (json.services.splice(index, 1)[0] as { key: string }).key;
    });
    await importTenantDirectory(database, dir);
    const s = await snapshot(database);
    const row = s.services.find((r) => r.key === removed);
    expect(row?.withdrawn_at).toBeInstanceOf(Date);
    expect(s.tenant[0]?.catalog_revision).toBe(3);
  });
});
