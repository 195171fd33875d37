import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AssetManifest } from "../src/platform/assets/asset-directory";
import { PROJECT_ROOT } from "../src/platform/paths";
import { build } from "../tools/build";

// The compiled server (`npm run build`, then `node dist/main.js serve`) in a copy of the project:
// dist/ built there, package.json copied, the rest linked. tools/check-production.mjs goes
// further and installs the production dependencies only.
describe("the compiled server", () => {
  let project: string;
  let server: ChildProcess;
  let url: string;
  let stderr = "";
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), "sb-compiled-"));
    await copyFile(join(PROJECT_ROOT, "package.json"), join(project, "package.json"));
    for (const dir of ["db", "tenants", "node_modules"]) {
      await symlink(join(PROJECT_ROOT, dir), join(project, dir));
    }
    await build(join(project, "dist"));
    server = spawn(process.execPath, [join(project, "dist", "main.js"), "serve", "--migrate"], {
      cwd: project,
      env: { PATH: process.env.PATH ?? "", PORT: "0", DATA_DIR: join(project, "var"), LOG_LEVEL: "warn" },
    });
    let stdout = "";
    server.stdout?.on("data", (d) => {
      stdout += d;
    });
    server.stderr?.on("data", (d) => {
      stderr += d;
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /running at (http:\/\/\S+\/)/.exec(stdout);
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 100);
      server.on("exit", (code) => {
        clearInterval(timer);
        reject(new Error(`server exited with ${code}: ${stderr}`));
      });
    });
  }, 300_000);
  afterAll(async () => {
    server?.kill("SIGTERM");
    await rm(project, { recursive: true, force: true });
  });

  it("is one bundle without the asset builder's tools", async () => {
    const main = await readFile(join(project, "dist", "main.js"), "utf8");
    for (const tool of ["esbuild", "purgecss", "subset-font", "tsx"]) {
      expect(main, tool).not.toMatch(new RegExp(`from "${tool}"|import\\("${tool}"\\)`));
    }
    const { fingerprint } = JSON.parse(await readFile(join(project, "dist", "build.json"), "utf8"));
    expect(fingerprint).toMatch(/^[0-9a-f]{20}$/);
  });

  it("serves the start page with the stylesheet and the preloaded font of dist/assets/manifest.json", async () => {
    const manifest = AssetManifest.parse(
      JSON.parse(await readFile(join(project, "dist", "assets", "manifest.json"), "utf8")),
    );
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<link rel="stylesheet" href="${manifest.stylesheet}"/>`);
    expect(html).toContain(`<link rel="preload" href="${manifest.preloadFont}" as="font"`);

    const css = await fetch(new URL(manifest.stylesheet, url), { headers: { "accept-encoding": "br" } });
    expect(css.headers.get("content-encoding")).toBe("br");
    const cssFile = join(project, "dist", manifest.stylesheet);
    // fetch decodes brotli: the body is the file as built
    expect(Buffer.from(await css.arrayBuffer()).equals(await readFile(cssFile))).toBe(true);

    const font = await fetch(new URL(manifest.preloadFont, url));
    expect(font.headers.get("content-type")).toBe("font/woff2");
    expect(font.headers.get("cache-control")).toContain("immutable");
    const fontFile = await readFile(join(project, "dist", manifest.preloadFont));
    expect(Buffer.from(await font.arrayBuffer()).equals(fontFile)).toBe(true);
  });
});
