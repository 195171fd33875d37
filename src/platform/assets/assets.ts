import { createHash } from "node:crypto";
import { basename, extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { PurgeCSS } from "purgecss";
import { z } from "zod";

const SRC = join(import.meta.dirname, "../..");
const STYLES = join(import.meta.dirname, "styles");
const CLIENT = join(SRC, "client");
/** Browser scripts (progressive enhancement only): `src/client/<name>.ts`. */
const SCRIPTS = ["call-display"] as const;
export type ScriptName = (typeof SCRIPTS)[number];
const CONTENT_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".woff2": "font/woff2",
};
const YEAR = "public, max-age=31536000, immutable";

export interface Asset {
  name: string;
  contentType: string;
  body: Buffer;
  /** precompressed once at build, for text assets */
  br?: Buffer;
  gzip?: Buffer;
  etag: string;
}

export interface BuiltAssets {
  stylesheet: string;
  /** the URL of each browser script */
  scripts: Record<ScriptName, string>;
  files: Map<string, Asset>;
}

function hashOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("base64url").slice(0, 10);
}

/** KERN ships every component; only the rules whose classes our views use are kept. */
async function purgeUnusedRules(css: string): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [join(SRC, "**/*.tsx"), join(SRC, "**/*.ts")],
    css: [{ raw: css }],
    keyframes: true,
    // keep all custom properties: KERN's tokens reference each other
    variables: false,
  });
  return result?.css ?? css;
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

/**
 * Builds the stylesheet (KERN plus our own, unused rules removed) and the fonts it
 * references, in memory, named by content hash so they can be cached for a year, and
 * precompressed. Runs once per process at start (a few hundred milliseconds), so no
 * separate build step is needed.
 */
async function build(): Promise<BuiltAssets> {
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
  });
  const files = new Map<string, Asset>();
  let stylesheet = "";
  for (const out of result.outputFiles) {
    let name = basename(out.path);
    let body = Buffer.from(out.contents);
    if (name === "site.css") {
      body = Buffer.from(await purgeUnusedRules(body.toString("utf8")));
      name = `site-${hashOf(body)}.css`;
      stylesheet = `/assets/${name}`;
    }
    if (CONTENT_TYPES[extname(name)]) files.set(name, asset(name, body));
  }
  if (!stylesheet) throw new Error("The stylesheet was not built");
  return { stylesheet, scripts: await buildScripts(files), files };
}

/** Bundles each browser script into one small, minified, hashed file. */
async function buildScripts(files: Map<string, Asset>): Promise<Record<ScriptName, string>> {
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

let built: Promise<BuiltAssets> | undefined;
/** The assets of this process, built on first use. */
export function buildAssets(): Promise<BuiltAssets> {
  built ??= build();
  return built;
}

function chooseEncoding(request: FastifyRequest, a: Asset): "br" | "gzip" | undefined {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  if (a.br && /\bbr\b/.test(accepted)) return "br";
  if (a.gzip && /\bgzip\b/.test(accepted)) return "gzip";
  return undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    scriptUrls: Record<ScriptName, string>;
  }
}

const AssetParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]+\.(css|js|woff2)$/) });

/** Serves the built assets from memory, precompressed, with year-long cache headers. */
export const assetsPlugin = fp(async (app: FastifyInstance) => {
  const { stylesheet, scripts, files } = await buildAssets();
  app.decorate("stylesheetUrl", stylesheet);
  app.decorate("scriptUrls", scripts);
  app.get(
    "/assets/:file",
    { schema: { params: AssetParams, hide: true }, config: { rateLimit: false }, compress: false },
    async (request, reply) => {
      const { file } = request.params as z.infer<typeof AssetParams>;
      const a = files.get(file);
      if (!a) return reply.callNotFound();
      reply
        .header("cache-control", YEAR)
        .header("etag", a.etag)
        .header("vary", "accept-encoding")
        .type(a.contentType);
      if (request.headers["if-none-match"] === a.etag) return reply.code(304).send();
      const encoding = chooseEncoding(request, a);
      if (encoding) return reply.header("content-encoding", encoding).send(encoding === "br" ? a.br : a.gzip);
      return reply.send(a.body);
    },
  );
});
