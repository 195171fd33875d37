/**
 * Benchmark (not a test): a booking rush on PostgreSQL. Many clients at once try to hold few
 * slots of capacity 1 through `holdAppointment` (the platform), and then through the same
 * transaction written as raw SQL over node-postgres (the ceiling), in the same run on the same
 * server. Reports successful bookings/s, attempts/s, attempt latency, errors and double
 * bookings (which must be 0), and the ratio platform/raw.
 * Usage: npm run bench:booking [-- --clients 200 --slots 20 --rounds 5 --retries 3 --url postgres://…]
 * Prints a Markdown section for docs/benchmarks.md. Creates and drops its own database.
 */
import { randomBytes } from "node:crypto";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type HoldRequest, type HoldResult, holdAppointment } from "../src/modules/booking/hold-appointment";
import { importTenantDirectory, TENANTS_DIR } from "../src/modules/tenants";
import { openDatabase } from "../src/platform/db/database";
import { migrate } from "../src/platform/db/migrate";
import { holdRaw } from "./booking-rush-sql";
import { bump, type Rush, rush } from "./rush";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "200" },
    slots: { type: "string", default: "20" },
    rounds: { type: "string", default: "5" },
    retries: { type: "string", default: "3" },
    url: {
      type: "string",
      default: process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
    },
  },
});
const clients = Number(values.clients);
const slotCount = Number(values.slots);
const rounds = Number(values.rounds);
const retries = Number(values.retries);
const adminUrl = values.url;
const loadAtStart = loadavg()[0] ?? 0;
const POOL_SIZE = 10; // what openDatabase gives the app for PostgreSQL

const TENANT = "marburg";
const LOCATION = "mobil-cappel";
const COUNTER = "mobil";
const SLOT_MS = 15 * 60_000;
const CAPACITY = 1;

// ---- database of our own -------------------------------------------------------------------

