import { createHmac } from "node:crypto";
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { FastifyBaseLogger } from "fastify";
import type { Clock } from "../clock";
import type { Database } from "../db/database";
import type { Job } from "../scheduler";
import { HitBatcher } from "./hit-batcher";
import { removeEndedWindows } from "./rate-limit-queries";

export interface RateLimitStoreDeps {
  database: Database;
  clock: Clock;
  /** keys the hash of each address, so that no address is stored */
  secret: string;
  log: FastifyBaseLogger;
}

/** What the plugin passes to `child`: the merged limit options, with the route they are for. */
interface ChildOptions {
  groupId?: string;
  routeInfo?: { method?: string | string[]; url?: string };
}

/**
 * The scope a limit counts in: the route it was set on (`config.rateLimit`, counted per route
 * and language, as the plugin's own store does), or the `groupId` of a limit made with
 * `app.rateLimit(…)` for several routes (the staff sign-in).
 * @throws Error for a limit that names neither, which would otherwise share another's count
 */
function scopeOf(options: ChildOptions): string {
  if (options.groupId) return `group ${options.groupId}`;
  const route = options.routeInfo;
  if (route?.url) return `route ${[route.method ?? ""].flat().join(",")} ${route.url}`;
  throw new Error("A rate limit made with app.rateLimit needs a groupId: its name in the shared count");
}

/**
 * A store for `@fastify/rate-limit` that counts in the database, so that every instance on
 * it counts against the same limits. Fixed windows of the limit's length, taken from the
 * injected clock; one upsert per request, or per batch of the requests that arrive while one
 * runs (`HitBatcher`). The key is a keyed hash of the scope
 * and the client address. A failed count is logged and the request let through (the plugin's
 * `skipOnError`): the pages that do not need the database keep working while it is away.
 */
export function databaseRateLimitStore(deps: RateLimitStoreDeps): FastifyRateLimitStoreCtor {
  const batcher = new HitBatcher(deps.database.db);
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly scope: string;

    constructor(_options: unknown, scope = "all") {
      this.scope = scope;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = deps.clock.now().getTime();
      const windowMs = Math.max(1000, timeWindow);
      const endsAt = (Math.floor(now / windowMs) + 1) * windowMs;
      const hashed = createHmac("sha256", deps.secret).update(`${this.scope}\n${key}`).digest("base64url");
      batcher.hit(hashed, new Date(endsAt)).then(
        (current) => callback(null, { current, ttl: endsAt - now }),
        (error: unknown) => {
          deps.log.warn({ err: error }, "rate limit not counted: the database did not answer");
          callback(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }

    child(options: unknown): FastifyRateLimitStore {
      return new DatabaseRateLimitStore(options, scopeOf(options as ChildOptions));
    }
  }
  return DatabaseRateLimitStore;
}

/** Deletes the counts of ended windows; every instance may run it. */
export function rateLimitCleanupJob(database: Database): Job {
  return {
    name: "rate-limit-windows",
    everySeconds: 60,
    run: (now) => removeEndedWindows(database.db, now),
  };
}
