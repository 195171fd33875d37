import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Kysely, sql } from "kysely";
import { MIGRATIONS_DIR } from "../paths";
import type { Database } from "./database";
import type { DB } from "./schema";

/** Where the migrations are (re-exported for tests that replay one). */
export { MIGRATIONS_DIR };

const FILE_NAME = /^\d{14}_[a-z0-9-]+\.sql$/;

/**
 * The session-level advisory lock every `migrate` holds while it reads and applies ("STADMIGR"
 * in ASCII). Other users of advisory locks in this database must pick other keys.
 */
export const MIGRATION_LOCK_KEY = 0x53544144_4d494752n;

const lockKey = sql.raw(MIGRATION_LOCK_KEY.toString()); // a bigint literal, not a parameter

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** What the database has applied, measured against the migration files of this release. */
export interface MigrationStatus {
  /** files of this release not yet applied, in the order `migrate` applies them */
  pending: string[];
  /** applied migrations this release has no file for: a newer release migrated the database */
  unknown: string[];
}

/**
 * Applies every migration file not yet recorded, in name order, each in its own
 * transaction together with its record. Returns the names it applied.
 *
 * Runs under a session-level advisory lock (`MIGRATION_LOCK_KEY`) on one pinned connection:
 * instances that migrate at the same moment take turns, and one that waited reads what the
 * other applied and applies only what is still missing. On PGlite the one connection is held
 * for the whole run, which serialises runs through the same `Database`.
 * @throws MigrationError for a badly named file or a failing script (naming the file)
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = await migrationFiles(dir);
  return database.withSession(async (session) => {
    await sql`select pg_advisory_lock(${lockKey})`.execute(session.db);
    try {
      // Inside the lock: two first runs creating it at once could collide on the catalogue. Only
      // when missing: even `if not exists` needs CREATE, and a role without DDL rights may run
      // this to find nothing pending (`serve --migrate` as the application role).
      if (!(await hasMigrationsTable(session.db))) {
        await session.execScript(
          "create table schema_migrations (name text primary key, applied_at timestamptz not null default now())",
        );
      }
      const done = await sql<{ name: string }>`select name from schema_migrations`.execute(session.db);
      const applied = new Set(done.rows.map((r) => r.name));
      const pending = files.filter((f) => !applied.has(f));
      for (const file of pending) {
        const script = await readFile(join(dir, file), "utf8");
        try {
          // The file name is checked against FILE_NAME above, so inlining it is safe.
          await session.execScript(
            `begin;\n${script}\n;insert into schema_migrations (name) values ('${file}');\ncommit;`,
          );
        } catch (error) {
          await session.execScript("rollback").catch(() => {});
          throw new MigrationError(`Migration ${file} failed: ${(error as Error).message}`);
        }
      }
      return pending;
    } finally {
      // a broken connection releases the lock by closing
      await sql`select pg_advisory_unlock(${lockKey})`.execute(session.db).catch(() => {});
    }
  });
}

/**
 * Compares the database with this release's migration files, reading only: no table is
 * created, so the application's role (without DDL rights) may ask. A database never migrated
 * has every file pending.
 * @throws MigrationError for a badly named file
 */
export async function migrationStatus(database: Database, dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  const files = await migrationFiles(dir);
  if (!(await hasMigrationsTable(database.db))) return { pending: files, unknown: [] };
  const done = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(
    database.db,
  );
  const applied = new Set(done.rows.map((r) => r.name));
  const known = new Set(files);
  return {
    pending: files.filter((f) => !applied.has(f)),
    unknown: [...applied].filter((name) => !known.has(name)),
  };
}

async function hasMigrationsTable(db: Kysely<DB>): Promise<boolean> {
  const table = await sql<{ exists: boolean }>`
    select to_regclass('schema_migrations') is not null as exists`.execute(db);
  return table.rows[0]?.exists === true;
}

async function migrationFiles(dir: string): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  for (const f of files) {
    if (!FILE_NAME.test(f)) throw new MigrationError(`Migration file name not allowed: ${f}`);
  }
  return files;
}
