import { createHash } from "node:crypto";
import { basename, extname, join } from "node:path";
import * as esbuild from "esbuild";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { z } from "zod";

const STYLES = join(import.meta.dirname, "styles");
const CONTENT_TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface Asset {
  name: string;
  contentType: string;
  body: Buffer;
}

/**
 * Builds the stylesheet (KERN plus our own) and the fonts it references, in memory, with
 * content hashes in their names so they can be cached for a year. Takes tens of
 * milliseconds, so it runs at every start instead of needing a separate build step.
 */
export async function buildAssets(): Promise<{ stylesheet: string; files: Map<string, Asset> }> {
  const result = await esbuild.build({
    entryPoints: { site: join(STYLES, "site.css") },
    bundle: true,
    minify: true,
    write: false,
    outdir: "/assets",
    publicPath: "/assets",
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    loader: { ".woff2": "file" },
    logLevel: "silent",
  });
  const files = new Map<string, Asset>();
  let stylesheet = "";
  for (const out of result.outputFiles) {
    const name = basename(out.path);
    const contentType = CONTENT_TYPES[extname(name)];
    if (!contentType) continue;
    files.set(name, { name, contentType, body: Buffer.from(out.contents) });
    if (name.startsWith("site-") && name.endsWith(".css")) stylesheet = `/assets/${name}`;
  }
  if (!stylesheet) throw new Error("The stylesheet was not built");
  return { stylesheet, files };
}

const AssetParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]+\.(css|js|woff2)$/) });

/** Serves the built assets from memory with long-lived cache headers. */
export const assetsPlugin = fp(async (app: FastifyInstance) => {
  const { stylesheet, files } = await buildAssets();
  app.decorate("stylesheetUrl", stylesheet);
  app.get("/assets/:file", { schema: { params: AssetParams, hide: true } }, async (request, reply) => {
    const { file } = request.params as z.infer<typeof AssetParams>;
    const asset = files.get(file);
    if (!asset) return reply.callNotFound();
    const etag = `"${createHash("sha256").update(asset.body).digest("base64url").slice(0, 16)}"`;
    return reply
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("etag", etag)
      .type(asset.contentType)
      .send(asset.body);
  });
});
