import { type Kysely, sql } from "kysely";
import type { DB } from "../db/schema";

export interface RateLimitHitsTable {
  key: string;
  window_ends_at: Date | string;
  hits: number;
}

declare module "../db/schema" {
  interface DB {
    rate_limit_hits: RateLimitHitsTable;
  }
}

/**
 * Counts one request under a key in the window that ends at `windowEndsAt`, atomically (one
 * upsert, so parallel requests on any instance each get their own count).
 * @returns the requests counted in that window, this one included
 */
export async function countHit(db: Kysely<DB>, key: string, windowEndsAt: Date): Promise<number> {
  const row = await db
    .insertInto("rate_limit_hits")
    .values({ key, window_ends_at: windowEndsAt, hits: 1 })
    .onConflict((oc) =>
      oc.columns(["key", "window_ends_at"]).doUpdateSet({ hits: sql<number>`rate_limit_hits.hits + 1` }),
    )
    .returning("hits")
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Deletes the counts of windows that ended by `now`; returns how many. */
export async function removeEndedWindows(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom("rate_limit_hits").where("window_ends_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
