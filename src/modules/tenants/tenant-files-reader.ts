import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TENANT_FILE_NAMES } from "./domain/tenant-files";

/**
 * Reads a tenant directory's files as JSON. A file that is missing stays absent and one that
 * cannot be parsed becomes an Error, so validation can name it instead of crashing.
 */
export async function readTenantDirectory(dir: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const name of TENANT_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(join(dir, name), "utf8");
    } catch {
      continue;
    }
    try {
      files[name] = JSON.parse(text);
    } catch (error) {
      files[name] = new Error(`not valid JSON: ${(error as Error).message}`);
    }
  }
  return files;
}
