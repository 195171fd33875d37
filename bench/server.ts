/**
 * The benchmark's server process: the platform with the demo tenant, and beside it a bare
 * Fastify route as the ceiling of this machine. Prints both ports.
 * The database is an in-memory PGlite, or with `BENCH_DATABASE_URL` (a PostgreSQL server) a
 * database of its own, created at start and dropped at the end.
 * `TRUST_PROXY=1`: the load generator gives every simulated resident its own address in
 * `X-Forwarded-For`, as a reverse proxy would, so the per-address limits apply per resident.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import pg from "pg";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";

const serverUrl = process.env.BENCH_DATABASE_URL;
// BENCH_JOIN_DATABASE: a second instance on the database another bench server made (and drops)
const joining = process.env.BENCH_JOIN_DATABASE;
const dbName = joining ?? `bench_pages_${randomBytes(5).toString("hex")}`;
async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
let url: string | undefined;
if (serverUrl) {
  if (!joining) await onServer(`create database ${dbName}`);
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  url = u.toString();
}

const database = await openDatabase(url ? { url } : { memory: true });
if (!joining) {
  await migrate(database);
  await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
}
// mails (the filing rush sends one per case) go to an outbox folder of its own
const dataDir = mkdtempSync(join(tmpdir(), "sb-bench-"));
const config = loadConfig({
  DATA_DIR: dataDir,
  NODE_ENV: "production",
  COOKIE_SECRET: "b".repeat(32),
  DATA_KEYS: `bench:${randomBytes(32).toString("base64")}`,
  LOG_LEVEL: "warn",
  RATE_LIMIT_PER_MINUTE: process.env.RATE_LIMIT_PER_MINUTE ?? "100000000",
  ...(process.env.BOOKING_MAX_HOLDS_PER_HOUR
    ? { BOOKING_MAX_HOLDS_PER_HOUR: process.env.BOOKING_MAX_HOLDS_PER_HOUR }
    : {}),
  TRUST_PROXY: "1",
});
const app = await buildApp({ config, database });
await app.listen({ host: "127.0.0.1", port: 0 });

const bare = Fastify();
const html = `<!doctype html><html lang="de"><head><title>Bare</title></head><body><h1>Bare Fastify</h1></body></html>`;
bare.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(html));
await bare.listen({ host: "127.0.0.1", port: 0 });

const port = (s: typeof app.server) => {
  const a = s.address();
  return typeof a === "object" && a ? a.port : 0;
};
// `databaseName`: the database of its own on the PostgreSQL server, for a benchmark that checks it afterwards
console.log(
  JSON.stringify({
    app: port(app.server),
    bare: port(bare.server),
    database: database.kind,
    databaseName: url ? dbName : undefined,
  }),
);
process.on("SIGTERM", async () => {
  await app.close();
  await bare.close();
  await database.close();
  if (serverUrl && !joining) await onServer(`drop database if exists ${dbName} with (force)`);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
