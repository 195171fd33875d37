/**
 * Benchmark (not a test): how long a call takes from the clerk's button to the waiting
 * room's screens, with many displays open. The server runs in its own process; this
 * process is the clerk (HTTP form posts, like the browser) and holds the displays open
 * (Server-Sent Events). Latency per display = from sending "call next" to that display
 * receiving the event with the called number.
 * Usage: npm run bench:display [-- --displays 50 --calls 200] (DATABASE_URL=… for PostgreSQL)
 * Prints a Markdown section for docs/benchmarks.md.
 */
import { spawn } from "node:child_process";
import { request } from "node:http";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { displays: { type: "string", default: "50" }, calls: { type: "string", default: "200" } },
});
const displays = Number(values.displays);
const calls = Number(values.calls);

const server = spawn(
  process.execPath,
  ["--import", "tsx", join(import.meta.dirname, "call-display-server.ts")],
  {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, BENCH_TICKETS: String(calls + 10) },
  },
);
const info = await new Promise<{ port: number; username: string; password: string }>((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const line = out.split("\n").find((l) => l.startsWith('{"port"'));
    if (line) resolve(JSON.parse(line));
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});
const base = `http://127.0.0.1:${info.port}`;

// ---- the clerk: sign in and take a counter, like a browser ----------------------------------
const jar = new Map<string, string>();
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
async function http(method: "GET" | "POST", path: string, form?: Record<string, string>) {
  const res = await fetch(base + path, {
    method,
    redirect: "manual",
    headers: {
      cookie: cookieHeader(),
      ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [k, v] = (pair ?? "").split("=");
    if (k && v !== undefined) jar.set(k, v);
  }
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

let page = await http("GET", "/verwaltung/anmelden");
let res = await http("POST", "/verwaltung/anmelden", {
  _csrf: csrfOf(page.body),
  username: info.username,
  password: info.password,
});
if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
page = await http("GET", "/verwaltung/schalter/arbeitsplatz");
res = await http("POST", "/verwaltung/schalter/arbeitsplatz", {
  _csrf: csrfOf(page.body),
  place: "stadtbuero/schalter-1",
});
if (res.status !== 303) throw new Error(`picking a counter failed: ${res.status}`);
page = await http("GET", "/verwaltung/schalter");
const csrf = csrfOf(page.body);

// ---- the displays ------------------------------------------------------------------------
type Waiter = { number: string; resolve: () => void };
const waiting = new Map<number, Waiter>();
const latencies: number[] = [];
let sentAt = 0;
await Promise.all(
  Array.from({ length: displays }, (_, d) => {
    return new Promise<void>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port: info.port, path: "/anzeige/stadtbuero/ereignisse" },
        (r) => {
          r.setEncoding("utf8");
          let buffer = "";
          r.on("data", (chunk: string) => {
            buffer += chunk;
            const parts = buffer.split("\n\n");
            buffer = parts.pop() ?? "";
            for (const part of parts) {
              const data = /^data: (.*)$/m.exec(part)?.[1];
              if (!data) continue;
              const w = waiting.get(d);
              const first = (JSON.parse(data) as { calls: { number: string }[] }).calls[0];
              if (w && first?.number === w.number) {
                latencies.push(performance.now() - sentAt);
                waiting.delete(d);
                w.resolve();
              }
            }
          });
          resolve();
        },
      );
      req.on("error", reject);
      req.end();
    });
  }),
);
await new Promise((r) => setTimeout(r, 500));

// ---- the calls ---------------------------------------------------------------------------
const serviceTimes: number[] = [];
for (let i = 1; i <= calls; i++) {
  const number = `W-${String(i).padStart(3, "0")}`;
  const arrived = Array.from(
    { length: displays },
    (_, d) => new Promise<void>((resolve) => waiting.set(d, { number, resolve })),
  );
  sentAt = performance.now();
  const call = await http("POST", "/verwaltung/schalter/aufrufen", { _csrf: csrf });
  serviceTimes.push(performance.now() - sentAt);
  if (!String(call.location).includes(`nummer=${number}`))
    throw new Error(`unexpected call result ${call.location}`);
  await Promise.all(arrived);
  const body = (await http("GET", "/verwaltung/schalter")).body;
  const ticket = /name="ticket" value="(\d+)"/.exec(body)?.[1] ?? "";
  await http("POST", "/verwaltung/schalter/verpasst", { _csrf: csrf, ticket });
  await new Promise((r) => setTimeout(r, 20));
}

server.kill("SIGTERM");
await new Promise((r) => server.once("exit", r));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const ms = (x: number) => x.toFixed(1);
const cpu = cpus()[0]?.model ?? "unknown CPU";
const db = process.env.DATABASE_URL
  ? "PostgreSQL (LISTEN/NOTIFY over a server connection)"
  : "in-memory PGlite";
console.log(`### Call to display — ${new Date().toISOString().slice(0, 10)}

Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}.
Command: \`${process.env.DATABASE_URL ? "DATABASE_URL=… " : ""}npm run bench:display -- --displays ${displays} --calls ${calls}\` (server in its own process on ${db}; this process posts "call next" as a signed-in clerk and holds ${displays} displays open over Server-Sent Events; each call is awaited on all displays before the next).

| measure | samples | p50 ms | p99 ms | max ms |
| --- | ---: | ---: | ---: | ---: |
| "call next" form post answered (transaction + NOTIFY) | ${serviceTimes.length} | ${ms(pct(serviceTimes, 50))} | ${ms(pct(serviceTimes, 99))} | ${ms(Math.max(...serviceTimes))} |
| button to display, per display (${displays} displays) | ${latencies.length} | ${ms(pct(latencies, 50))} | ${ms(pct(latencies, 99))} | ${ms(Math.max(...latencies))} |
`);
process.exit(0);
