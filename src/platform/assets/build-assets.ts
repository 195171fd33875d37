// The asset builder: development, tests and `npm run build` only. Its tools (esbuild, PurgeCSS,
// subset-font) are devDependencies, imported inside functions so that nothing loads them
// unless assets are being built; the compiled server reads dist/assets instead.
import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { SOURCE_DIR } from "../paths";
import { type Asset, type BuiltAssets, hashOf, SCRIPTS, type ScriptName } from "./asset-directory";
import { fontSubsetText, fontSubsetUnicodeRange } from "./font-subset";

const STYLES = join(SOURCE_DIR, "platform", "assets", "styles");
const CLIENT = join(SOURCE_DIR, "client");
/** The font of body text: the only one the layout preloads. */
const PRELOADED_FONT = "FiraSans-Regular";
const CONTENT_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".woff2": "font/woff2",
};

/** KERN ships every component; only the rules whose classes our views use are kept. */
async function purgeUnusedRules(css: string): Promise<string> {
  const { PurgeCSS } = await import("purgecss");
  const [result] = await new PurgeCSS().purge({
    content: [join(SOURCE_DIR, "**/*.tsx"), join(SOURCE_DIR, "**/*.ts")],
    css: [{ raw: css }],
    keyframes: true,
    // keep all custom properties: KERN's tokens reference each other
    variables: false,
  });
  return result?.css ?? css;
}

/** Each @font-face names the characters its (subset) font holds, so others fall back early. */
function addUnicodeRanges(css: string): string {
  const range = fontSubsetUnicodeRange();
  return css.replace(/@font-face\s*\{([^}]*)\}/g, (_, body: string) => {
    const declarations = body.replace(/;\s*$/, "");
    return `@font-face{${declarations};unicode-range:${range}}`;
  });
}

function asset(name: string, body: Buffer): Asset {
  const contentType = CONTENT_TYPES[extname(name)] ?? "application/octet-stream";
  const compressible = !name.endsWith(".woff2");
  return {
    name,
    contentType,
    body,
    etag: `"${hashOf(body)}"`,
    ...(compressible && {
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(body, { level: 9 }),
    }),
  };
}

/** WOFF2 with only the glyphs of the platform's languages (font-subset.ts). */
async function subsetFont(source: Buffer): Promise<Buffer> {
  const { default: subset } = await import("subset-font");
  return subset(source, fontSubsetText(), { targetFormat: "woff2" });
}

/**
 * Builds the stylesheet (KERN plus our own, unused rules removed), the subset fonts it
 * references and the browser scripts, in memory, named by content hash so they can be
 * cached for a year, and precompressed. Takes seconds (subsetting, brotli at 11).
 */
export async function buildAssets(): Promise<BuiltAssets> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: { site: join(STYLES, "site.css") },
    bundle: true,
    minify: true,
    write: false,
    outdir: "/assets",
    publicPath: "/assets",
    entryNames: "[name]",
    assetNames: "[name]-[hash]",
    loader: { ".woff2": "file" },
    logLevel: "silent",
    plugins: [
      {
        name: "subset-fonts",
        setup(build) {
          build.onLoad({ filter: /\.woff2$/ }, async (args) => ({
            contents: await subsetFont(await readFile(args.path)),
            loader: "file",
          }));
        },
      },
    ],
  });
  const files = new Map<string, Asset>();
  let stylesheet = "";
  let preloadFont = "";
  for (const out of result.outputFiles) {
    let name = basename(out.path);
    let body = Buffer.from(out.contents);
    if (name === "site.css") {
      body = Buffer.from(addUnicodeRanges(await purgeUnusedRules(body.toString("utf8"))));
      name = `site-${hashOf(body)}.css`;
      stylesheet = `/assets/${name}`;
    }
    if (name.startsWith(`${PRELOADED_FONT}-`)) preloadFont = `/assets/${name}`;
    if (CONTENT_TYPES[extname(name)]) files.set(name, asset(name, body));
  }
  if (!stylesheet) throw new Error("The stylesheet was not built");
  if (!preloadFont) throw new Error(`The stylesheet references no ${PRELOADED_FONT} font`);
  return { stylesheet, scripts: await buildScripts(files), preloadFont, files };
}

/** Bundles each browser script into one small, minified, hashed file. */
async function buildScripts(files: Map<string, Asset>): Promise<Record<ScriptName, string>> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(SCRIPTS.map((name) => [name, join(CLIENT, `${name}.ts`)])),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2019",
    write: false,
    outdir: "/assets",
    logLevel: "silent",
  });
  const urls = {} as Record<ScriptName, string>;
  for (const out of result.outputFiles) {
    const base = basename(out.path, ".js") as ScriptName;
    const body = Buffer.from(out.contents);
    const name = `${base}-${hashOf(body)}.js`;
    files.set(name, asset(name, body));
    urls[base] = `/assets/${name}`;
  }
  return urls;
}
