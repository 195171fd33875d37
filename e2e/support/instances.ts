import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * Several Stadtbüro instances on one PostgreSQL database, as behind a city's load balancer:
 * each its own process, port and data directory (mail outbox), all with the configuration
 * every instance of a city shares (the same COOKIE_SECRET and DATA_KEYS).
 */

/** How the end-to-end tests run the command line: the production build, as the city does. */
export const CLI = process.env.E2E_CLI ? process.env.E2E_CLI.split(" ") : ["dist/main.js"];

export interface Instance {
  name: string;
  url: string;
  dataDir: string;
  process: ChildProcess;
  /** everything the process wrote, for the failure message */
  output: () => string;
}

/** A new, empty database on the server of `TEST_DATABASE_URL`, and how to drop it again. */
export async function emptyDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `stadtbuero_multi_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** The configuration shared by every instance (one value for all, as docs/operations.md says). */
export function sharedEnvironment(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    COOKIE_SECRET: "e2e-multi-instance-cookie-secret-one-value-for-all",
    DATA_KEYS: `e2e:${Buffer.alloc(32, 7).toString("base64")}`,
    // the load balancer in front sets X-Forwarded-For; the tests set it per browser
    TRUST_PROXY: "1",
    RATE_LIMIT_PER_MINUTE: "100000",
    SIGN_IN_POSTS_PER_MINUTE: "1000",
    BOOKING_MAX_HOLDS_PER_HOUR: "3",
    JOBS: "false",
  };
}

/** Runs one command of the command line to its end; rejects with its output when it fails. */
export function runCommand(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args[0]} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * Starts `serve` (with `args`, e.g. `--migrate`) on a free port and resolves once it says
 * where it runs; the port is read from that line.
 */
export function startInstance(name: string, args: string[], env: Record<string, string>): Promise<Instance> {
  const dataDir = mkdtempSync(join(tmpdir(), `stadtbuero-e2e-${name}-`));
  const child = spawn(process.execPath, [...CLI, "serve", ...args], {
    env: { ...process.env, ...env, PORT: "0", DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const port = /is running at http:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ name, url: `http://127.0.0.1:${port}`, dataDir, process: child, output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

/** Stops an instance as systemd would (SIGTERM: it finishes open requests first). */
export function stopInstance(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    if (instance.process.exitCode !== null) return resolve();
    instance.process.once("exit", () => resolve());
    instance.process.kill("SIGTERM");
  });
}

/** The text of the newest mail in an instance's outbox folder sent to `to`. */
export function lastMailTo(instance: Instance, to: string): string | undefined {
  const dir = join(instance.dataDir, "outbox");
  const summaries = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { to: string; text: string });
  return summaries.filter((s) => s.to.includes(to)).at(-1)?.text;
}
