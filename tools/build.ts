// `npm run build`: the server as one bundle (dist/main.js) and its assets (dist/assets), so
// production runs `node dist/main.js` without tsx, esbuild or PurgeCSS and starts in a second.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { writeAssetDirectory } from "../src/platform/assets/asset-directory";
import { buildAssets } from "../src/platform/assets/build-assets";
import { DIST_DIR, PROJECT_ROOT } from "../src/platform/paths";
import { fingerprint } from "./fingerprint.mjs";

/**
 * The server bundle leaves the asset builder out (esbuild follows even a dynamic import that
 * can never run): a stub stands in for it, so no trace of esbuild, PurgeCSS or subset-font
 * is in dist/main.js.
 */
const withoutAssetBuilder: esbuild.Plugin = {
  name: "without-asset-builder",
  setup(build) {
    build.onResolve({ filter: /\/cached-build$/ }, (args) => ({ path: args.path, namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: `export function buildAssetsCached() { throw new Error("The compiled server does not build assets"); }`,
      loader: "js",
    }));
  },
};

/**
 * Builds dist/ (or `outDir`: a test builds into a project copy) from the sources; returns the
 * fingerprint written to build.json.
 */
export async function build(outDir = DIST_DIR): Promise<string> {
  const started = performance.now();
  // taken before building: a source changed meanwhile makes the next start build again
  const sources = fingerprint(PROJECT_ROOT);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await esbuild.build({
    entryPoints: [join(PROJECT_ROOT, "src", "main.ts")],
    outfile: join(outDir, "main.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // dependencies stay in node_modules (npm ci --omit=dev installs them)
    packages: "external",
    tsconfig: join(PROJECT_ROOT, "tsconfig.json"),
    sourcemap: "linked",
    // the assets plugin reads dist/assets instead of building them (src/platform/assets/assets.ts)
    define: { STADTBUERO_COMPILED: "true" },
    plugins: [withoutAssetBuilder],
    logLevel: "warning",
  });
  await writeAssetDirectory(join(outDir, "assets"), await buildAssets());
  await writeFile(
    join(outDir, "build.json"),
    `${JSON.stringify({ fingerprint: sources, node: process.version }, null, 2)}\n`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Built ${outDir} in ${seconds} s (sources ${sources}).`);
  return sources;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await build();
