import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig, testDatabaseUrl } from "../src/config";
import { seedTenantIfMissing } from "../src/modules/tenants";
import { fixedClock } from "../src/platform/clock";
import { type Database, openDatabase } from "../src/platform/db/database";
import { migrate, migrationStatus } from "../src/platform/db/migrate";
import { bookingPages } from "./helpers/booking-pages";
import { fileMeldebescheinigung, getAs } from "./helpers/cases";
import { describeEachDatabase, freshDatabase } from "./helpers/databases";
import { signInAs } from "./helpers/staff";
import { TEST_NOW } from "./helpers/test-app";

const ROOT = join(import.meta.dirname, "..");

/** db/app-role.sql with its psql variables filled in, as `psql -v app_role=… -v app_password=…` would. */
async function appRoleScript(role: string, password: string): Promise<string> {
  const script = (await readFile(join(ROOT, "db/app-role.sql"), "utf8"))
    .replaceAll(':"app_role"', `"${role}"`)
    .replaceAll(":'app_password'", `'${password}'`);
  if (/:["'a-z]|^\s*\\/m.test(script.replace(/--.*$/gm, ""))) {
    throw new Error("db/app-role.sql uses a psql feature this test does not fill in");
  }
  return script;
}

/**
 * The whole application connected as the role db/app-role.sql creates, on a schema migrated by
 * its owner. On PostgreSQL it is a login of its own. PGlite has one session, as a superuser:
 * there `set role` makes that session the new role, which shows the grants suffice; it could
 * not stop code that said `reset role` (the application never does), a real login could.
 */
describeEachDatabase("the application's database role, without DDL rights", (kind) => {
  const role = `sb_app_${randomBytes(5).toString("hex")}`;
  let owner: Database;
  let drop: () => Promise<void>;
  let database: Database;
  let app: FastifyInstance;
  let seeded: boolean;
  let dataDir: string;
  const clock = fixedClock(TEST_NOW);

  beforeAll(async () => {
    ({ database: owner, drop } = await freshDatabase(kind)); // migrated as the owner, no tenant
    const password = randomBytes(12).toString("hex");
    await owner.execScript(await appRoleScript(role, password));
    // as a later migration would: a table the owner adds after the role was made
    await owner.execScript(
      "create table sb_later_migration (id bigint generated always as identity primary key, note text)",
    );
    if (kind === "postgres") {
      const name = await sql<{ name: string }>`select current_database() as name`.execute(owner.db);
      const url = new URL(testDatabaseUrl() ?? "");
      url.username = role;
      url.password = password;
      url.pathname = `/${name.rows[0]?.name}`;
      database = await openDatabase({ url: url.toString() });
    } else {
      await owner.execScript(`set role "${role}"`);
      database = owner;
    }
    // what `serve` does on a first start: load the demo tenant, then build the app
    seeded = await seedTenantIfMissing(database, "marburg");
    dataDir = await mkdtemp(join(tmpdir(), "sb-app-role-"));
    const config = loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "100000",
      DATA_DIR: dataDir,
    });
    app = await buildApp({ config, database, clock });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    if (database !== owner) await database?.close();
    await drop?.();
    await rm(dataDir, { recursive: true, force: true });
    const adminUrl = testDatabaseUrl();
    if (kind === "postgres" && adminUrl) {
      // the database and its grants are gone with it; the role is the cluster's
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop role if exists "${role}"`);
      await admin.end();
    }
  });

  it("is the new role, and may change no schema", async () => {
    const who = await sql<{ user: string }>`select current_user as user`.execute(database.db);
    expect(who.rows[0]?.user).toBe(role);
    const refused = async (statement: string) => {
      const error = await sql
        .raw(statement)
        .execute(database.db)
        .then(
          () => undefined,
          (e: Error) => e,
        );
      expect(error?.message, statement).toMatch(/permission denied|must be owner/);
    };
    await refused("create table sb_forbidden (id int)");
    await refused("alter table staff_accounts add column sb_forbidden int");
    await refused("drop table schema_migrations");
    await refused("create index sb_forbidden on appointments (id)");
    await refused("truncate audit_log");
  });

  it("reads and writes a table a later migration added, through the default privileges", async () => {
    await sql`insert into sb_later_migration (note) values ('ok')`.execute(database.db);
    const rows = await sql<{ note: string }>`select note from sb_later_migration`.execute(database.db);
    expect(rows.rows.map((r) => r.note)).toEqual(["ok"]);
  });

  it("checks the schema as serve does, migrates nothing when current, and loaded the demo tenant", async () => {
    expect(await migrationStatus(database)).toEqual({ pending: [], unknown: [] });
    // serve --migrate under this role, once the owner migrated: nothing to do, and no DDL tried
    expect(await migrate(database)).toEqual([]);
    expect(seeded).toBe(true);
  });

  it("serves the service pages", async () => {
    for (const url of [
      "/",
      "/leistungen/personalausweis",
      "/en/leistungen/reisepass",
      "/suche?q=Perso",
      "/orte",
    ]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
    }
  });

  it("books an appointment through the pages to its confirmation", async () => {
    const pages = bookingPages(app);
    const { done, manage } = await pages.book("erika@example.org");
    expect(done.statusCode).toBe(200);
    const booked = await database.db
      .selectFrom("appointments")
      .select("status")
      .where("email", "=", "erika@example.org")
      .execute();
    expect(booked.map((b) => b.status)).toEqual(["confirmed"]);
    expect((await pages.get(manage)).statusCode).toBe(200);
  });

  it("files an online application, which a clerk signed in finds and opens", async () => {
    const filed = await fileMeldebescheinigung(app);
    const clerk = await signInAs(app, database, ["clerk"]);
    const inbox = await getAs(app, clerk, "/verwaltung/vorgaenge");
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).toContain(filed.reference);
    expect((await getAs(app, clerk, `/verwaltung/vorgaenge/${filed.id}`)).statusCode).toBe(200);
    const admin = await signInAs(app, database, ["administrator"]); // with the second factor
    expect((await getAs(app, admin, "/verwaltung/protokoll")).statusCode).toBe(200);
  });

  it("runs every background job, long after, when the retention jobs have work", async () => {
    expect(app.jobs.length).toBeGreaterThan(0);
    const later = new Date(clock.now().getTime() + 400 * 86_400_000);
    const failed: string[] = [];
    for (const job of app.jobs) {
      await job.run(later).catch((e: Error) => failed.push(`${job.name}: ${e.message}`));
    }
    expect(failed).toEqual([]);
    // the retention job wrote: the appointment booked above no longer holds the resident's address
    const kept = await database.db
      .selectFrom("appointments")
      .select("id")
      .where("email", "=", "erika@example.org")
      .execute();
    expect(kept).toEqual([]);
  });
});
