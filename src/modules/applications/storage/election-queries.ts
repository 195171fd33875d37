import { type Kysely, sql, type Transaction } from "kysely";
import type { DB } from "../../../platform/db/schema";
import { Election } from "../domain";
import "./tables";

type Db = Kysely<DB> | Transaction<DB>;

const COLUMNS = [
  "id",
  "key",
  "name_de",
  "name_en",
  sql<string>`election_day::text`.as("election_day"),
  sql<string>`applications_from::text`.as("applications_from"),
  "deadline",
  "withdrawn",
] as const;

type ElectionRow = {
  id: string;
  key: string;
  name_de: string;
  name_en: string;
  election_day: string;
  applications_from: string;
  deadline: Date;
  withdrawn: boolean;
};

function electionOf(row: ElectionRow): Election {
  return Election.parse({
    id: row.id,
    key: row.key,
    name: { de: row.name_de, en: row.name_en },
    electionDay: row.election_day,
    applicationsFrom: row.applications_from,
    deadline: new Date(row.deadline),
    withdrawn: row.withdrawn,
  });
}

/** A tenant's elections, the latest election day first. */
export async function listElections(db: Db, tenantId: string): Promise<Election[]> {
  const rows = await db
    .selectFrom("elections")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .orderBy("election_day", "desc")
    .orderBy("key")
    .execute();
  return rows.map(electionOf);
}

/** An election by key (locked for a change when `lock`). */
export async function findElection(
  db: Db,
  tenantId: string,
  key: string,
  lock = false,
): Promise<Election | undefined> {
  let query = db
    .selectFrom("elections")
    .select(COLUMNS)
    .where("tenant_id", "=", tenantId)
    .where("key", "=", key);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? electionOf(row) : undefined;
}

export async function insertElection(db: Db, tenantId: string, election: Election, now: Date): Promise<void> {
  await db
    .insertInto("elections")
    .values({
      id: election.id,
      tenant_id: tenantId,
      key: election.key,
      name_de: election.name.de,
      name_en: election.name.en,
      election_day: election.electionDay,
      applications_from: election.applicationsFrom,
      deadline: election.deadline,
      withdrawn: election.withdrawn,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** Writes an election's names, days, deadline and withdrawn flag (its key and id stay). */
export async function updateElection(db: Db, tenantId: string, election: Election, now: Date): Promise<void> {
  await db
    .updateTable("elections")
    .set({
      name_de: election.name.de,
      name_en: election.name.en,
      election_day: election.electionDay,
      applications_from: election.applicationsFrom,
      deadline: election.deadline,
      withdrawn: election.withdrawn,
      updated_at: now,
    })
    .where("tenant_id", "=", tenantId)
    .where("id", "=", election.id)
    .execute();
}
