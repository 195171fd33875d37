import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { describe, inject } from "vitest";
import { testDatabaseUrl } from "../../src/config";
import { type Database, openDatabase } from "../../src/platform/db/database";
import { migrate } from "../../src/platform/db/migrate";

export type DatabaseKind = "pglite" | "postgres";

/** The database kinds integration tests run on: always PGlite, PostgreSQL when TEST_DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return testDatabaseUrl() ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * Runs a suite once per database kind. Inside, use `freshDatabase(kind)` in beforeAll/beforeEach.
 * @example describeEachDatabase("catalogue pages", (kind) => { ... })
 */
export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of databaseKinds()) describe(`${name} [${kind}]`, () => suite(kind));
}

let pgliteTemplate: Promise<Blob> | undefined;

/**
 * A new, migrated database: in-memory PGlite, or a freshly created database on the
 * PostgreSQL server that is dropped again by the returned `drop`. With `tenant`, it holds
 * the Marburg demo tenant too, copied from the template `global-setup.ts` built once.
 */
export async function freshDatabase(
  kind: DatabaseKind,
  options: { tenant?: boolean } = {},
): Promise<{
  database: Database;
  drop: () => Promise<void>;
  /** PostgreSQL only: where to open another handle on the same database (another instance) */
  url?: string;
}> {
  if (kind === "pglite") {
    if (options.tenant) {
      pgliteTemplate ??= readFile(inject("pgliteTemplate")).then((bytes) => new Blob([bytes]));
      const database = await openDatabase({ memory: true, from: await pgliteTemplate });
      return { database, drop: () => database.close().catch(() => {}) };
    }
    const database = await openDatabase({ memory: true });
    await migrate(database);
    return { database, drop: () => database.close().catch(() => {}) };
  }
  const adminUrl = testDatabaseUrl();
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `sb_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const template = options.tenant ? inject("postgresTemplate") : "";
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await migrate(database);
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await database.close().catch(() => {}); // a test may have closed it on purpose
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
