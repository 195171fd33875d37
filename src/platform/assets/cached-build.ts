import { join } from "node:path";
import { fingerprint } from "../../../tools/fingerprint.mjs";
import { ASSET_CACHE_DIR, PROJECT_ROOT } from "../paths";
import {
  type BuiltAssets,
  MissingAssetsError,
  readAssetDirectory,
  writeAssetDirectory,
} from "./asset-directory";

/** Everything the assets are made of: the styles, the scripts, the classes the views use, KERN's version. */
const ASSET_INPUTS = ["src", "package-lock.json"];

/**
 * The assets of a development or test process (run from the sources): built once per set of
 * inputs and kept in node_modules/.cache, so the test files, each a process of its own, do
 * not each build and subset again.
 */
export async function buildAssetsCached(): Promise<BuiltAssets> {
  const dir = join(ASSET_CACHE_DIR, fingerprint(PROJECT_ROOT, ASSET_INPUTS));
  try {
    return await readAssetDirectory(dir);
  } catch (error) {
    if (!(error instanceof MissingAssetsError)) throw error;
  }
  const { buildAssets } = await import("./build-assets");
  const assets = await buildAssets();
  await writeAssetDirectory(dir, assets);
  return assets;
}
