import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "kysely";
import { MIGRATIONS_DIR } from "../paths";
import type { Database } from "./database";

/** Where the migrations are (re-exported for tests that replay one). */
export { MIGRATIONS_DIR };

const FILE_NAME = /^\d{14}_[a-z0-9-]+\.sql$/;

export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * Applies every migration file not yet recorded, in name order, each in its own
 * transaction together with its record. Returns the names it applied.
 * @throws MigrationError for a badly named file or a failing script (naming the file)
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.execScript(
    "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
  );
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  for (const f of files) {
    if (!FILE_NAME.test(f)) throw new MigrationError(`Migration file name not allowed: ${f}`);
  }
  const done = await sql<{ name: string }>`select name from schema_migrations`.execute(database.db);
  const applied = new Set(done.rows.map((r) => r.name));
  const pending = files.filter((f) => !applied.has(f));
  for (const file of pending) {
    const script = await readFile(join(dir, file), "utf8");
    try {
      // The file name is checked against FILE_NAME above, so inlining it is safe.
      await database.execScript(
        `begin;\n${script}\n;insert into schema_migrations (name) values ('${file}');\ncommit;`,
      );
    } catch (error) {
      await database.execScript("rollback").catch(() => {});
      throw new MigrationError(`Migration ${file} failed: ${(error as Error).message}`);
    }
  }
  return pending;
}
