import type { Kysely } from "kysely";
import type { DB } from "../db/schema";

export interface InstallationKeysTable {
  name: string;
  value: string;
  created_at: Date | string | undefined;
}

declare module "../db/schema" {
  interface DB {
    installation_keys: InstallationKeysTable;
  }
}

/**
 * The installation's key of this name, stored as `candidate` when there is none yet. When
 * several instances start at once, the first insert wins and every one reads the winner.
 */
export async function keepInstallationKey(db: Kysely<DB>, name: string, candidate: string): Promise<string> {
  await db
    .insertInto("installation_keys")
    .values({ name, value: candidate })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("installation_keys")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.value;
}
