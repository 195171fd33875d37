import { type Kysely, sql } from "kysely";
import type { DB } from "./schema";

/** The tenant's catalogue revision: every import raises it, so caches know when to reload. */
export async function readCatalogRevision(db: Kysely<DB>, tenantId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("tenants")
    .select("catalog_revision")
    .where("id", "=", tenantId)
    .executeTakeFirst();
  return row?.catalog_revision;
}

export async function bumpCatalogRevision(db: Kysely<DB>, tenantId: string): Promise<void> {
  await db
    .updateTable("tenants")
    .set({ catalog_revision: sql`catalog_revision + 1`, updated_at: sql`now()` })
    .where("id", "=", tenantId)
    .execute();
}

/**
 * Keeps a value derived from the catalogue in memory and reloads it when the revision in
 * the database changes. The revision is read at most once per `checkEveryMs`, so another
 * instance's import is seen within that time. When the database cannot be reached, the
 * last value keeps being served (public catalogue data, a little stale) until it can.
 */
export class RevisionCache<T> {
  private value: { revision: number; data: T } | undefined;
  private checkedAt = 0;
  private loading: Promise<T> | undefined;

  constructor(
    private readonly readRevision: () => Promise<number | undefined>,
    /** builds the value of the given revision */
    private readonly load: (revision: number) => Promise<T>,
    private readonly checkEveryMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<T> {
    if (this.value && this.now() - this.checkedAt < this.checkEveryMs) return this.value.data;
    this.loading ??= this.refresh().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /** Forget the value at once (after an import in this process). */
  invalidate(): void {
    this.checkedAt = 0;
    this.value = undefined;
  }

  private async refresh(): Promise<T> {
    let revision: number;
    try {
      revision = (await this.readRevision()) ?? 0;
    } catch (error) {
      if (!this.value) throw error;
      this.checkedAt = this.now();
      return this.value.data;
    }
    this.checkedAt = this.now();
    if (this.value?.revision === revision) return this.value.data;
    const data = await this.load(revision);
    this.value = { revision, data };
    return data;
  }
}
