/**
 * Benchmark (not a test): requests per second of citizen pages, each as a ratio to a bare
 * Fastify route measured in the same run, and the bytes a page costs on the wire.
 * Usage: npm run bench [-- --seconds 10 --connections 20]
 * Prints a Markdown section for docs/benchmarks.md.
 */
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "20" } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const server = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "server.ts")], {
  stdio: ["ignore", "pipe", "inherit"],
});
const ports = await new Promise<{ app: number; bare: number }>((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    // the ports' line, not a log line
    const line = out.split("\n").find((l) => l.startsWith('{"app":'));
    if (line) resolve(JSON.parse(line));
  });
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

async function load(url: string) {
  // Browsers send these; compression is part of what a page costs to serve.
  const headers = { "accept-encoding": "gzip", "accept-language": "de" };
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function bytes(path: string) {
  const res = await fetch(`http://127.0.0.1:${ports.app}${path}`, { headers: { "accept-encoding": "gzip" } });
  const raw = Buffer.from(await res.arrayBuffer()).length; // fetch decodes; measure the encoded size below
  const encoded = await new Promise<number>((resolve) => {
    import("node:http").then(({ get }) =>
      get(`http://127.0.0.1:${ports.app}${path}`, { headers: { "accept-encoding": "gzip" } }, (r) => {
        let n = 0;
        r.on("data", (c: Buffer) => {
          n += c.length;
        });
        r.on("end", () => resolve(n));
      }),
    );
  });
  return { raw, encoded, body: await (await fetch(`http://127.0.0.1:${ports.app}${path}`)).text() };
}

const PAGES = [
  ["start page", "/"],
  ["search", "/suche?q=Ausweis%20verloren"],
  ["service detail", "/leistungen/personalausweis"],
  ["catalogue A–Z", "/leistungen"],
] as const;

const bare = await load(`http://127.0.0.1:${ports.bare}/`);
const rows: string[] = [];
for (const [name, path] of PAGES) {
  const r = await load(`http://127.0.0.1:${ports.app}${path}`);
  rows.push(
    `| ${name} | \`${path}\` | ${r.rps.toFixed(0)} | ${(r.rps / bare.rps).toFixed(3)} | ${r.p50} | ${r.p99} | ${r.errors} |`,
  );
}

const weights: string[] = [];
let cssEncoded = 0;
const first = await bytes("/");
const cssPath = /href="(\/assets\/site-[A-Za-z0-9_-]+\.css)"/.exec(first.body)?.[1] ?? "";
const css = await bytes(cssPath);
cssEncoded = css.encoded;
const fontPaths = [...css.body.matchAll(/url\("?(\/assets\/[^")]+\.woff2)"?\)/g)].map((m) => m[1] as string);
let fonts = 0;
for (const f of fontPaths) fonts += (await bytes(f)).encoded;
for (const [name, path] of PAGES) {
  const page = await bytes(path);
  const js = [...page.body.matchAll(/<script[^>]*src="([^"]+)"/g)].length;
  const total = page.encoded + cssEncoded;
  weights.push(
    `| ${name} | ${(page.raw / 1024).toFixed(1)} | ${(page.encoded / 1024).toFixed(1)} | ${(cssEncoded / 1024).toFixed(1)} | ${js} | ${(total / 1024).toFixed(1)} | ${total < 60 * 1024 ? "yes" : "NO"} |`,
  );
}

server.kill("SIGTERM");

const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(`### Citizen pages — ${new Date().toISOString().slice(0, 10)}

Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}.
Command: \`npm run bench -- --seconds ${seconds} --connections ${connections}\` (autocannon, ${connections} connections, ${seconds} s after a 2 s warm-up; gzip accepted; server in a separate process on an in-memory PGlite with the demo tenant; load generator on the same 2-core machine).

Bare Fastify route (same process, same run): **${bare.rps.toFixed(0)} req/s**, p50 ${bare.p50} ms, p99 ${bare.p99} ms.

| page | path | req/s | ratio to bare | p50 ms | p99 ms | errors |
|---|---|---:|---:|---:|---:|---:|
${rows.join("\n")}

Bytes per page, first visit (KiB; HTML and CSS gzip-encoded as sent; fonts not counted: ${(fonts / 1024).toFixed(0)} KiB of WOFF2 in ${fontPaths.length} files, loaded once and cached for a year):

| page | HTML raw | HTML sent | CSS sent | JS files | total sent | under 60 KiB |
|---|---:|---:|---:|---:|---:|---|
${weights.join("\n")}
`);
