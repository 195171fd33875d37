import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type Config, loadConfig, testDatabaseUrl } from "../src/config";
import { type Database, openDatabase } from "../src/platform/db/database";
import { MIGRATION_LOCK_KEY, MIGRATIONS_DIR, MigrationError, migrate } from "../src/platform/db/migrate";
import { openConfiguredDatabase, openCurrentDatabase, SchemaBehindError } from "../src/server";
import { describeEachDatabase } from "./helpers/databases";

const FILES = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith(".sql")).sort();

/** A database on the PostgreSQL server that nothing has migrated yet. */
async function emptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = testDatabaseUrl() ?? "";
  const name = `sb_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function recorded(database: Database): Promise<string[]> {
  const rows = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(
    database.db,
  );
  return rows.rows.map((r) => r.name);
}

describe.runIf(testDatabaseUrl())("two instances migrating one PostgreSQL database at once", () => {
  let target: Awaited<ReturnType<typeof emptyPostgresDatabase>>;
  const handles: Database[] = [];
  beforeAll(async () => {
    target = await emptyPostgresDatabase();
  });
  afterAll(async () => {
    for (const h of handles) await h.close().catch(() => {});
    await target?.drop();
  });

  it("wait for each other: the first applies every migration, the one that waited none", async () => {
    // A third session holds the lock until both runs are seen waiting for it, so they start
    // at the same moment whatever the machine's speed.
    const holder = new pg.Client({ connectionString: target.url });
    await holder.connect();
    await holder.query(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    const waiting = async () =>
      Number(
        (
          await holder.query(
            "select count(*) as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())",
          )
        ).rows[0].n,
      );
    const [a, b] = [await openDatabase({ url: target.url }), await openDatabase({ url: target.url })];
    handles.push(a as Database, b as Database);
    const runs = Promise.all([migrate(a as Database), migrate(b as Database)]);
    while ((await waiting()) < 2) await new Promise((r) => setTimeout(r, 20));
    await holder.query(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    const [first, second] = await runs;

    expect([...first, ...second].sort()).toEqual(FILES);
    expect([first.length, second.length].sort((x, y) => x - y)).toEqual([0, FILES.length]);
    expect(await recorded(a as Database)).toEqual(FILES);
    // both released the lock when they were done
    const held = await holder.query("select count(*) as n from pg_locks where locktype = 'advisory'");
    expect(Number(held.rows[0].n)).toBe(0);
    await holder.end();
  });
});

describe("two runs at once on one embedded database", () => {
  // PGlite's data directory belongs to one process; two runs there come through one handle,
  // which lends its one session to one run at a time.
  it("apply every migration once between them", async () => {
    const database = await openDatabase({ memory: true });
    try {
      const [first, second] = await Promise.all([migrate(database), migrate(database)]);
      expect([...first, ...second].sort()).toEqual(FILES);
      expect(first.filter((f) => second.includes(f))).toEqual([]);
      expect(await recorded(database)).toEqual(FILES);
    } finally {
      await database.close();
    }
  });
});

describeEachDatabase("a migration that fails", (kind) => {
  it("is named, rolled back, and leaves the lock free for the next run", async () => {
    const target = kind === "postgres" ? await emptyPostgresDatabase() : undefined;
    const database = await openDatabase(target ? { url: target.url } : { memory: true });
    const dir = await mkdtemp(join(tmpdir(), "sb-migrations-"));
    try {
      await writeFile(join(dir, "20000101000000_create-first.sql"), "create table sb_first (id int);");
      await writeFile(
        join(dir, "20000101000100_break-halfway.sql"),
        "create table sb_half (id int);\nselect 1 / 0;",
      );
      const error = await migrate(database, dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MigrationError);
      expect((error as Error).message).toContain("20000101000100_break-halfway.sql");
      expect(await recorded(database)).toEqual(["20000101000000_create-first.sql"]);
      const half = await sql<{ half: string | null }>`select to_regclass('sb_half')::text as half`.execute(
        database.db,
      );
      expect(half.rows[0]?.half).toBeNull();
      // any connection of the pool may take the lock now, and runs the fixed file
      const got = await sql<{
        got: boolean;
      }>`select pg_try_advisory_lock(${sql.raw(String(MIGRATION_LOCK_KEY))}) as got`.execute(database.db);
      expect(got.rows[0]?.got).toBe(true);
      await sql`select pg_advisory_unlock_all()`.execute(database.db);
      await writeFile(join(dir, "20000101000100_break-halfway.sql"), "create table sb_half (id int);");
      expect(await migrate(database, dir)).toEqual(["20000101000100_break-halfway.sql"]);
    } finally {
      await database.close();
      await target?.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describeEachDatabase("a schema behind the release", (kind) => {
  let config: Config;
  let cleanup: () => Promise<void>;
  const missing = FILES.slice(-2);

  beforeAll(async () => {
    if (kind === "postgres") {
      const target = await emptyPostgresDatabase();
      config = loadConfig({ NODE_ENV: "test", DATABASE_URL: target.url });
      cleanup = target.drop;
    } else {
      const dataDir = await mkdtemp(join(tmpdir(), "sb-migrate-behind-"));
      config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir });
      cleanup = () => rm(dataDir, { recursive: true, force: true });
    }
    // the previous release's migrations: all but the last two
    const previous = await mkdtemp(join(tmpdir(), "sb-migrations-"));
    for (const f of FILES.slice(0, -2)) await copyFile(join(MIGRATIONS_DIR, f), join(previous, f));
    const database = await openConfiguredDatabase(config);
    await migrate(database, previous);
    await database.close();
    await rm(previous, { recursive: true, force: true });
  });
  afterAll(() => cleanup?.());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is refused with how many are pending and the command that applies them", async () => {
    const error = await openCurrentDatabase(config, { migrate: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SchemaBehindError);
    expect((error as SchemaBehindError).pending).toEqual(missing);
    const message = (error as Error).message;
    expect(message).toContain("2 migrations are pending");
    expect(message).toContain(`${missing[0]} … ${missing[1]}`);
    expect(message).toContain("npm run migrate");
    expect(message).toContain("node dist/main.js migrate");
    expect(message).toContain("serve --migrate");
  });

  it("is migrated first with --migrate, and then accepted without it", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const migrated = await openCurrentDatabase(config, { migrate: true });
    expect(await recorded(migrated)).toEqual(FILES);
    await migrated.close();
    expect(log).toHaveBeenCalledWith(`Applied migrations: ${missing.join(", ")}`);
    const current = await openCurrentDatabase(config, { migrate: false });
    await current.close();
  });

  it("is accepted with a warning when a newer release has migrated it further", async () => {
    const newer = "29991231000000_add-what-a-newer-release-needs.sql";
    const database = await openConfiguredDatabase(config);
    await sql`insert into schema_migrations (name) values (${newer})`.execute(database.db);
    await database.close();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const opened = await openCurrentDatabase(config, { migrate: false });
    await opened.close();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain(`1 migration(s) this release does not know (${newer})`);
  });
});
