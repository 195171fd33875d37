/**
 * The server of the call-display benchmark: the platform on an in-memory PGlite (or the
 * PostgreSQL in DATABASE_URL) with the demo tenant, a clerk account without second factor,
 * and a queue of walk-in tickets at the Stadtbüro. Prints its port and the clerk's sign-in.
 */
import { join } from "node:path";
import argon2 from "argon2";
import pg from "pg";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";

// On PostgreSQL a database of its own, dropped at the end, so runs never see each other's tickets.
const serverUrl = process.env.DATABASE_URL;
const benchDb = `sb_bench_${Date.now()}`;
let url: string | undefined;
if (serverUrl) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${benchDb}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${benchDb}`;
  url = u.toString();
}
const database = await openDatabase(url ? { url } : { memory: true });
await migrate(database);
await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
const config = loadConfig({
  NODE_ENV: "production",
  COOKIE_SECRET: "b".repeat(32),
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: "100000000",
});
const app = await buildApp({ config, database });
await app.listen({ host: "127.0.0.1", port: 0 });

const username = `bench-${Date.now()}`;
const password = "a long benchmark password";
const { id } = await app.staff.accounts.create(null, {
  username,
  displayName: "Bench",
  roles: ["clerk"],
  totpRequired: false,
});
await database.db
  .updateTable("staff_accounts")
  .set({ password_hash: await argon2.hash(password, { type: argon2.argon2id }), password_must_change: false })
  .where("id", "=", id)
  .execute();
const actor = { staffId: id, username, ip: "127.0.0.1" };
const tickets = Number(process.env.BENCH_TICKETS ?? 300);
for (let i = 0; i < tickets; i++) {
  await app.queue.issueWalkIn(
    actor,
    { location: "stadtbuero", services: ["meldebescheinigung"], urgent: false, requestKey: `bench-${i}-xyz` },
    new Date(),
  );
}

const address = app.server.address();
console.log(
  JSON.stringify({ port: typeof address === "object" && address ? address.port : 0, username, password }),
);
process.on("SIGTERM", async () => {
  await app.close();
  await database.close();
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${benchDb}`);
    await admin.end();
  }
  process.exit(0);
});
