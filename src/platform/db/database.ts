import { mkdirSync } from "node:fs";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DB } from "./schema";

/** One open database, embedded (PGlite) or a PostgreSQL server; both speak the same SQL. */
export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Kysely<DB>;
  /** Runs a script of several statements (migrations); no parameters. */
  execScript(sql: string): Promise<void>;
  /**
   * Runs `work` on one connection held for its whole duration, for what must stay on one
   * session: a session-level advisory lock, a script's `begin` … `rollback`. On PGlite it is
   * the one connection, which Kysely's other users wait for meanwhile.
   */
  withSession<T>(work: (session: DatabaseSession) => Promise<T>): Promise<T>;
  /**
   * Receives the payloads of `NOTIFY <channel>` (sent with `pg_notify` inside a transaction,
   * they arrive after its commit, in every process connected to the database).
   * @returns a function that stops listening
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * The whole embedded database as a tarball (PGlite only), which `openDatabase` opens again
   * with `{ memory: true, from }`: much faster than creating and filling a new one.
   */
  snapshot?(): Promise<Blob>;
  close(): Promise<void>;
}

/** One pinned connection (`Database.withSession`). */
export interface DatabaseSession {
  readonly db: Kysely<DB>;
  /** Runs a script of several statements on this connection; no parameters. */
  execScript(sql: string): Promise<void>;
}

export type DatabaseTarget =
  | { url: string }
  | { dataDir: string }
  /** in memory, empty or from a `snapshot()` */
  | { memory: true; from?: Blob };

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
  const from = "from" in target ? target.from : undefined;
  // Loaded only here: an instance on a PostgreSQL server never pays for the embedded one
  // (about half a second of its start).
  const [{ PGlite, types }, { PGliteDialect }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("kysely-pglite-dialect"),
  ]);
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(from ? { loadDataDir: from } : {}),
    parsers: { [types.DATE]: keepDateAsString },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    kind: "pglite",
    db,
    async execScript(sql) {
      await client.exec(sql);
    },
    // PGlite has one session; the dialect lends it to one Kysely user at a time, so while
    // `work` holds it, `client.exec` runs on it undisturbed.
    withSession: (work) =>
      db
        .connection()
        .execute((conn) => work({ db: conn, execScript: async (s) => void (await client.exec(s)) })),
    async listen(channel, onPayload) {
      return client.listen(channel, onPayload);
    },
    async snapshot() {
      return client.dumpDataDir("none");
    },
    async close() {
      await db.destroy();
      // the dialect leaves a client it did not create open (one loaded from a snapshot)
      if (!client.closed) await client.close();
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
  const listener = new NotificationListener(url);
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
    // node-postgres sends a query without parameters with the simple protocol, which allows
    // several statements in one string.
    withSession: (work) =>
      db
        .connection()
        .execute((conn) =>
          work({ db: conn, execScript: async (s) => void (await sql.raw(s).execute(conn)) }),
        ),
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

const CHANNEL = /^[a-z_]+$/;

/**
 * One dedicated connection that LISTENs for the whole process (a pooled connection cannot:
 * it goes back to the pool). When the server drops it, it reconnects and listens again.
 */
class NotificationListener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    if (!CHANNEL.test(channel)) throw new Error(`Bad channel name: ${channel}`);
    let set = this.handlers.get(channel);
    const first = !set;
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(onPayload);
    const client = await this.connect();
    if (first) await client.query(`listen ${channel}`);
    return async () => {
      set.delete(onPayload);
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url });
      client.on("notification", (n) => {
        for (const handler of this.handlers.get(n.channel) ?? []) handler(n.payload ?? "");
      });
      client.on("error", () => this.reconnectLater());
      client.on("end", () => this.reconnectLater());
      await client.connect();
      for (const channel of this.handlers.keys()) await client.query(`listen ${channel}`);
      this.client = client;
      this.connecting = undefined;
      return client;
    })();
    return this.connecting;
  }

  private reconnectLater() {
    if (this.closed) return;
    this.client = undefined;
    this.connecting = undefined;
    setTimeout(() => {
      if (!this.closed && this.handlers.size > 0) this.connect().catch(() => this.reconnectLater());
    }, 1000).unref();
  }

  async close() {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}