const dbName = `bench_booking_${randomBytes(5).toString("hex")}`;
async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}
await admin((c) => c.query(`create database ${dbName}`));
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${dbName}`;

const database = await openDatabase({ url: benchUrl.toString() });
const rawPool = new pg.Pool({ connectionString: benchUrl.toString(), max: POOL_SIZE });
rawPool.on("error", () => {});
const check = new pg.Client({ connectionString: benchUrl.toString() });

let dropped = false;
async function dropDatabase() {
  if (dropped) return;
  dropped = true;
  await database.close().catch(() => {});
  await rawPool.end().catch(() => {});
  await check.end().catch(() => {});
  await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
}
process.on("SIGINT", () => {
  dropDatabase().finally(() => process.exit(130));
});

// ---- slots, requests, one rush -------------------------------------------------------------

// Every batch of slots (one scenario of one round) gets days of its own, far in the future.
const BASE = Date.UTC(2027, 2, 1, 7, 0);
const DAYS_PER_BATCH = Math.ceil((slotCount * SLOT_MS) / 86_400_000) + 1;
let nextBatch = 0;

/** A fresh set of slots: unit rows of capacity 1, nothing taken yet. */
async function freshSlots(count: number): Promise<Date[]> {
  const start = BASE + nextBatch++ * DAYS_PER_BATCH * 86_400_000;
  const slots = Array.from({ length: count }, (_, i) => new Date(start + i * SLOT_MS));
  await check.query(
    `insert into slot_units (tenant_id, location_key, counter_key, starts_at, capacity)
     select $1, $2, $3, s, $4 from unnest($5::timestamptz[]) s`,
    [TENANT, LOCATION, COUNTER, CAPACITY, slots],
  );
  return slots;
}

function request(startsAt: Date): HoldRequest {
  return {
    tenantId: TENANT,
    location: LOCATION,
    counter: COUNTER,
    startsAt,
    endsAt: new Date(startsAt.getTime() + SLOT_MS),
    services: ["personalausweis"],
    units: [{ location: LOCATION, counter: COUNTER, startsAt, capacity: CAPACITY }],
    channel: "public",
    holdMinutes: 10,
    locale: "de",
    clientHash: null,
    now: new Date(),
  };
}

interface Verdict {
  doubleBookings: number;
  counterMismatches: number;
  appointments: number;
}

/**
 * Double bookings among the given slots, counted three ways: unit counters above capacity,
 * live appointments (held/confirmed) on a unit above its capacity, and successes the clients
 * saw on one slot above its capacity. Also: counters that disagree with the live appointments.
 */
async function verify(slots: Date[], rush: Rush): Promise<Verdict> {
  const from = slots[0] as Date;
  const to = new Date((slots.at(-1) as Date).getTime() + SLOT_MS);
  const { rows } = await check.query<{
    over_counter: number;
    over_claims: number;
    mismatch: number;
    n: number;
  }>(
    `with live as (
       select au.tenant_id, au.location_key, au.counter_key, au.starts_at, count(*)::int as n
       from appointment_units au join appointments a on a.id = au.appointment_id
       where a.status in ('held', 'confirmed') and au.starts_at >= $1 and au.starts_at < $2
       group by 1, 2, 3, 4)
     select
       (select count(*) from slot_units where taken > capacity and starts_at >= $1 and starts_at < $2)::int
         as over_counter,
       (select count(*) from live join slot_units su using (tenant_id, location_key, counter_key, starts_at)
         where live.n > su.capacity)::int as over_claims,
       (select count(*) from slot_units su
         left join live using (tenant_id, location_key, counter_key, starts_at)
         where su.starts_at >= $1 and su.starts_at < $2 and coalesce(live.n, 0) <> su.taken)::int as mismatch,
       (select count(*) from appointments where starts_at >= $1 and starts_at < $2)::int as n`,
    [from, to],
  );
  const v = rows[0];
  if (!v) throw new Error("verification query returned nothing");
  const overSeen = rush.bookedPerSlot.filter((n) => n > CAPACITY).length;
  return {
    doubleBookings: v.over_counter + v.over_claims + overSeen,
    counterMismatches: v.mismatch + (v.n === rush.successes ? 0 : Math.abs(v.n - rush.successes)),
    appointments: v.n,
  };
}

// ---- the run --------------------------------------------------------------------------------

const scenarios: { key: "platform" | "raw"; name: string; hold: (r: HoldRequest) => Promise<HoldResult> }[] =
  [
    {
      key: "platform",
      name: "Platform (`holdAppointment`, Kysely, pool 10)",
      hold: (r) => holdAppointment(database, r),
    },
    { key: "raw", name: "Raw SQL ceiling (node-postgres, pool 10)", hold: (r) => holdRaw(rawPool, r) },
  ];
type Measured = { round: number; rush: Rush; verdict: Verdict };
const results: Record<"platform" | "raw", Measured[]> = { platform: [], raw: [] };
let pgVersion = "";

try {
  await migrate(database);
  await importTenantDirectory(database, join(TENANTS_DIR, "marburg"));
  await check.connect();
  pgVersion = (await check.query<{ version: string }>("select version()")).rows[0]?.version ?? "";

  // Warm-up (not measured): open both pools' connections, let V8 and the server's caches settle.
  for (const s of scenarios)
    await rush((at) => s.hold(request(at)), await freshSlots(slotCount), Math.min(clients, 50), retries);

  for (let round = 1; round <= rounds; round++) {
    // Alternate the order so neither scenario always runs on a table the other just grew.
    const order = round % 2 === 1 ? scenarios : [...scenarios].reverse();
    for (const s of order) {
      const slots = await freshSlots(slotCount);
      const r = await rush((at) => s.hold(request(at)), slots, clients, retries);
      const verdict = await verify(slots, r);
      results[s.key].push({ round, rush: r, verdict });
      process.stderr.write(
        `round ${round} ${s.key}: ${r.successes} booked, ${r.attempts} attempts in ${r.wallMs.toFixed(0)} ms, ` +
          `${verdict.doubleBookings} double bookings\n`,
      );
      if (verdict.doubleBookings > 0) throw new Error(`DOUBLE BOOKING in round ${round} (${s.key})`);
    }
  }
} finally {
  await dropDatabase();
}

// ---- report ---------------------------------------------------------------------------------

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summary(ms: Measured[]) {
  const wall = ms.reduce((a, m) => a + m.rush.wallMs, 0) / 1000;
  const soldOut = ms.reduce((a, m) => a + m.rush.soldOutMs, 0) / 1000;
  const clientCpuMs = ms.reduce((a, m) => a + m.rush.clientCpuMs, 0);
  const successes = ms.reduce((a, m) => a + m.rush.successes, 0);
  const attempts = ms.reduce((a, m) => a + m.rush.attempts, 0);
  const latencies = ms.flatMap((m) => m.rush.latencies).sort((a, b) => a - b);
  const errors = new Map<string, number>();
  const failures = new Map<string, number>();
  for (const m of ms) {
    for (const [k, n] of m.rush.errors) bump(errors, k, n);
    for (const [k, n] of m.rush.failures) bump(failures, k, n);
  }
  return {
    wall,
    successes,
    attempts,
    bookingsPerS: successes / wall,
    soldOut,
    bookingsPerSUntilSoldOut: successes / soldOut,
    attemptsPerS: attempts / wall,
    cpuPerAttempt: clientCpuMs / attempts,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    errorCount: [...errors.values()].reduce((a, n) => a + n, 0),
    failures,
    gaveUp: ms.reduce((a, m) => a + m.rush.gaveUp, 0),
    doubleBookings: ms.reduce((a, m) => a + m.verdict.doubleBookings, 0),
    mismatches: ms.reduce((a, m) => a + m.verdict.counterMismatches, 0),
  };
}

function row(label: string, ms: Measured[]) {
  const s = summary(ms);
  return `| ${label} | ${clients} | ${slotCount} | ${s.successes} | ${s.attempts} | ${(s.wall * 1000).toFixed(0)} | ${s.bookingsPerS.toFixed(1)} | ${(s.soldOut * 1000).toFixed(0)} | ${s.bookingsPerSUntilSoldOut.toFixed(1)} | ${s.attemptsPerS.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.cpuPerAttempt.toFixed(2)} | ${s.errorCount} | ${s.doubleBookings} |`;
}

function table(key: "platform" | "raw") {
  const ms = results[key];
  const s = summary(ms);
  const reasons = [...s.failures].map(([k, n]) => `${k} ${n}`).join(", ") || "none";
  const errs = [...s.errors].map(([k, n]) => `${n} × “${k}”`).join("; ") || "none";
  return `| round | clients | slots | booked | attempts | wall ms | bookings/s | sold out after ms | bookings/s until sold out | attempts/s | p50 ms | p99 ms | client CPU ms/attempt | errors | double bookings |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${ms.map((m) => row(String(m.round), [m])).join("\n")}
