import { resolve } from "node:path";
import { ConfigError, loadConfig } from "./config";
import { importTenantDirectory, seedTenantIfMissing, TenantImportError } from "./modules/tenants";
import { migrate } from "./platform/db/migrate";
import { openConfiguredDatabase, serve } from "./server";

const USAGE = `Usage: stadtbuero <command>
  serve              migrate, load the demo tenant if missing, and serve (default)
  migrate            apply pending database migrations
  seed               load the configured tenant's bundled data if it is not there yet
  import <directory> validate and import a municipality's JSON files (all or nothing)`;

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...args] = argv;
  const config = loadConfig();
  if (command === "serve") {
    await serve(config);
    return -1; // keep running
  }
  if (!["migrate", "seed", "import"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrate(database);
    if (command === "migrate") {
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    } else if (command === "seed") {
      const seeded = await seedTenantIfMissing(database, config.tenant);
      console.log(
        seeded ? `Loaded tenant "${config.tenant}".` : `Tenant "${config.tenant}" exists; nothing changed.`,
      );
    } else {
      const dir = args[0];
      if (!dir) {
        console.error(USAGE);
        return 2;
      }
      const data = await importTenantDirectory(database, resolve(dir));
      console.log(
        `Imported tenant "${data.profile.id}": ${data.services.length} services, ${data.locations.length} locations, ${data.districts.length} districts.`,
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof TenantImportError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
