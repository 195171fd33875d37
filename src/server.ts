import { join } from "node:path";
import { buildApp } from "./app";
import type { Config } from "./config";
import { seedTenantIfMissing } from "./modules/tenants";
import { type Database, openDatabase } from "./platform/db/database";
import { migrate, migrationStatus } from "./platform/db/migrate";
import { Scheduler } from "./platform/scheduler";

/** Opens the configured database as it is, schema unchecked (the `migrate` command). */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, "db") },
  );
}

/** The exit code of a command refused because the database schema is behind the release. */
export const SCHEMA_BEHIND_EXIT_CODE = 2;

/** The schema lacks migrations of this release, and the command was not told to apply them. */
export class SchemaBehindError extends Error {
  override name = "SchemaBehindError";
  constructor(readonly pending: string[]) {
    const count = pending.length === 1 ? "1 migration is" : `${pending.length} migrations are`;
    const range = pending.length === 1 ? pending[0] : `${pending[0]} … ${pending.at(-1)}`;
    super(
      `The database schema is behind this release: ${count} pending (${range}).\n` +
        "Apply them first, as the role that owns the schema: npm run migrate " +
        "(a production build: node dist/main.js migrate),\n" +
        "or give this command --migrate (serve --migrate) to migrate before it starts.",
    );
  }
}

/**
 * Opens the configured database for a command that works on it: with `migrate`, applies the
 * pending migrations first (under the migration lock); without, refuses a schema that is behind.
 * A schema ahead of this release (migrations it does not know) is allowed with a warning, so
 * that the previous release keeps running, or can be rolled back to, after a newer one migrated.
 * @throws SchemaBehindError when migrations are pending and `migrate` is false (the database is closed)
 */
export async function openCurrentDatabase(config: Config, options: { migrate: boolean }): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  try {
    if (options.migrate) {
      const applied = await migrate(database);
      if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    }
    const { pending, unknown } = await migrationStatus(database);
    if (pending.length) throw new SchemaBehindError(pending);
    if (unknown.length) console.warn(schemaAheadWarning(unknown));
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The warning for a database that a newer release has migrated. */
export function schemaAheadWarning(unknown: string[]): string {
  return (
    `Warning: the database has ${unknown.length} migration(s) this release does not know ` +
    `(${unknown.join(", ")}): a newer release migrated it. Continuing, since a release's ` +
    "migrations keep the previous release working; update this instance to the newer release."
  );
}

/**
 * Starts serving: check the schema (or migrate it first, `migrate`), load the demo tenant on
 * first start, listen, and close gracefully on SIGINT/SIGTERM (finish open requests, then
 * close the database).
 * @throws SchemaBehindError when migrations are pending and `migrate` is false
 */
export async function serve(
  config: Config,
  options: { migrate: boolean } = { migrate: false },
): Promise<void> {
  const database = await openCurrentDatabase(config, options);
  await seedTenantIfMissing(database, config.tenant);
  const app = await buildApp({ config, database });
  const scheduler = new Scheduler(app.log, app.clock);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    scheduler.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ host: config.host, port: config.port });
  if (config.jobs) scheduler.start(app.jobs);
  else app.log.warn("background jobs are off (JOBS=false): no reminders, waitlist offers or deletions");
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const shown = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  console.log(`Stadtbüro is running at http://${shown}:${port}/ (database: ${database.kind})`);
}
