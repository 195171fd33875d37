import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";

/** Browser scripts (progressive enhancement only): `src/client/<name>.ts`. */
export const SCRIPTS = ["call-display"] as const;
export type ScriptName = (typeof SCRIPTS)[number];

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
  /** the one font the first screen's body text needs, preloaded by the layout */
  preloadFont: string;
  files: Map<string, Asset>;
}

/** `manifest.json` of an asset directory: the URLs the pages link, and each file. */
export const AssetManifest = z.object({
  stylesheet: z.string(),
  scripts: z.object(
    Object.fromEntries(SCRIPTS.map((s) => [s, z.string()])) as Record<ScriptName, z.ZodString>,
  ),
  preloadFont: z.string(),
  files: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z0-9_-]+\.(css|js|woff2)$/),
      contentType: z.string(),
      etag: z.string(),
      br: z.boolean(),
      gzip: z.boolean(),
    }),
  ),
});
export type AssetManifest = z.infer<typeof AssetManifest>;

/** The asset directory was not built (or not copied with the server). */
export class MissingAssetsError extends Error {
  override name = "MissingAssetsError";
  constructor(readonly dir: string) {
    super(`The built assets are missing (${join(dir, "manifest.json")}): run \`npm run build\` first.`);
  }
}

export function hashOf(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("base64url").slice(0, 10);
}

/**
 * Reads a directory `writeAssetDirectory` wrote (dist/assets, or the development cache).
 * @throws MissingAssetsError when it has no manifest
 */
export async function readAssetDirectory(dir: string): Promise<BuiltAssets> {
  let text: string;
  try {
    text = await readFile(join(dir, "manifest.json"), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new MissingAssetsError(dir);
    throw error;
  }
  const manifest = AssetManifest.parse(JSON.parse(text));
  const files = new Map<string, Asset>();
  await Promise.all(
    manifest.files.map(async (f) => {
      const path = join(dir, f.name);
      const [body, br, gzip] = await Promise.all([
        readFile(path),
        f.br ? readFile(`${path}.br`) : undefined,
        f.gzip ? readFile(`${path}.gz`) : undefined,
      ]);
      files.set(f.name, {
        name: f.name,
        contentType: f.contentType,
        body,
        etag: f.etag,
        ...(br && { br }),
        ...(gzip && { gzip }),
      });
    }),
  );
  return {
    stylesheet: manifest.stylesheet,
    scripts: manifest.scripts,
    preloadFont: manifest.preloadFont,
    files,
  };
}

/**
 * Writes the assets, their precompressed forms and `manifest.json` to `dir`, which must not
 * exist yet: written beside it, then renamed, so a reader never sees half a directory. When
 * another process wrote `dir` meanwhile, its copy stays (same inputs, same content).
 */
export async function writeAssetDirectory(dir: string, assets: BuiltAssets): Promise<void> {
  const temp = `${dir}.tmp-${process.pid}-${hashOf(String(Math.random()))}`;
  await mkdir(temp, { recursive: true });
  const manifest: AssetManifest = {
    stylesheet: assets.stylesheet,
    scripts: assets.scripts,
    preloadFont: assets.preloadFont,
    files: [],
  };
  for (const a of [...assets.files.values()].sort((x, y) => x.name.localeCompare(y.name))) {
    await writeFile(join(temp, a.name), a.body);
    if (a.br) await writeFile(join(temp, `${a.name}.br`), a.br);
    if (a.gzip) await writeFile(join(temp, `${a.name}.gz`), a.gzip);
    manifest.files.push({
      name: a.name,
      contentType: a.contentType,
      etag: a.etag,
      br: !!a.br,
      gzip: !!a.gzip,
    });
  }
  await writeFile(join(temp, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    await rename(temp, dir);
  } catch (error) {
    // another process (a parallel test worker) got there first with the same content
    await rm(temp, { recursive: true, force: true });
    if (!["ENOTEMPTY", "EEXIST"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  }
}
