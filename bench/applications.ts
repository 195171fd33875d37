/**
 * Benchmark (not a test): the online application's pages against the service page they start
 * from, and the time to file a case when many residents file a Meldebescheinigung at once
 * through every page (as a browser without JavaScript: its own cookies, CSRF token and
 * address in `X-Forwarded-For`).
 * Usage: npm run bench:applications [-- --seconds 10 --connections 20 --residents 100 --db both]
 * (`--db pglite`, `postgres` or `both`; PostgreSQL at TEST_DATABASE_URL or 127.0.0.1:5432/test,
 * where the server creates and drops a database of its own.)
 * Prints a Markdown section for docs/benchmarks.md.
 */
import { spawn } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encodedBytes, percentile, Resident } from "./resident";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    residents: { type: "string", default: "100" },
    db: { type: "string", default: "both" },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const residentCount = Number(values.residents);
const postgresUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const kinds = values.db === "both" ? ["pglite", "postgres"] : [values.db as string];
const FORM = "/antrag/meldebescheinigung";

async function startServer(kind: string) {
  const env = { ...process.env, ...(kind === "postgres" ? { BENCH_DATABASE_URL: postgresUrl } : {}) };
  if (kind !== "postgres") delete env.BENCH_DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "server.ts")], {
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  const ports = await new Promise<{ app: number; bare: number; database: string }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      // the ports' line, not a log line
      const line = out.split("\n").find((l) => l.startsWith('{"app":'));
      if (line) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  const stopped = new Promise((resolve) => child.on("exit", resolve));
  const stop = () => {
    child.kill("SIGTERM");
    return stopped;
  };
  return { ...ports, stop };
}

/** The answers of resident `n`, page by page (the Meldebescheinigung for oneself, simple). */
const journey = (n: number): [string, Record<string, string>][] => [
  ["seite/for-whom", { forSelf: "yes" }],
  [
    "seite/person",
    {
      "person.givenNames": "Erika",
      "person.familyName": `Benchmark${n}`,
      "person.dateOfBirth.day": String((n % 28) + 1),
      "person.dateOfBirth.month": String((n % 12) + 1),
      "person.dateOfBirth.year": "1970",
    },
  ],
  [
    "seite/main-address",
    {
      "mainAddress.street": "Markt",
      "mainAddress.houseNumber": String((n % 40) + 1),
      "mainAddress.postalCode": "35037",
      "mainAddress.city": "Marburg",
    },
  ],
  ["seite/certificate-kind", { certificateKind: "simple" }],
  ["seite/purpose", {}],
  ["seite/declaration", { truthful: "yes" }],
  ["kontakt", { email: `benchmark${n}@example.org` }],
];

/**
 * One resident from the service page to the case page: every GET a browser makes, every POST
 * followed. @returns the case page's reference, the time of the whole way and of filing.
 */
async function fileThroughThePages(base: string, n: number) {
  const r = new Resident(base, n);
  const started = performance.now();
  await r.get("/leistungen/meldebescheinigung");
  await r.get(FORM);
  let page = await r.postAndFollow(FORM, {});
  for (const [path, form] of journey(n)) {
    if (!page.url.endsWith(`${FORM}/${path}`)) throw new Error(`resident ${n} on ${page.url}, not ${path}`);
    page = await r.postAndFollow(`${FORM}/${path}`, form);
  }
  const filingStarted = performance.now();
  const filed = await r.post(`${FORM}/absenden`, {});
  const filing = performance.now() - filingStarted;
  if (filed.status !== 303) throw new Error(`resident ${n}: filing answered ${filed.status}`);
  const casePage = await r.get(filed.location);
  const reference = /\d{4}-\d{7}-\d/.exec(casePage.body)?.[0];
  if (!reference) throw new Error(`resident ${n}: no reference on the case page`);
  return { reference, total: performance.now() - started, filing, requests: r.requests };
}

