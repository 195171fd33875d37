import type { Kysely } from "kysely";
import type { DB } from "../db/schema";
import { countHits } from "./rate-limit-queries";

interface Waiter {
  resolve(total: number): void;
  reject(error: unknown): void;
}

/**
 * Sends the counts of requests to the database in batches: one upsert at a time, and the
 * hits that arrive while it runs go together in the next (group commit). At low load every
 * hit is sent at once; under a rush many share one round trip. Counts stay exact: the hits
 * of one key in a batch get the consecutive totals that end at the database's.
 */
export class HitBatcher {
  private pending = new Map<string, { key: string; windowEndsAt: Date; waiters: Waiter[] }>();
  private flushing = false;

  constructor(private readonly db: Kysely<DB>) {}

  /** Counts one request; resolves to the requests of that key and window, this one included. */
  hit(key: string, windowEndsAt: Date): Promise<number> {
    return new Promise((resolve, reject) => {
      const id = `${key} ${windowEndsAt.getTime()}`;
      let entry = this.pending.get(id);
      if (!entry) {
        entry = { key, windowEndsAt, waiters: [] };
        this.pending.set(id, entry);
      }
      entry.waiters.push({ resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.size > 0) {
        const batch = this.pending;
        this.pending = new Map();
        try {
          const totals = await countHits(
            this.db,
            [...batch.values()].map((e) => ({
              key: e.key,
              windowEndsAt: e.windowEndsAt,
              hits: e.waiters.length,
            })),
          );
          for (const [id, entry] of batch) {
            const total = totals.get(id);
            const first = (total ?? 0) - entry.waiters.length + 1;
            for (const [i, w] of entry.waiters.entries()) {
              if (total === undefined) w.reject(new Error("rate_limit_hits: no count returned"));
              else w.resolve(first + i);
            }
          }
        } catch (error) {
          for (const entry of batch.values()) for (const w of entry.waiters) w.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
