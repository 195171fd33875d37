/**
 * Benchmark (not a test): the booking rush through the pages. N residents (each with its own
 * cookies, CSRF token and address in `X-Forwarded-For`) open the time page of one day at a
 * mobile stop, then all post "hold this time" at once, spread over the first `--times` times;
 * each refused resident picks another free time from the page the refusal shows (the time page
 * again, with the rest of the day) until they hold one or none is left. In the same run, the
 * same rush at the transaction alone (`holdAppointment`, `bench/rush.ts`) on the same database.
 * Reports attempts/s, holds, p50/p99 of the hold posts, 5xx, double bookings (overlapping live
 * appointments on one counter, queried afterwards) and the ratio pages/transaction.
 *
 * Usage: npm run bench:booking-http [-- --residents 300 --times 10 --rounds 3 --url postgres://…
 *   --pglite --cpu-prof <dir>]
 * Without `--pglite`, the server creates (and drops) a database of its own on the PostgreSQL
 * server of `--url`. `--cpu-prof <dir>` runs the server under `node --cpu-prof`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import pg from "pg";
import { holdAppointment } from "../src/modules/booking/hold-appointment";
import { openDatabase } from "../src/platform/db/database";
import { percentile, Resident } from "./resident";
import { rush } from "./rush";

const { values } = parseArgs({
  options: {
    residents: { type: "string", default: "300" },
    times: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    url: {
      type: "string",
      default: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
    pglite: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    /** server processes on one PostgreSQL database, as behind a load balancer */
    instances: { type: "string", default: "1" },
  },
});
const residents = Number(values.residents);
const spread = Number(values.times);
const rounds = Number(values.rounds);
const instances = Number(values.instances);
const PLACE = "mobil-cappel";
const SERVICE = "personalausweis";
const COUNTER = "mobil";
const SLOT_MS = 15 * 60_000;
const loadAtStart = loadavg()[0] ?? 0;

// ---- the server ----------------------------------------------------------------------------

const nodeArgs = ["--import", "tsx"];
if (values["cpu-prof"]) nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${values["cpu-prof"]}`);
interface Started {
  app: number;
  database: string;
  databaseName?: string;
}
/** One bench server; with `join`, a further instance on the database the first one made. */
async function startServer(join?: string): Promise<{ process: ChildProcess; started: Started }> {
  const child = spawn(process.execPath, [...nodeArgs, "bench/server.ts"], {
    env: {
      ...process.env,
      ...(values.pglite ? {} : { BENCH_DATABASE_URL: values.url }),
      ...(join ? { BENCH_JOIN_DATABASE: join } : {}),
      RATE_LIMIT_PER_MINUTE: "100000000",
      BOOKING_MAX_HOLDS_PER_HOUR: "1000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const started = await new Promise<Started>((resolve) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (l) => {
      if (l.startsWith('{"app"')) resolve(JSON.parse(l));
    });
  });
  return { process: child, started };
}
const first = await startServer();
const { started } = first;
if (instances > 1 && !started.databaseName)
  throw new Error("several instances need PostgreSQL (not --pglite)");
const servers = [first];
for (let i = 1; i < instances; i++) servers.push(await startServer(started.databaseName));
/** The instances' addresses; the load balancer keeps each resident on one (round robin). */
const bases = servers.map((s) => `http://127.0.0.1:${s.started.app}`);
const base = bases[0] as string;
let check: pg.Client | undefined;
let txDatabase: Awaited<ReturnType<typeof openDatabase>> | undefined;
if (started.databaseName) {
  const u = new URL(values.url);
  u.pathname = `/${started.databaseName}`;
  check = new pg.Client({ connectionString: u.toString() });
  await check.connect();
  txDatabase = await openDatabase({ url: u.toString() });
}

async function stop() {
  await txDatabase?.close().catch(() => {});
  await check?.end().catch(() => {});
  // the first instance drops the database, so it stops last
  for (const s of [...servers].reverse()) {
    s.process.kill("SIGTERM");
    await new Promise((r) => s.process.once("exit", r));
  }
}
const serversCpuMs = () => servers.reduce((sum, s) => sum + processCpuMs(s.process.pid), 0);

// ---- the rush through the pages ------------------------------------------------------------

const timeOptions = (body: string) =>
  [...body.matchAll(/name="zeit"[^>]*? value="([^"]+)"/g)].map((m) => m[1] as string);