async function load(url: string, options: { cookie?: string; method?: "POST"; body?: string } = {}) {
  const headers: Record<string, string> = { "accept-encoding": "gzip", "accept-language": "de" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body) headers["content-type"] = "application/x-www-form-urlencoded";
  const method: "GET" | "POST" = options.method ?? "GET";
  const opts = { url, connections, headers, method, body: options.body };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon({ ...opts, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r["4xx"] + r["5xx"],
  };
}

async function measure(kind: string) {
  const server = await startServer(kind);
  const base = `http://127.0.0.1:${server.app}`;
  try {
    // A resident at the address page, and one at "check your answers", for the page loads
    const reader = new Resident(base, 1_000_000);
    await reader.get(FORM);
    let page = await reader.postAndFollow(FORM, {});
    for (const [path, form] of journey(1).slice(0, 2))
      page = await reader.postAndFollow(`${FORM}/${path}`, form);
    const addressToken = page.csrf;
    const checker = new Resident(base, 1_000_001);
    await checker.get(FORM);
    page = await checker.postAndFollow(FORM, {});
    for (const [path, form] of journey(2)) page = await checker.postAndFollow(`${FORM}/${path}`, form);
    if (!page.url.endsWith("/zusammenfassung")) throw new Error(`not at the check page: ${page.url}`);

    const addressBody = new URLSearchParams({
      _csrf: addressToken,
      ...(journey(1)[2]?.[1] ?? {}),
    }).toString();
    const pages = [
      ["service page", "/leistungen/meldebescheinigung", {}],
      ["form start page", FORM, {}],
      ["question page (address)", `${FORM}/seite/main-address`, { cookie: reader.cookie() }],
      ["check your answers", `${FORM}/zusammenfassung`, { cookie: checker.cookie() }],
      [
        "answer a page (POST, saved)",
        `${FORM}/seite/main-address`,
        { cookie: reader.cookie(), method: "POST", body: addressBody },
      ],
    ] as const;
    const bare = await load(`http://127.0.0.1:${server.bare}/`);
    const rows: { name: string; path: string; rps: number; p50: number; p99: number; errors: number }[] = [];
    for (const [name, path, options] of pages)
      rows.push({ name, path, ...(await load(`${base}${path}`, options)) });

    const sizes = [] as { name: string; raw: number; sent: number }[];
    for (const [name, path, options] of pages.slice(0, 4))
      sizes.push({
        name,
        ...(await encodedBytes(`${base}${path}`, "cookie" in options ? options.cookie : "")),
      });

    // One resident after the other: the time to file a case on an idle server
    const alone = [];
    for (let n = 0; n < 10; n++) alone.push(await fileThroughThePages(base, 500_000 + n));

    // The rush: every resident at once, from the service page to the case page
    const load1 = loadavg()[0] ?? 0;
    const rushStarted = performance.now();
    const settled = await Promise.allSettled(
      Array.from({ length: residentCount }, (_, n) => fileThroughThePages(base, n)),
    );
    const rushMs = performance.now() - rushStarted;
    const done = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failures = settled.flatMap((s) => (s.status === "rejected" ? [String(s.reason)] : []));
    const references = new Set(done.map((d) => d.reference));
    return {
      kind: server.database,
      bare,
      rows,
      sizes,
      alone: { total: alone.map((a) => a.total), filing: alone.map((a) => a.filing) },
      rush: {
        filed: done.length,
        distinct: references.size,
        failures,
        rushMs,
        requests: done.reduce((sum, d) => sum + d.requests, 0),
        total: done.map((d) => d.total),
        filing: done.map((d) => d.filing),
        load: load1,
      },
    };
  } finally {
    await server.stop();
  }
}

const results = [];
for (const kind of kinds) results.push(await measure(kind));

const kib = (n: number) => (n / 1024).toFixed(1);
const cpu = cpus()[0]?.model ?? "unknown CPU";
const out: string[] = [
  `### Online applications — ${new Date().toISOString().slice(0, 10)}`,
  "",
  `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}.`,
  `Command: \`npm run bench:applications -- --seconds ${seconds} --connections ${connections} --residents ${residentCount} --db ${values.db}\` (autocannon, ${connections} connections, ${seconds} s after a 2 s warm-up, gzip accepted; the server in its own process with the demo tenant, \`NODE_ENV=production\`, \`TRUST_PROXY=1\`; load generator on the same machine).`,
  "",
];
for (const r of results) {
  const service = r.rows[0]?.rps ?? 1;
  out.push(
    `**${r.kind === "postgres" ? "PostgreSQL (same machine)" : "PGlite (in memory)"}** — bare Fastify route: ${r.bare.rps.toFixed(0)} req/s.`,
    "",
    "| page | path | req/s | ratio to the service page | p50 ms | p99 ms | errors |",
    "|---|---|---:|---:|---:|---:|---:|",
    ...r.rows.map(
      (x) =>
        `| ${x.name} | \`${x.path}\` | ${x.rps.toFixed(0)} | ${(x.rps / service).toFixed(2)} | ${x.p50} | ${x.p99} | ${x.errors} |`,
    ),
    "",
    "| page | HTML raw KiB | HTML sent KiB (gzip) |",
    "|---|---:|---:|",
    ...r.sizes.map((s) => `| ${s.name} | ${kib(s.raw)} | ${kib(s.sent)} |`),
    "",
    `Time to file a case, one resident at a time (10 in a row, median): the whole way ${percentile(r.alone.total, 50).toFixed(0)} ms, of it the filing POST ${percentile(r.alone.filing, 50).toFixed(0)} ms (slowest ${Math.max(...r.alone.filing).toFixed(0)} ms).`,
    "",
    `Filing rush: ${residentCount} residents at once, each through ${Math.round(r.rush.requests / Math.max(1, r.rush.filed))} requests from the service page to the case page (load average ${r.rush.load.toFixed(1)} before).`,
    "",
    "| filed | distinct references | failed | wall s | cases/s | way p50 ms | way p99 ms | filing POST p50 ms | filing POST p99 ms |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${r.rush.filed} | ${r.rush.distinct} | ${r.rush.failures.length} | ${(r.rush.rushMs / 1000).toFixed(1)} | ${(r.rush.filed / (r.rush.rushMs / 1000)).toFixed(1)} | ${percentile(r.rush.total, 50).toFixed(0)} | ${percentile(r.rush.total, 99).toFixed(0)} | ${percentile(r.rush.filing, 50).toFixed(0)} | ${percentile(r.rush.filing, 99).toFixed(0)} |`,
    "",
  );
  for (const f of r.rush.failures.slice(0, 3)) out.push(`- failure: ${f}`);
}
console.log(out.join("\n"));
