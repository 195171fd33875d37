import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { testDatabaseUrl } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** a tarball of an embedded database, migrated and with the demo tenant */
    pgliteTemplate: string;
    /** a PostgreSQL database to copy, migrated and with the demo tenant ("" without a server) */
    postgresTemplate: string;
  }
}

/**
 * Builds, once for the whole run, the database every integration test starts from: migrated
 * and with the Marburg tenant imported. A test file then copies it (PGlite: loads the tarball;
 * PostgreSQL: `create database … template`) instead of creating and filling its own, which
 * takes seconds each time.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "sb-test-template-"));
  const embedded = await openDatabase({ memory: true });
  await migrate(embedded);
  await importTenantDirectory(embedded, join(TENANTS_DIR, "marburg"));
  const tarball = join(dir, "marburg.tar");
  if (!embedded.snapshot) throw new Error("the embedded database cannot be copied");
  await writeFile(tarball, Buffer.from(await (await embedded.snapshot()).arrayBuffer()));
  await embedded.close();
  project.provide("pgliteTemplate", tarball);

  const adminUrl = testDatabaseUrl();
  let template = "";
  if (adminUrl) {
    template = `sb_template_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${template}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${template}`;
    const server = await openDatabase({ url: url.toString() });
    await migrate(server);
    await importTenantDirectory(server, join(TENANTS_DIR, "marburg"));
    await server.close();
  }
  project.provide("postgresTemplate", template);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (adminUrl && template) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    }
  };
}
