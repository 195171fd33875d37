import type { Database } from "../../platform/db/database";
import type { Drafts } from "./drafts";
import { deleteEndedCases } from "./storage/retention-queries";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CaseRetention {
  /** days after the end of a case, unless its service has its own */
  days: number;
  byService: Readonly<Record<string, number>>;
}

/**
 * The retention job of online applications: drafts whose time ran out, and cases a set time
 * after they ended (per service where configured), are deleted with their answers, files and
 * documents. What stays is the audit log, which names no applicant.
 */
export async function removeExpiredApplications(
  deps: { database: Database; tenantId: string; drafts: Drafts; retention: CaseRetention },
  now: Date,
): Promise<{ drafts: number; cases: number }> {
  const { database, tenantId, retention } = deps;
  const drafts = await deps.drafts.deleteExpired(now);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const own = Object.keys(retention.byService);
  let cases = await deleteEndedCases(database.db, { tenantId, before: before(retention.days), except: own });
  for (const [service, days] of Object.entries(retention.byService))
    cases += await deleteEndedCases(database.db, { tenantId, before: before(days), services: [service] });
  return { drafts, cases };
}
