/**
 * Benchmark (not a test): time to the first page and resident memory of a starting server, and
 * the bytes of a first visit to the start page.
 * Usage: npm run bench:startup [-- --postgres postgres://postgres@127.0.0.1:5432]
 * Each start runs on a prepared data directory (PGlite) or a fresh, migrated database
 * (PostgreSQL): what is measured is the start, not the first migration.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import pg from "pg";

const { values } = parseArgs({
  options: { postgres: { type: "string", default: "postgres://postgres@127.0.0.1:5432" } },
});
const ROOT = join(import.meta.dirname, "..");
const NODE = process.execPath;

/**
 * VmRSS of a process and all its descendants, in MB, and their CPU time (user and system) in
 * seconds: on a loaded machine the CPU time says more than the wall time.
 */
function treeUsage(pid: number): { rssMb: number; cpuSeconds: number } {
  let kb = 0;
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      // fields 14 and 15 of /proc/<pid>/stat, counted after the command's closing parenthesis
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        for (const c of children ? children.split(" ") : []) visit(Number(c));
      }
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  // clock ticks: 100 per second on Linux
  return { rssMb: Math.round(kb / 1024), cpuSeconds: ticks / 100 };
}

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(NODE, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")}: ${r.stderr}`);
}

async function firstPage(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const child: ChildProcess = spawn(NODE, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", JOBS: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", () => {});
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}: ${out}`);
      const url = /running at (http:\/\/\S+\/)/.exec(out)?.[1];
      const res = url ? await fetch(url).catch(() => undefined) : undefined;
      if (res?.status === 200) {
        await res.text();
        return { url, seconds: (performance.now() - started) / 1000, ...treeUsage(child.pid ?? 0), child };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** Bytes on the wire (headers and encoded bodies) of loading / in Chromium with an empty cache. */
async function firstVisitBytes(url: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || "/usr/bin/chromium" });
  const page = await browser.newPage();
  const sizes: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
  page.on("requestfinished", (request) => {
    sizes.push(
      Promise.all([request.sizes(), request.response()]).then(([s, response]) => ({
        url: request.url(),
        bytes: s.responseBodySize + s.responseHeadersSize,
        encoding: response?.headers()["content-encoding"] ?? "none",
      })),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const all = await Promise.all(sizes);
  await browser.close();
  return all;
}

const rows: string[] = [];
const database = { pglite: "PGlite", postgres: "PostgreSQL" } as const;
let visit: { url: string; bytes: number; encoding: string }[] = [];

for (const kind of ["pglite", "postgres"] as const) {
  const dataDir = await mkdtemp(join(tmpdir(), "sb-startup-"));
  const dbName = `sb_startup_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${values.postgres}/postgres` });
  const env: Record<string, string> = { DATA_DIR: dataDir };
  if (kind === "postgres") {
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    env.DATABASE_URL = `${values.postgres}/${dbName}`;
  }
  try {
    run(["tools/start.mjs", "seed", "--migrate"], env); // builds if needed, migrates, loads the tenant
    const cases: [string, string[], () => void][] = [
      ["`npm start`, no dist/ (build included)", ["tools/start.mjs", "serve", "--migrate"], () => rmDist()],
      ["`npm start`, dist/ up to date", ["tools/start.mjs", "serve", "--migrate"], () => {}],
      ["`node dist/main.js serve`", ["dist/main.js", "serve"], () => {}],
    ];
    for (const [name, args, before] of cases) {
      before();
      const r = await firstPage(args, env);
      if (kind === "postgres" && args[0] === "dist/main.js") visit = await firstVisitBytes(r.url ?? "");
      await stop(r.child);
      rows.push(
        `| ${name} | ${database[kind]} | ${r.seconds.toFixed(2)} s | ${r.cpuSeconds.toFixed(2)} s | ${r.rssMb} MB |`,
      );
      console.error(rows.at(-1));
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    if (kind === "postgres") {
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
}

function rmDist() {
  spawnSync("rm", ["-rf", join(ROOT, "dist")]);
}

const total = visit.reduce((sum, r) => sum + r.bytes, 0);
console.log(`## Start and first visit (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores)

Command: \`npm run bench:startup\`. Time from spawning the process to the first 200 on \`/\`,
the CPU time the process and its children used until then, and their resident memory (VmRSS)
right after that page. Load average at the end: ${loadavg()[0]?.toFixed(1)}.

| start | database | first page | CPU | RSS |
| --- | --- | --- | --- | --- |
${rows.join("\n")}

First visit to \`/\` in Chromium, empty cache (headers and encoded bodies):
**${(total / 1024).toFixed(1)} KB** in ${visit.length} responses.

${visit.map((r) => `- ${new URL(r.url).pathname}: ${(r.bytes / 1024).toFixed(1)} KB (${r.encoding})`).join("\n")}
`);
