// `npm run check:production` (CI): proves production needs no devDependency. Builds dist/,
// copies what a deployment gets (dist/, db/, tenants/, package.json, package-lock.json) to a
// temporary directory, installs with `npm ci --omit=dev` and starts `node dist/main.js serve`
// there on an empty data directory until /ready answers and / and its stylesheet return 200.
// Plain JavaScript: it runs the same way before and after the build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const DEPLOYED = ["dist", "db", "tenants", "package.json", "package-lock.json"];
const BUILD_TOOLS = ["esbuild", "purgecss", "subset-font", "tsx", "typescript"];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

async function waitForServer(child, output) {
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output.err}`);
    const match = /running at (http:\/\/\S+\/)/.exec(output.out);
    if (match) {
      const ready = await fetch(new URL("ready", match[1])).catch(() => undefined);
      if (ready?.ok) return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not become ready within 5 minutes");
}

const work = await mkdtemp(join(tmpdir(), "sb-production-"));
let server;
try {
  run(process.execPath, ["--import", "tsx", join(root, "tools", "build.ts")], root);
  for (const entry of DEPLOYED) await cp(join(root, entry), join(work, entry), { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  run(npm, ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund"], work);
  const present = BUILD_TOOLS.filter((name) => existsSync(join(work, "node_modules", name)));
  if (present.length) throw new Error(`devDependencies installed in production: ${present.join(", ")}`);

  const started = performance.now();
  const output = { out: "", err: "" };
  server = spawn(process.execPath, [join(work, "dist", "main.js"), "serve", "--migrate"], {
    cwd: work,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: join(work, "var"),
      LOG_LEVEL: "warn",
    },
  });
  server.stdout.on("data", (d) => {
    output.out += d;
  });
  server.stderr.on("data", (d) => {
    output.err += d;
  });
  const url = await waitForServer(server, output);
  const page = await fetch(url);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
  const manifest = JSON.parse(await readFile(join(work, "dist", "assets", "manifest.json"), "utf8"));
  for (const asset of [manifest.stylesheet, manifest.preloadFont]) {
    if (!html.includes(asset)) throw new Error(`the start page does not link ${asset}`);
    const res = await fetch(new URL(asset, url));
    if (res.status !== 200) throw new Error(`GET ${asset} answered ${res.status}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Production check passed: without devDependencies, / and its assets answer 200 (ready in ${seconds} s).`,
  );
} finally {
  server?.kill("SIGTERM");
  await rm(work, { recursive: true, force: true });
}
