/**
 * The benchmark's server process: the platform on an in-memory PGlite with the demo tenant,
 * and beside it a bare Fastify route as the ceiling of this machine. Prints both ports.
 */
import { join } from "node:path";
import Fastify from "fastify";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";

const database = await openDatabase({ memory: true });
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

const bare = Fastify();
const html = `<!doctype html><html lang="de"><head><title>Bare</title></head><body><h1>Bare Fastify</h1></body></html>`;
bare.get("/", async (_request, reply) => reply.type("text/html; charset=utf-8").send(html));
await bare.listen({ host: "127.0.0.1", port: 0 });

const port = (s: typeof app.server) => {
  const a = s.address();
  return typeof a === "object" && a ? a.port : 0;
};
console.log(JSON.stringify({ app: port(app.server), bare: port(bare.server) }));
process.on("SIGTERM", async () => {
  await app.close();
  await bare.close();
  await database.close();
  process.exit(0);
});