const pick = <T>(xs: T[]): T | undefined => xs[Math.floor(Math.random() * xs.length)];
const timePath = (day: string) => `/termin/zeit?leistungen=${SERVICE}&ort=${PLACE}&tag=${day}`;

interface PageRush {
  day: string;
  wallMs: number;
  attempts: number;
  holds: number;
  latencies: number[];
  statuses: Map<number, number>;
  fiveXx: number;
  doubleBookings: number;
  /** CPU time the server process and this client spent during the rush (one core each at most) */
  serverCpuMs: number;
  clientCpuMs: number;
}

/** The CPU time (user + system) a process has used so far, from /proc (Linux). */
function processCpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks at 100 Hz
  } catch {
    return Number.NaN;
  }
}

async function bookableDays(): Promise<string[]> {
  const r = new Resident(base, 999_999);
  const page = await r.get(`/termin/tag?leistungen=${SERVICE}&ort=${PLACE}`);
  return [...new Set([...page.body.matchAll(/tag=(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] as string))];
}

async function pageRush(day: string, round: number): Promise<PageRush> {
  const people = Array.from(
    { length: residents },
    (_, i) => new Resident(bases[i % bases.length] as string, round * 10_000 + i),
  );
  const first = new Map<Resident, string[]>();
  // The walk to the time page (not measured), 20 at a time.
  for (let i = 0; i < people.length; i += 20)
    await Promise.all(
      people.slice(i, i + 20).map(async (p) => first.set(p, timeOptions((await p.get(timePath(day))).body))),
    );
  const r: PageRush = {
    day,
    wallMs: 0,
    attempts: 0,
    holds: 0,
    latencies: [],
    statuses: new Map(),
    fiveXx: 0,
    doubleBookings: 0,
    serverCpuMs: 0,
    clientCpuMs: 0,
  };
  const serverCpu0 = serversCpuMs();
  const clientCpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    people.map(async (p) => {
      let zeit = pick((first.get(p) ?? []).slice(0, spread));
      while (zeit) {
        r.attempts++;
        const t = performance.now();
        const answer = await p.post("/termin/halten", { leistungen: SERVICE, ort: PLACE, tag: day, zeit });
        r.latencies.push(performance.now() - t);
        r.statuses.set(answer.status, (r.statuses.get(answer.status) ?? 0) + 1);
        if (answer.status >= 500) r.fiveXx++;
        if (answer.status === 303) {
          r.holds++;
          return;
        }
        if (answer.status !== 409) return;
        // The refusal is the time page again: the rest of the day's free times (or, when the day
        // is full, the next free times of other days, which this resident does not want).
        zeit = pick(timeOptions(answer.body).filter((z) => z.startsWith(day)));
      }
    }),
  );
  r.wallMs = performance.now() - t0;
  r.serverCpuMs = serversCpuMs() - serverCpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  r.clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;
  r.doubleBookings = await doubleBookings();
  return r;
}

/** Pairs of live (held or booked) appointments on one counter that overlap in time. */
async function doubleBookings(): Promise<number> {
  if (!check) return Number.NaN;
  const { rows } = await check.query<{ n: number }>(
    `select count(*)::int as n from appointments a join appointments b
       on a.tenant_id = b.tenant_id and a.location_key = b.location_key and a.counter_key = b.counter_key
      and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at
     where a.status in ('held', 'confirmed') and b.status in ('held', 'confirmed')`,
  );
  return rows[0]?.n ?? Number.NaN;
}

// ---- the same rush at the transaction alone -------------------------------------------------

let nextTxDay = 0;
async function transactionRush(slotCount: number) {
  if (!txDatabase || !check) return undefined;
  const start = Date.UTC(2030, 0, 1, 8, 0) + nextTxDay++ * 86_400_000;
  const slots = Array.from({ length: slotCount }, (_, i) => new Date(start + i * SLOT_MS));
  await check.query(
    `insert into slot_units (tenant_id, location_key, counter_key, starts_at, capacity)
     select 'marburg', $1, $2, s, 1 from unnest($3::timestamptz[]) s`,
    [PLACE, COUNTER, slots],
  );
  const db = txDatabase;
  const result = await rush(
    (startsAt) =>
      holdAppointment(db, {
        tenantId: "marburg",
        location: PLACE,
        counter: COUNTER,
        startsAt,
        endsAt: new Date(startsAt.getTime() + SLOT_MS),
        services: [SERVICE],
        units: [{ location: PLACE, counter: COUNTER, startsAt, capacity: 1 }],
        channel: "public",
        holdMinutes: 10,
        locale: "de",
        clientHash: null,
        now: new Date(),
      }),
    slots,
    residents,
    slotCount,
  );
  return { ...result, doubleBookings: await doubleBookings() };
}

