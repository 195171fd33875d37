import { mkdirSync } from "node:fs";
import { PGlite, types } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";
import pg from "pg";
import type { DB } from "./schema";

/** One open database, embedded (PGlite) or a PostgreSQL server; both speak the same SQL. */
export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Kysely<DB>;
  /** Runs a script of several statements (migrations); no parameters. */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

// Calendar dates stay ISO strings: a Date object would shift them by the server's zone.
const keepDateAsString = (value: string) => value;

/**
 * Opens the database named by the target; PGlite creates its directory on first use.
 * @example const database = await openDatabase({ dataDir: "var/db" });
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ("url" in target) return openPostgres(target.url);
  const dataDir = "dataDir" in target ? target.dataDir : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    parsers: { [types.DATE]: keepDateAsString },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    kind: "pglite",
    db,
    async execScript(sql) {
      await client.exec(sql);
    },
    async close() {
      await db.destroy();
    },
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.DATE
          ? keepDateAsString
          : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server closes (restart, failover) is dropped by the pool and
  // replaced on the next query; without a listener its error would crash the process.
  pool.on("error", () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: "postgres",
    db,
    async execScript(sql) {
      const client = await pool.connect();
      try {
        await client.query(sql);
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
