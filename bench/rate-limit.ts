/**
 * Benchmark (not a test): what the shared rate limit costs per request.
 * 1. The store alone: one hit after another (`HitBatcher`), and 20 at once (batched), on 300 keys (a
 *    booking rush of 300 residents), on PGlite and, with BENCH_DATABASE_URL, on PostgreSQL.
 * 2. A service page through HTTP (autocannon, every request from one of 300 addresses in
 *    X-Forwarded-For), served by `bench/server.ts` of this checkout, or of another with
 *    `--server <path>` (e.g. an export of the commit before, to compare).
 * Usage: node --import tsx bench/rate-limit.ts [--seconds 10] [--server path/to/server.ts]
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { sql } from "kysely";
import pg from "pg";
import { type Database, openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { HitBatcher } from "../src/platform/http/hit-batcher";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    server: { type: "string" },
    "store-only": { type: "boolean", default: false },
    "http-only": { type: "boolean", default: false },
  },
});
const KEYS = Array.from({ length: 300 }, (_, i) => `bench-key-${i}`);
const windowEnds = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Medians of a hit and of a bare `select 1` taken in turns, so that the load of a shared
 * machine weighs on both alike; then 20 hits at once.
 */
async function storeCost(database: Database) {
  const batcher = new HitBatcher(database.db);
  const countHit = (_db: unknown, key: string, endsAt: Date) => batcher.hit(key, endsAt);
  for (let i = 0; i < 300; i++) await countHit(database.db, KEYS[i % 300] as string, windowEnds); // warm-up
  const n = 3000;
  const hits: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await sql`select 1`.execute(database.db);
    bare.push(performance.now() - t);
    t = performance.now();
    await countHit(database.db, KEYS[i % 300] as string, windowEnds);
    hits.push(performance.now() - t);
  }
  const sequentialMs = median(hits);
  const bareMs = median(bare);
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < n) await countHit(database.db, KEYS[next++ % 300] as string, windowEnds);
    }),
  );
  const parallelPerSecond = n / ((performance.now() - t) / 1000);
  return { sequentialMs, bareMs, parallelPerSecond };
}

if (!values["http-only"]) {
  const memory = await openDatabase({ memory: true });
  await migrate(memory);
  const p = await storeCost(memory);
  await memory.close();
  console.log(
    `store, PGlite: ${(p.sequentialMs * 1000).toFixed(0)} µs per hit one after another (median; a bare select 1: ${(p.bareMs * 1000).toFixed(0)} µs); ${p.parallelPerSecond.toFixed(0)} hits/s with 20 at once`,
  );
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (serverUrl) {
    const name = `bench_rate_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    const database = await openDatabase({ url: u.toString() });
    await migrate(database);
    const q = await storeCost(database);
    await database.close();
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
    console.log(
      `store, PostgreSQL: ${(q.sequentialMs * 1000).toFixed(0)} µs per hit one after another (median; a bare select 1: ${(q.bareMs * 1000).toFixed(0)} µs); ${q.parallelPerSecond.toFixed(0)} hits/s with 20 at once`,
    );
  }
}

if (!values["store-only"]) {
  const serverFile = values.server ? resolve(values.server) : join(import.meta.dirname, "server.ts");
  const server = spawn(process.execPath, ["--import", "tsx", serverFile], {
    stdio: ["ignore", "pipe", "inherit"],
    cwd: join(serverFile, "..", ".."),
  });
  const ports = await new Promise<{ app: number }>((ok, fail) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const line = out.split("\n").find((l) => l.startsWith('{"app":'));
      if (line) ok(JSON.parse(line));
    });
    server.on("exit", (code) => fail(new Error(`server exited with ${code}`)));
  });
  let i = 0;
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${ports.app}/leistungen/personalausweis`,
      connections: 20,
      duration,
      headers: { "accept-encoding": "gzip", "accept-language": "de" },
      requests: [
        {
          setupRequest: (req) => {
            i += 1;
            return { ...req, headers: { ...req.headers, "x-forwarded-for": `100.64.0.${(i % 300) + 1}` } };
          },
        },
      ],
    });
  await run(2); // warm-up
  const r = await run(Number(values.seconds));
  console.log(
    `service page (${serverFile}): ${r.requests.average.toFixed(0)} requests/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}`,
  );
  server.kill("SIGTERM");
}