// ---- the run --------------------------------------------------------------------------------

const pages: PageRush[] = [];
const transactions: NonNullable<Awaited<ReturnType<typeof transactionRush>>>[] = [];
try {
  const days = await bookableDays();
  if (days.length < rounds + 1) throw new Error(`only ${days.length} bookable days at ${PLACE}`);
  // Warm-up (not measured): one small rush on the first day.
  await pageRush(days[0] as string, 0).then(() => undefined);
  await transactionRush(12);
  for (let round = 1; round <= rounds; round++) {
    const day = days[round] as string;
    const p = await pageRush(day, round);
    pages.push(p);
    const slots = Math.max(p.holds, 1);
    const t = await transactionRush(slots);
    if (t) transactions.push(t);
    process.stderr.write(
      `round ${round} ${day}: pages ${p.holds} holds, ${p.attempts} attempts in ${p.wallMs.toFixed(0)} ms ` +
        `(server CPU ${p.serverCpuMs.toFixed(0)} ms, client CPU ${p.clientCpuMs.toFixed(0)} ms); ` +
        (t
          ? `transaction ${t.successes} holds, ${t.attempts} attempts in ${t.wallMs.toFixed(0)} ms\n`
          : "\n"),
    );
  }
} finally {
  await stop();
}

// ---- report ---------------------------------------------------------------------------------

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pageLat = pages.flatMap((p) => p.latencies);
const pageAttemptsPerS = sum(pages.map((p) => p.attempts)) / (sum(pages.map((p) => p.wallMs)) / 1000);
const txLat = transactions.flatMap((t) => t.latencies);
const txAttemptsPerS = transactions.length
  ? sum(transactions.map((t) => t.attempts)) / (sum(transactions.map((t) => t.wallMs)) / 1000)
  : Number.NaN;
const statuses = new Map<number, number>();
for (const p of pages) for (const [k, n] of p.statuses) statuses.set(k, (statuses.get(k) ?? 0) + n);

console.log(`### Booking rush through the pages (${started.database}) — ${new Date().toISOString().slice(0, 10)}

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}; load average ${loadAtStart.toFixed(1)} at the start.
Command: \`npm run bench:booking-http -- --residents ${residents} --times ${spread} --rounds ${rounds}${instances > 1 ? ` --instances ${instances}` : ""}${values.pglite ? " --pglite" : ""}\`.

| round | day | holds | attempts | wall ms | attempts/s | p50 ms | p99 ms | 5xx | double bookings |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|
${pages
  .map(
    (p, i) =>
      `| ${i + 1} | ${p.day} | ${p.holds} | ${p.attempts} | ${p.wallMs.toFixed(0)} | ${(p.attempts / (p.wallMs / 1000)).toFixed(0)} | ${percentile(p.latencies, 50).toFixed(0)} | ${percentile(p.latencies, 99).toFixed(0)} | ${p.fiveXx} | ${p.doubleBookings} |`,
  )
  .join("\n")}
| **all** | | ${sum(pages.map((p) => p.holds))} | ${sum(pages.map((p) => p.attempts))} | ${sum(pages.map((p) => p.wallMs)).toFixed(0)} | ${pageAttemptsPerS.toFixed(0)} | ${percentile(pageLat, 50).toFixed(0)} | ${percentile(pageLat, 99).toFixed(0)} | ${sum(pages.map((p) => p.fiveXx))} | ${pages.at(-1)?.doubleBookings ?? "–"} |

Hold posts by status: ${[...statuses].map(([k, n]) => `${k} × ${n}`).join(", ")}.

Transaction alone (\`holdAppointment\`, ${residents} clients, as many slots of capacity 1 as the day had holds): ${
  transactions.length
    ? `${sum(transactions.map((t) => t.successes))} holds, ${sum(transactions.map((t) => t.attempts))} attempts, **${txAttemptsPerS.toFixed(0)} attempts/s**, p50 ${percentile(txLat, 50).toFixed(1)} ms, p99 ${percentile(txLat, 99).toFixed(1)} ms, double bookings ${transactions.at(-1)?.doubleBookings}.`
    : "not run (PGlite: the server process holds the database)."
}

**Ratio pages / transaction (attempts/s): ${(pageAttemptsPerS / txAttemptsPerS).toFixed(2)}.**
`);
