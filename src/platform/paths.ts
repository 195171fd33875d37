import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The checkout (or the installed copy) this code runs from: the nearest directory above
 * this file holding a package.json. Found by walking up rather than by a fixed `../..`
 * because the same code runs from `src/platform/` (tsx) and bundled from `dist/main.js`.
 * Throws when no package.json is found (the code was copied without its project).
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
/** Plain SQL migrations, ordered by file name. */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "db", "migrations");
/** The municipalities' bundled data, one directory per tenant. */
export const TENANTS_DIR = join(PROJECT_ROOT, "tenants");
/** The sources; absent in a production copy, which runs `dist/`. */
export const SOURCE_DIR = join(PROJECT_ROOT, "src");
/** What `npm run build` writes: the server bundle and the assets. */
export const DIST_DIR = join(PROJECT_ROOT, "dist");
export const DIST_ASSETS_DIR = join(DIST_DIR, "assets");
/** Built assets of development and test runs, one directory per fingerprint of their inputs. */
export const ASSET_CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "stadtbuero-assets");
