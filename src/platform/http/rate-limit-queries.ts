import { CompiledQuery, type Kysely } from "kysely";
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

// Written once and sent as it is: this runs for every request, and building the query each
// time (Kysely's builder and compiler) would cost more than the database takes to run it.
const COUNT_HITS = `insert into rate_limit_hits (key, window_ends_at, hits)
select * from unnest($1::text[], $2::timestamptz[], $3::int[])
on conflict (key, window_ends_at) do update set hits = rate_limit_hits.hits + excluded.hits
returning key, window_ends_at, hits`;

export interface HitCount {
  key: string;
  windowEndsAt: Date;
  /** requests to add */
  hits: number;
}

/**
 * Adds requests under keys in the windows that end at `windowEndsAt`, atomically (one upsert,
 * so parallel counts on any instance each see their own total). Each key and window at most
 * once per call.
 * @returns the total of each key and window after the addition, by `key + " " + epoch ms`
 */
export async function countHits(db: Kysely<DB>, counts: readonly HitCount[]): Promise<Map<string, number>> {
  const result = await db.executeQuery<{ key: string; window_ends_at: Date | string; hits: number }>(
    CompiledQuery.raw(COUNT_HITS, [
      counts.map((c) => c.key),
      counts.map((c) => c.windowEndsAt.toISOString()),
      counts.map((c) => c.hits),
    ]),
  );
  return new Map(
    result.rows.map((r) => [`${r.key} ${new Date(r.window_ends_at).getTime()}`, Number(r.hits)]),
  );
}

/** Deletes the counts of windows that ended by `now`; returns how many. */
export async function removeEndedWindows(db: Kysely<DB>, now: Date): Promise<number> {
  const result = await db.deleteFrom("rate_limit_hits").where("window_ends_at", "<=", now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
