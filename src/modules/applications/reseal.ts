import { SealError, type Sealer } from "../../platform/crypto/sealer";
import type { Database } from "../../platform/db/database";
import { caseSealContext } from "./cases";
import { pdfContext } from "./documents/document-service";
import { draftSealContext } from "./drafts";
import {
  countSealedByKey,
  lockStaleRows,
  SEALED_TABLES,
  type SealedRowKey,
  type SealedTable,
  writeResealedValues,
} from "./storage/reseal-queries";
import { contentContext, nameContext } from "./uploads/upload-store";

/*
 * Key rotation: every value of the applications module sealed with another key than the
 * ring's first is sealed again with the first, in its own context. Batches of rows, each in
 * its own transaction with its rows locked, so a change the running application makes to a
 * row waits for the batch (or the batch reads the changed row): nothing is lost, nothing
 * overwritten with an older value. Rows already sealed with the current key are not touched,
 * so a second run does nothing and an interrupted run is simply started again.
 */

/** The tables in the order they are re-sealed. */
export const RESEAL_TABLES: readonly SealedTable[] = Object.keys(SEALED_TABLES) as SealedTable[];

/** Rows per transaction; files and documents are megabytes, the rest a few hundred bytes. */
const BATCH: Record<SealedTable, number> = {
  application_drafts: 200,
  cases: 200,
  case_events: 500,
  case_files: 20,
  case_documents: 20,
};

/** Where each sealed value is bound (its AAD), by table, column and row key. */
function contextOf(table: SealedTable, column: string, key: SealedRowKey): string {
  const [id = "", position = 0] = key;
  const where = `${table}.${column}`;
  switch (where) {
    case "application_drafts.data_sealed":
      return draftSealContext(String(id));
    case "cases.answers_sealed":
      return caseSealContext.answers(String(id));
    case "cases.contact_sealed":
      return caseSealContext.contact(String(id));
    case "case_events.entry_sealed":
      return caseSealContext.event(String(id), Number(position));
    case "case_files.name_sealed":
      return nameContext(String(id));
    case "case_files.content_sealed":
      return contentContext(String(id));
    case "case_documents.pdf_sealed":
      return pdfContext(String(id));
  }
  throw new Error(`no context known for ${where}`);
}

/** Counts after each batch of a table (running totals of that table); never any content. */
export interface ResealProgress {
  table: SealedTable;
  /** rows whose stale values were sealed again with the current key */
  resealedRows: number;
  /** values sealed again (a file has two: name and content) */
  resealedValues: number;
  /** values that did not open (their key is not in the ring, or they were altered): left as they are */
  unopenable: number;
}

/** How many values of a sealed column one key sealed. */
export interface KeyUse {
  table: SealedTable;
  column: string;
  keyId: string;
  count: number;
}

export interface ResealReport {
  /** the key that seals now (first in `DATA_KEYS`) */
  currentKeyId: string;
  /** per table; all zero in a dry run */
  tables: ResealProgress[];
  /** after the run (before it, in a dry run): how many values each key sealed, per column */
  keyUse: KeyUse[];
}

/**
 * Seals again, with the sealer's current key, every sealed value of drafts, cases and their
 * timelines, uploaded files and issued documents that another key of the ring sealed (of one
 * tenant, or of all when `tenantId` is undefined). With `dryRun`, changes nothing and only
 * counts the values per key. A value that does not open is counted as `unopenable` and left.
 * @example
 * const report = await resealApplications(database, sealer, { onProgress: (p) => console.log(p) });
 */
export async function resealApplications(
  database: Database,
  sealer: Sealer,
  options: {
    tenantId?: string;
    dryRun?: boolean;
    /** rows per transaction instead of each table's own (tests cross batch boundaries with it) */
    batchSize?: number;
    onProgress?: (progress: ResealProgress) => void;
  } = {},
): Promise<ResealReport> {
  const tables: ResealProgress[] = [];
  for (const table of RESEAL_TABLES) {
    const progress: ResealProgress = { table, resealedRows: 0, resealedValues: 0, unopenable: 0 };
    if (!options.dryRun)
      await resealTable(database, sealer, table, {
        tenantId: options.tenantId,
        limit: options.batchSize ?? BATCH[table],
        progress,
        onProgress: options.onProgress,
      });
    tables.push(progress);
  }
  const keyUse: KeyUse[] = [];
  for (const table of RESEAL_TABLES) {
    for (const use of await countSealedByKey(database.db, table, options.tenantId))
      keyUse.push({ table, ...use });
  }
  return { currentKeyId: sealer.currentKeyId, tables, keyUse };
}

async function resealTable(
  database: Database,
  sealer: Sealer,
  table: SealedTable,
  run: {
    tenantId: string | undefined;
    limit: number;
    progress: ResealProgress;
    onProgress: ((progress: ResealProgress) => void) | undefined;
  },
): Promise<void> {
  const { tenantId, limit, progress, onProgress } = run;
  // rows that do not open stay stale: the cursor moves past them, so every row is seen once
  let after: SealedRowKey | undefined;
  for (;;) {
    const batch = await database.db.transaction().execute(async (tx) => {
      const rows = await lockStaleRows(tx, table, {
        tenantId,
        currentKeyId: sealer.currentKeyId,
        after,
        limit,
      });
      for (const row of rows) {
        const resealed: Record<string, string | Uint8Array> = {};
        for (const [column, value] of Object.entries(row.values)) {
          if (!sealer.isStale(value)) continue;
          try {
            const context = contextOf(table, column, row.key);
            resealed[column] =
              typeof value === "string"
                ? sealer.resealText(value, context)
                : sealer.resealBytes(value, context);
          } catch (error) {
            if (!(error instanceof SealError)) throw error;
            progress.unopenable += 1;
          }
        }
        const count = Object.keys(resealed).length;
        if (count === 0) continue;
        await writeResealedValues(tx, table, row.key, resealed);
        progress.resealedRows += 1;
        progress.resealedValues += count;
      }
      return rows;
    });
    if (batch.length === 0) return;
    after = batch.at(-1)?.key;
    onProgress?.({ ...progress });
  }
}
