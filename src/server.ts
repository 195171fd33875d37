import { join } from "node:path";
import { buildApp } from "./app";
import type { Config } from "./config";
import { seedTenantIfMissing } from "./modules/tenants";
import { type Database, openDatabase } from "./platform/db/database";
import { migrate } from "./platform/db/migrate";
import { Scheduler } from "./platform/scheduler";

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: join(config.dataDir, "db") },
  );
}

/**
 * Starts serving: migrate, load the demo tenant on first start, listen, and close
 * gracefully on SIGINT/SIGTERM (finish open requests, then close the database).
 */
export async function serve(config: Config): Promise<void> {
  const database = await openConfiguredDatabase(config);
  await migrate(database);
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
