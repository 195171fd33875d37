import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { importTenantDirectory, TENANTS_DIR } from "../../src/modules/tenants";
import type { Clock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db/database";
import type { DatabaseKind } from "./databases";
import { freshDatabase } from "./databases";

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** The whole application on a fresh database with the Marburg demo tenant loaded. */
export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  logStream?: { write(line: string): void },
  clock?: Clock,
): Promise<TestApp> {
  const { database, drop } = await freshDatabase(kind);
  await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    ...env,
  });
  const app = await buildApp({ config, database, logStream, ...(clock && { clock }) });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** The CSRF cookie and token of a form page, for posting it back like a browser would. */
export async function formSession(
  app: FastifyInstance,
  url: string,
): Promise<{ cookie: string; token: string }> {
  const page = await app.inject({ method: "GET", url });
  const setCookie = page.headers["set-cookie"];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ""])
    .map((c) => c.split(";")[0])
    .join("; ");
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`no CSRF token on ${url}`);
  return { cookie, token };
}
