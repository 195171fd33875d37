import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("the command line", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "stadtbuero-start-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("refuses to serve a database that is behind, naming the command that migrates it", async () => {
    const fresh = await mkdtemp(join(tmpdir(), "stadtbuero-behind-"));
    const server = run(["serve"], { PORT: "0", DATA_DIR: fresh, LOG_LEVEL: "warn" });
    expect(await server.exited).toBe(2);
    expect(server.err()).toMatch(/The database schema is behind this release: \d+ migrations are pending/);
    expect(server.err()).toContain("npm run migrate");
    expect(server.out()).not.toContain("running at");
    await rm(fresh, { recursive: true, force: true });
  });

  it("serves the start page from an empty data directory, shows no development page, and shuts down gracefully", async () => {
    // `npm start` runs the same command compiled (tools/start.mjs builds dist/ and imports dist/main.js;
    // test/compiled-server.test.ts starts the bundle); here from the sources, with nothing but a port and a data directory
    const { scripts } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(scripts.start).toBe("node tools/start.mjs serve --migrate");
    // what tools/start.mjs runs compiled, here from the sources: serve --migrate
    const server = run(["serve", "--migrate"], { PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /running at (http:\/\/\S+\/)/.exec(server.out());
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 100);
      server.exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`server exited with ${code}: ${server.err()}`));
      });
    });
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Stadtbüro Marburg");
    for (const path of ["dev/outbox", "en/dev/outbox"]) {
      const page = await fetch(new URL(path, url));
      expect(page.status, path).toBe(404);
      expect(await page.text()).not.toContain("@example");
    }
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("rejects an invalid tenant directory with a message naming file, entry and field", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tenant-bad-"));
    await cp(join(ROOT, "tenants/marburg"), dir, { recursive: true });
    await writeFile(
      join(dir, "districts.json"),
      JSON.stringify({
        districts: [{ key: "Bad Key", name: "X", kind: "outer", population: 1, populationAsOf: null }],
      }),
    );
    const cli = run(["import", dir, "--migrate"], { DATA_DIR: dataDir, LOG_LEVEL: "warn" });
    expect(await cli.exited).toBe(2);
    expect(cli.err()).toContain('districts.json › districts[0] "Bad Key" › key');
    await rm(dir, { recursive: true, force: true });
  });

  it("stops with a message naming an invalid variable", async () => {
    const cli = run(["migrate"], { PORT: "not-a-port", DATA_DIR: dataDir });
    expect(await cli.exited).toBe(2);
    expect(cli.err()).toContain("PORT");
  });
});
