import type { Kysely, Transaction } from "kysely";
import type { DB } from "../../platform/db/schema";
import { OpeningPlansFile } from "./domain/opening-plan";

/** Stores the tenant's opening plans inside the caller's (import) transaction. */
export async function replaceOpeningPlans(
  trx: Transaction<DB>,
  tenantId: string,
  plans: OpeningPlansFile,
): Promise<void> {
  await trx
    .insertInto("opening_plans")
    .values({ tenant_id: tenantId, data: JSON.stringify(plans) })
    .onConflict((oc) =>
      oc.column("tenant_id").doUpdateSet((eb) => ({ data: eb.ref("excluded.data"), updated_at: new Date() })),
    )
    .execute();
}

export async function findOpeningPlans(
  db: Kysely<DB>,
  tenantId: string,
): Promise<OpeningPlansFile | undefined> {
  const row = await db
    .selectFrom("opening_plans")
    .select("data")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return row ? OpeningPlansFile.parse(row.data) : undefined;
}
