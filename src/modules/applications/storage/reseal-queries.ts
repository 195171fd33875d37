import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import "./tables";
import "../uploads/tables";
import "../documents/tables";

/*
 * The sealed columns of the applications module, for key rotation: which values were sealed
 * with which key, and the rows to seal again. Every sealed value names its key in its first
 * bytes (length, then the id; `src/platform/crypto/sealer.ts`); text columns hold them as
 * `sb1.<base64url>`, so the first 44 characters after the prefix (33 bytes: the longest id
 * and its length) are decoded to read it. Nothing else of a value is read in SQL.
 */

type Db = Kysely<DB> | Transaction<DB>;

/** Each table with sealed values: the columns that name a row, and the sealed ones. */
export const SEALED_TABLES = {
  application_drafts: { key: ["id"], text: ["data_sealed"], bytes: [] },
  cases: { key: ["id"], text: ["answers_sealed", "contact_sealed"], bytes: [] },
  case_events: { key: ["case_id", "position"], text: ["entry_sealed"], bytes: [] },
  case_files: { key: ["id"], text: ["name_sealed"], bytes: ["content_sealed"] },
  case_documents: { key: ["id"], text: [], bytes: ["pdf_sealed"] },
} as const satisfies Record<
  string,
  { key: readonly string[]; text: readonly string[]; bytes: readonly string[] }
>;

export type SealedTable = keyof typeof SEALED_TABLES;

/** A row's key values in the order of `SEALED_TABLES[table].key` (uuid text, or a position). */
export type SealedRowKey = readonly (string | number)[];

/** A locked row: its key and each of its sealed values (text or bytes, by column). */
export interface SealedRow {
  key: SealedRowKey;
  values: Record<string, string | Uint8Array>;
}

function sealedColumns(table: SealedTable): { column: string; kind: "text" | "bytes" }[] {
  const spec = SEALED_TABLES[table];
  return [
    ...spec.text.map((column) => ({ column, kind: "text" as const })),
    ...spec.bytes.map((column) => ({ column, kind: "bytes" as const })),
  ];
}

/** The id of the key a column's value was sealed with, read in SQL. */
function keyIdOf(column: string, kind: "text" | "bytes"): RawBuilder<string> {
  const head =
    kind === "text"
      ? sql`decode(translate(rpad(substr(${sql.ref(column)}, 5, 44), 44, 'A'), '-_', '+/'), 'base64')`
      : sql`substring(${sql.ref(column)} from 1 for 33)`;
  return sql<string>`encode(substring(${head} from 2 for get_byte(${head}, 0)), 'escape')`;
}

function tenantFilter(table: SealedTable, tenantId: string | undefined): RawBuilder<unknown> {
  if (tenantId === undefined) return sql`true`;
  return table === "case_events"
    ? sql`case_id in (select id from cases where tenant_id = ${tenantId})`
    : sql`tenant_id = ${tenantId}`;
}

/** How many values of each sealed column each key sealed (of one tenant, when given). */
export async function countSealedByKey(
  db: Db,
  table: SealedTable,
  tenantId: string | undefined,
): Promise<{ column: string; keyId: string; count: number }[]> {
  const counts: { column: string; keyId: string; count: number }[] = [];
  for (const { column, kind } of sealedColumns(table)) {
    const { rows } = await sql<{ key_id: string; n: number }>`
      select ${keyIdOf(column, kind)} as key_id, count(*)::integer as n
      from ${sql.table(table)} where ${tenantFilter(table, tenantId)}
      group by 1 order by 1`.execute(db);
    for (const row of rows) counts.push({ column, keyId: String(row.key_id), count: Number(row.n) });
  }
  return counts;
}

/**
 * Locks (`for update`) the next `limit` rows after `after`, in key order, that hold a value
 * sealed with another key than `currentKeyId`, and returns their sealed values. A row changed
 * meanwhile by the application is read as it is after that change (PostgreSQL checks the
 * condition again on the newest version of a locked row).
 */
export async function lockStaleRows(
  tx: Transaction<DB>,
  table: SealedTable,
  options: {
    tenantId: string | undefined;
    currentKeyId: string;
    after: SealedRowKey | undefined;
    limit: number;
  },
): Promise<SealedRow[]> {
  const spec = SEALED_TABLES[table];
  const columns = sealedColumns(table);
  const keyColumns = sql.join(spec.key.map((c) => sql.ref(c)));
  const stale = sql.join(
    columns.map(({ column, kind }) => sql`${keyIdOf(column, kind)} <> ${options.currentKeyId}`),
    sql` or `,
  );
  const after = options.after ? sql`(${keyColumns}) > (${sql.join([...options.after])})` : sql`true`;
  const { rows } = await sql<Record<string, unknown>>`
    select ${keyColumns}, ${sql.join(columns.map(({ column }) => sql.ref(column)))}
    from ${sql.table(table)}
    where (${stale}) and ${tenantFilter(table, options.tenantId)} and ${after}
    order by ${keyColumns} limit ${options.limit} for update`.execute(tx);
  return rows.map((row) => ({
    key: spec.key.map((c) => {
      const value = row[c];
      if (typeof value !== "string" && typeof value !== "number") throw new Error(`${table}.${c} unreadable`);
      return value;
    }),
    values: Object.fromEntries(
      columns.map(({ column, kind }) => {
        const value = row[column];
        if (kind === "text" ? typeof value !== "string" : !(value instanceof Uint8Array))
          throw new Error(`${table}.${column} is not ${kind}`);
        return [column, value as string | Uint8Array];
      }),
    ),
  }));
}

/** Writes the values sealed again of a row locked by `lockStaleRows` (only the columns given). */
export async function writeResealedValues(
  tx: Transaction<DB>,
  table: SealedTable,
  key: SealedRowKey,
  values: Record<string, string | Uint8Array>,
): Promise<void> {
  const spec = SEALED_TABLES[table];
  const known = new Set<string>(sealedColumns(table).map((c) => c.column));
  const set = Object.entries(values).map(([column, value]) => {
    if (!known.has(column)) throw new Error(`${table}.${column} is not a sealed column`);
    return sql`${sql.ref(column)} = ${value}`;
  });
  if (set.length === 0) return;
  const where = sql.join(
    spec.key.map((c, i) => sql`${sql.ref(c)} = ${key[i]}`),
    sql` and `,
  );
  await sql`update ${sql.table(table)} set ${sql.join(set)} where ${where}`.execute(tx);
}