${row("**all**", ms)}

Failures by reason: ${reasons}. Errors: ${errs}. Clients who gave up after ${retries + 1} attempts: ${s.gaveUp}. Counters disagreeing with live appointments or with the clients' successes: ${s.mismatches}.`;
}

const platform = summary(results.platform);
const raw = summary(results.raw);
// Rounds run the two scenarios back to back, so per-round ratios cancel slow drifts of the machine.
const pairedRatios = results.platform
  .map((m, i) => {
    const r = results.raw[i];
    return r ? m.rush.attempts / m.rush.wallMs / (r.rush.attempts / r.rush.wallMs) : Number.NaN;
  })
  .sort((a, b) => a - b);
const median = pairedRatios[Math.floor((pairedRatios.length - 1) / 2)] ?? Number.NaN;
const cpu = cpus()[0]?.model ?? "unknown CPU";
const args = `--clients ${clients} --slots ${slotCount} --rounds ${rounds} --retries ${retries}`;

console.log(`### Booking rush (PostgreSQL) — ${new Date().toISOString().slice(0, 10)}

Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; ${pgVersion.replace(/ on .*$/, "")} on the same machine (default settings: fsync and synchronous_commit on); load average ${loadAtStart.toFixed(1)} at the start (1 min, other work on the machine included).
Command: \`npm run bench:booking -- ${args}\`.

Each round: ${slotCount} fresh slots of 15 minutes with capacity 1 at \`${LOCATION}\` (counter \`${COUNTER}\`, unit rows created before the rush); ${clients} clients start at once, each picks a slot at random among those it has not yet seen taken, tries another on \`slot-taken\` (at most ${retries + 1} attempts) and stops at its first hold. Both scenarios run the full hold transaction including the release of due claims (nothing is due). Pool of ${POOL_SIZE} connections each, as the app opens. Latency per attempt includes waiting for a pool connection. Rounds alternate which scenario goes first; one unmeasured warm-up rush each before. "Bookings/s" is successful holds over the wall time of the rush (until the last client has given up); "until sold out" divides by the time to the last successful hold instead. "Client CPU" is the CPU time of the benchmark's Node process (clients, Kysely or not, node-postgres) per attempt. Totals: over the summed times of the rounds; percentiles over all attempts.

**Platform** (\`holdAppointment\` over Kysely):

${table("platform")}

**Raw SQL ceiling** (the same statements over node-postgres, no Kysely):

${table("raw")}

**Ratio platform / raw:** successful bookings/s **${(platform.bookingsPerS / raw.bookingsPerS).toFixed(2)}** (until sold out ${(platform.bookingsPerSUntilSoldOut / raw.bookingsPerSUntilSoldOut).toFixed(2)}), attempts/s **${(platform.attemptsPerS / raw.attemptsPerS).toFixed(2)}** (p50 ${platform.p50.toFixed(1)} vs ${raw.p50.toFixed(1)} ms, p99 ${platform.p99.toFixed(1)} vs ${raw.p99.toFixed(1)} ms). Per round (the two scenarios back to back), attempts/s platform/raw: median ${median.toFixed(2)}, range ${(pairedRatios[0] ?? Number.NaN).toFixed(2)}–${(pairedRatios.at(-1) ?? Number.NaN).toFixed(2)}.
`);
