import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../../config";
import { newDataKey, parseDataKeys, Sealer } from "./sealer";

/**
 * The sealer of residents' data at rest. Production names its keys in `DATA_KEYS` (required
 * there). Elsewhere a key is kept in `${dataDir}/data-keys`, beside the embedded database but
 * not in it, created on the first start so `npm start` needs no configuration; tests get a key
 * of their own that lives as long as the process.
 */
export async function sealerFor(config: Pick<Config, "env" | "dataKeys" | "dataDir">): Promise<Sealer> {
  if (config.dataKeys) return new Sealer(config.dataKeys);
  if (config.env === "production") throw new Error("DATA_KEYS is required in production");
  if (config.env === "test") return new Sealer([{ id: "test", key: randomBytes(32) }]);
  const file = join(config.dataDir, "data-keys");
  let text: string;
  try {
    text = (await readFile(file, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    text = newDataKey("local-1");
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, `${text}\n`, { mode: 0o600, flag: "wx" });
  }
  const keys = parseDataKeys(text);
  if (typeof keys === "string") throw new Error(`${file}: ${keys}`);
  return new Sealer(keys);
}
