import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../../platform/db/database";
import { RevisionCache, readCatalogRevision } from "../../platform/db/revision-cache";
import type { DB } from "../../platform/db/schema";
import { type Election, type ElectionValues, openElections } from "./domain";
import { findElection, insertElection, listElections, updateElection } from "./storage/election-queries";

export interface ElectionsDeps {
  database: Database;
  tenantId: string;
  /** the tenant's time zone: an election opens at midnight of its first day there */
  timeZone: () => Promise<string>;
}

/**
 * The elections the administration configured (Wahlschein / Briefwahl). Read through a cache
 * that follows the catalogue revision, which every administrative change raises; the changes
 * themselves run inside the administration's transaction (`tx`).
 */
export class Elections {
  private readonly cache: RevisionCache<Election[]>;

  constructor(private readonly deps: ElectionsDeps) {
    this.cache = new RevisionCache(
      () => readCatalogRevision(deps.database.db, deps.tenantId),
      () => listElections(deps.database.db, deps.tenantId),
    );
  }

  /** Every election, withdrawn ones too, the latest election day first. */
  list(): Promise<Election[]> {
    return this.cache.get();
  }

  /** The elections residents may apply for at `now`, the nearest deadline first. */
  async open(now: Date): Promise<Election[]> {
    const [all, timeZone] = await Promise.all([this.cache.get(), this.deps.timeZone()]);
    return openElections(all, now, timeZone);
  }

  async byId(id: string): Promise<Election | undefined> {
    return (await this.cache.get()).find((e) => e.id === id);
  }

  /** An election by key; in `tx` it is locked for a change. */
  find(key: string, tx?: Transaction<DB>): Promise<Election | undefined> {
    return tx
      ? findElection(tx, this.deps.tenantId, key, true)
      : findElection(this.deps.database.db, this.deps.tenantId, key);
  }

  /** Adds an election (its key must be free: `find` first). */
  async add(tx: Transaction<DB>, values: ElectionValues, now: Date): Promise<Election> {
    const election: Election = { id: randomUUID(), ...values, withdrawn: false };
    await insertElection(tx, this.deps.tenantId, election, now);
    return election;
  }

  /** Stores a changed election (found with `find(key, tx)`). */
  async update(tx: Transaction<DB>, election: Election, now: Date): Promise<void> {
    await updateElection(tx, this.deps.tenantId, election, now);
  }

  /** Forget the cached elections at once (after this process changed them). */
  reload(): void {
    this.cache.invalidate();
  }
}
