import { resolve } from "node:path";
import { buildApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { describeProgress, describeReseal, resealApplications } from "./modules/applications";
import { seedDemoDay } from "./modules/booking";
import { StaffService, Username } from "./modules/staff";
import {
  findTenantProfile,
  importTenantDirectory,
  seedTenantIfMissing,
  TenantImportError,
} from "./modules/tenants";
import { systemClock } from "./platform/clock";
import { cookieSecretFor } from "./platform/crypto/cookie-secret";
import { sealerFor } from "./platform/crypto/data-keys";
import { migrate, migrationStatus } from "./platform/db/migrate";
import { AppError } from "./platform/errors";
import {
  openConfiguredDatabase,
  openCurrentDatabase,
  SCHEMA_BEHIND_EXIT_CODE,
  SchemaBehindError,
  schemaAheadWarning,
  serve,
} from "./server";

const USAGE = `Usage: stadtbuero <command> [--migrate]
  serve              load the demo tenant if missing, and serve (default)
  migrate            apply pending database migrations (as the role that owns the schema)
  seed               load the configured tenant's bundled data if it is not there yet
  import <directory> validate and import a municipality's JSON files (all or nothing)
  cancel-visit <stop> <YYYY-MM-DD> <reason in German> [reason in English]
                     cancel a day of a mobile stop; everyone booked is told, with alternatives
  create-admin <username> <display name>
                     create an administrator account and print its one-time password
                     (the first sign-in sets a new password and enrols a second factor)
  demo-day           book a few made-up appointments for today (demo tenants only), to try the back office
  reseal-data [--dry-run]
                     seal again with the first key of DATA_KEYS every resident's value sealed with
                     another key (key rotation, docs/security.md); --dry-run only counts the values
                     per key, to tell whether an old key is still needed

Every command but migrate refuses (exit code 2) a database whose schema lacks migrations of
this release; --migrate applies them first (serve --migrate is what npm start runs).`;

type Config = ReturnType<typeof loadConfig>;
/** Whether the command was given --migrate, for openCurrentDatabase. */
type SchemaOptions = { migrate: boolean };

async function main(argv: string[]): Promise<number> {
  const [command = "serve", ...given] = argv;
  const schema = { migrate: given.includes("--migrate") };
  const args = given.filter((a) => a !== "--migrate");
  const config = loadConfig();
  if (command === "serve") {
    if (args.length) {
      console.error(USAGE);
      return 2;
    }
    await serve(config, schema);
    return -1; // keep running
  }
  if (command === "migrate") return migrateCommand(config);
  if (command === "cancel-visit") return cancelVisitCommand(config, args, schema);
  if (command === "create-admin") return createAdminCommand(config, args, schema);
  if (command === "demo-day") return demoDayCommand(config, schema);
  if (command === "reseal-data") return resealDataCommand(config, args, schema);
  if (!["seed", "import"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCurrentDatabase(config, schema);
  try {
    if (command === "seed") {
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

/** Applies the pending migrations under the migration lock; instances may run it at once. */
async function migrateCommand(config: Config): Promise<number> {
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrate(database);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
    const { unknown } = await migrationStatus(database);
    if (unknown.length) console.warn(schemaAheadWarning(unknown));
    return 0;
  } finally {
    await database.close();
  }
}

/** Until the back office exists (a later issue), staff cancel a mobile visit from the command line. */
async function cancelVisitCommand(config: Config, args: string[], schema: SchemaOptions): Promise<number> {
  const [location, date, reasonDe, reasonEn] = args;
  if (!location || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !reasonDe) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCurrentDatabase(config, schema);
  try {
    const app = await buildApp({ config, database });
    await app.ready();
    const codes = await app.visits.cancel({
      location,
      date,
      reason: { de: reasonDe, en: reasonEn ?? reasonDe },
      now: systemClock.now(),
    });
    console.log(
      `Visit of ${location} on ${date} cancelled; ${codes.length} appointment(s) cancelled and told: ${codes.join(", ")}`,
    );
    await app.close();
    return 0;
  } finally {
    await database.close();
  }
}

async function createAdminCommand(config: Config, args: string[], schema: SchemaOptions): Promise<number> {
  const [rawUsername, ...nameParts] = args;
  const username = Username.safeParse(rawUsername ?? "");
  const displayName = nameParts.join(" ").trim();
  if (!username.success || !displayName) {
    console.error("User names are 2 to 40 characters: a-z, 0-9, dot, dash, underscore.");
    console.error(USAGE);
    return 2;
  }
  const database = await openCurrentDatabase(config, schema);
  try {
    await seedTenantIfMissing(database, config.tenant);
    const staff = new StaffService(database, config.tenant, await cookieSecretFor(config, database));
    const { password } = await staff.accounts.create(null, {
      username: username.data,
      displayName,
      roles: ["administrator"],
      totpRequired: true,
    });
    console.log(`Administrator "${username.data}" created. One-time password (shown only now): ${password}`);
    console.log(
      "Sign in at /verwaltung/anmelden; you will choose your own password and set up a second factor.",
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function demoDayCommand(config: Config, schema: SchemaOptions): Promise<number> {
  const database = await openCurrentDatabase(config, schema);
  try {
    await seedTenantIfMissing(database, config.tenant);
    const profile = await findTenantProfile(database.db, config.tenant);
    if (!profile?.demo) {
      console.error(`Tenant "${config.tenant}" is not a demo tenant; no made-up appointments are added.`);
      return 2;
    }
    const codes = await seedDemoDay(database, config.tenant, systemClock.now(), profile.timeZone);
    console.log(
      `Booked ${codes.length} made-up appointments for today at the Stadtbüro: ${codes.join(", ")}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** Key rotation: every tenant's sealed values, counts printed, never any content. */
async function resealDataCommand(config: Config, args: string[], schema: SchemaOptions): Promise<number> {
  const dryRun = args.includes("--dry-run");
  if (args.some((a) => a !== "--dry-run")) {
    console.error(USAGE);
    return 2;
  }
  const sealer = await sealerFor(config);
  const database = await openCurrentDatabase(config, schema);
  try {
    console.log(
      dryRun
        ? `Dry run: counting the sealed values per key (key ${sealer.currentKeyId} seals); nothing changes.`
        : `Sealing again with key ${sealer.currentKeyId} every value sealed with another key.`,
    );
    const report = await resealApplications(database, sealer, {
      dryRun,
      onProgress: (progress) => console.log(describeProgress(progress)),
    });
    for (const line of describeReseal(report, sealer.keyIds, dryRun)) console.log(line);
    return report.tables.some((t) => t.unopenable > 0) ? 1 : 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof AppError) {
      console.error(`${error.code}: ${JSON.stringify(error.detail ?? {})}`);
      process.exit(2);
    }
    if (error instanceof SchemaBehindError) {
      console.error(error.message);
      process.exit(SCHEMA_BEHIND_EXIT_CODE);
    }
    if (error instanceof ConfigError || error instanceof TenantImportError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(1);
  },
);
