import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { z } from "zod";
import { DIST_ASSETS_DIR } from "../paths";
import { type Asset, type BuiltAssets, readAssetDirectory, type ScriptName } from "./asset-directory";

export type { BuiltAssets, ScriptName } from "./asset-directory";

/** `true` in the bundle `npm run build` makes (tools/build.ts defines it); undeclared under tsx. */
declare const STADTBUERO_COMPILED: true;
const YEAR = "public, max-age=31536000, immutable";

async function load(): Promise<BuiltAssets> {
  // the compiled server never loads the builder's tools: its assets were built with it (and the
  // constant lets esbuild drop the branch below from the bundle)
  if (typeof STADTBUERO_COMPILED !== "undefined") return readAssetDirectory(DIST_ASSETS_DIR);
  const { buildAssetsCached } = await import("./cached-build");
  return buildAssetsCached();
}

let loaded: Promise<BuiltAssets> | undefined;
/**
 * The assets of this process, loaded on first use: from dist/assets in the compiled server,
 * built (or taken from the build cache) when running from the sources.
 * @throws MissingAssetsError when the compiled server finds no dist/assets
 */
export function loadAssets(): Promise<BuiltAssets> {
  loaded ??= load();
  return loaded;
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
  const { stylesheet, scripts, preloadFont, files } = await loadAssets();
  app.decorate("stylesheetUrl", stylesheet);
  app.decorate("preloadFontUrl", preloadFont);
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
