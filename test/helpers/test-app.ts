import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app";
import { loadConfig } from "../../src/config";
import { fixedClock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db/database";
import type { DatabaseKind } from "./databases";
import { freshDatabase } from "./databases";

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** the app's clock: it stands at `TEST_NOW` (or the instant the test chose) until moved */
  clock: TestClock;
  close(): Promise<void>;
}

type TestClock = ReturnType<typeof fixedClock>;

/**
 * The instant integration tests run at unless they choose another: a Monday morning in
 * Marburg (08:30 CET), outside holidays and closures, whatever the machine's clock says.
 */
export const TEST_NOW = "2027-01-11T07:30:00Z";

/** The whole application on a fresh database with the Marburg demo tenant loaded. */
export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  logStream?: { write(line: string): void },
  clock: TestClock = fixedClock(TEST_NOW),
): Promise<TestApp> {
  const { database, drop } = await freshDatabase(kind, { tenant: true });
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    ...env,
  });
  const app = await buildApp({ config, database, logStream, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
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
