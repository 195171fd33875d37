import { type Actor, recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/database";
import { AppError } from "../../../platform/errors";
import { type PlaceScope, worksAt } from "../../staff";
import type { CaseChange, CaseRecord, Cases } from "../cases";
import { extractItemsOf } from "../documents/meldebescheinigung-content";
import {
  type CaseEventInput,
  type CaseStatus,
  type ExtendedItem,
  FINAL_STATUSES,
  type FileRef,
} from "../domain";
import type { OpenedFile, UploadStore } from "../uploads";
import {
  assignCase,
  clerksAt,
  countInbox,
  type InboxRow,
  listInbox,
  type StaffName,
  staffNames,
} from "./desk-queries";

/** The statuses of cases still to be worked on: received up to approved (fee, completion). */
export const OPEN_STATUSES = ["submitted", "in-review", "needs-information", "approved"] as const;
/** The statuses of cases nobody needs to act on any more. */
export const DONE_STATUSES = ["completed", "withdrawn", "rejected"] as const;
/** The statuses the inbox counts and filters by, in the order of a case's course. */
export const INBOX_STATUSES = [...OPEN_STATUSES, ...DONE_STATUSES] as const;

/** What the inbox can be filtered by: the open or the done ones, or one status. */
export const STATUS_FILTERS = ["open", "done", ...INBOX_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The most cases one table shows. */
export const INBOX_LIMIT = 200;

export interface InboxQuery {
  status: StatusFilter;
  serviceKey?: string;
  /** a place's key, or null for the general inbox */
  place?: string | null;
  /** only the cases assigned to this staff member */
  assignedTo?: number;
}

export interface Inbox {
  rows: InboxRow[];
  /** more cases match than the table shows */
  limited: boolean;
  /** oldest first (open cases), or most recently changed first */
  oldestFirst: boolean;
  counts: Record<(typeof INBOX_STATUSES)[number], number>;
}

export interface CaseDeskDeps {
  database: Database;
  tenantId: string;
  cases: Pick<Cases, "byId" | "apply">;
  uploads: Pick<UploadStore, "listForCase" | "read">;
}

const subject = (id: string) => `case:${id}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when a person of `scope` may see a case of `placeKey`; a case of no place is every clerk's. */
export function seesCase(scope: PlaceScope, placeKey: string | null): boolean {
  return placeKey === null || worksAt(scope, placeKey);
}

/**
 * Case processing in the back office: the inbox (no resident's data in it), the audited read
 * of one case and of its files, assigning it, and its events through the status machine,
 * each audited in the transaction that records it. Every method takes the person's place
 * scope: a case of a place they do not work at is refused with `forbidden`.
 */
export class CaseDesk {
  constructor(private readonly deps: CaseDeskDeps) {}

  /** The cases matching `query` that `scope` sees, with the count of each status. */
  async list(scope: PlaceScope, query: InboxQuery): Promise<Inbox> {
    const { database, tenantId } = this.deps;
    const visible = scope === "all" ? ("all" as const) : [...scope];
    const common = {
      visible,
      ...(query.serviceKey !== undefined && { serviceKey: query.serviceKey }),
      ...(query.place !== undefined && { place: query.place }),
      ...(query.assignedTo !== undefined && { assignedTo: query.assignedTo }),
    };
    const statuses: readonly CaseStatus[] =
      query.status === "open" ? OPEN_STATUSES : query.status === "done" ? DONE_STATUSES : [query.status];
    const oldestFirst = statuses.every((s) => (OPEN_STATUSES as readonly CaseStatus[]).includes(s));
    const [rows, counts] = await Promise.all([
      listInbox(
        database.db,
        tenantId,
        { ...common, statuses },
        oldestFirst ? "oldest" : "newest",
        INBOX_LIMIT + 1,
      ),
      countInbox(database.db, tenantId, common),
    ]);
    return {
      rows: rows.slice(0, INBOX_LIMIT),
      limited: rows.length > INBOX_LIMIT,
      oldestFirst,
      counts: Object.fromEntries(INBOX_STATUSES.map((s) => [s, counts[s]])) as Inbox["counts"],
    };
  }

  /**
   * The whole case with the resident's answers and contact; the read is audited.
   * @throws AppError not-found, forbidden (a place the person does not work at)
   */
  async open(actor: Actor, scope: PlaceScope, id: string): Promise<CaseRecord> {
    const record = await this.visible(scope, id);
    await recordAudit(this.deps.database.db, this.deps.tenantId, actor, {
      action: "case.read",
      subject: subject(id),
      detail: { status: record.state.status },
    });
    return record;
  }

  /**
   * The items whose register data approving the case needs (those the resident chose for an
   * extended Meldebescheinigung; none for other cases). The answers are read, not shown.
   * @throws AppError not-found, forbidden
   */
  async extractItems(scope: PlaceScope, id: string): Promise<ExtendedItem[]> {
    const record = await this.visible(scope, id);
    return extractItemsOf(record.state.serviceKey, record.answers);
  }

  /** The files of a case (the caller has opened the case). */
  files(caseId: string): Promise<FileRef[]> {
    return this.deps.uploads.listForCase(caseId);
  }

  /**
   * One file of a case, opened; the read is audited.
   * @throws AppError not-found (no such file of this case), forbidden
   */
  async file(actor: Actor, scope: PlaceScope, caseId: string, fileId: string): Promise<OpenedFile> {
    await this.visible(scope, caseId);
    const file = await this.deps.uploads.read({ fileId, caseId });
    if (!file) throw new AppError("not-found");
    await recordAudit(this.deps.database.db, this.deps.tenantId, actor, {
      action: "case.file-read",
      subject: subject(caseId),
      detail: { file: fileId, kind: file.kind },
    });
    return file;
  }

  /** The clerks a case of `placeKey` can be assigned to. */
  assignees(placeKey: string | null): Promise<StaffName[]> {
    return clerksAt(this.deps.database.db, this.deps.tenantId, placeKey);
  }

  /** The display names of staff accounts, by id. */
  async names(ids: readonly number[]): Promise<Map<number, string>> {
    const rows = await staffNames(this.deps.database.db, this.deps.tenantId, ids);
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  /**
   * Assigns the case to a clerk who works at its place, if it is still as the person saw it
   * (`revision`, assigned to `seen`). Assigning is not an event of the status machine: it
   * leaves the timeline and the revision alone.
   * @throws AppError not-found, forbidden, conflict (a closed case)
   */
  async assign(
    actor: Actor,
    scope: PlaceScope,
    id: string,
    change: { revision: number; seen: number | null; to: number },
  ): Promise<"assigned" | "changed-meanwhile" | "not-an-assignee"> {
    const { database, tenantId } = this.deps;
    const record = await this.visible(scope, id);
    if (FINAL_STATUSES.includes(record.state.status)) throw new AppError("conflict");
    const assignees = await this.assignees(record.placeKey);
    if (!assignees.some((a) => a.id === change.to)) return "not-an-assignee";
    return database.db.transaction().execute(async (tx) => {
      const saved = await assignCase(tx, { tenantId, id, ...change });
      if (!saved) return "changed-meanwhile" as const;
      await recordAudit(tx, tenantId, actor, {
        action: "case.assign",
        subject: subject(id),
        detail: { from: change.seen, to: change.to },
      });
      return "assigned" as const;
    });
  }

  /**
   * Applies a staff member's event to the case, if it is still at `revision`; the change and
   * its audit entry (`case.<event>`) are committed together. A refusal changes nothing.
   * @throws AppError not-found, forbidden
   */
  async apply(
    actor: Actor,
    scope: PlaceScope,
    id: string,
    revision: number,
    event: CaseEventInput,
    now: Date,
  ): Promise<CaseChange> {
    await this.visible(scope, id);
    return this.deps.cases.apply(
      id,
      revision,
      event,
      { kind: "staff", staffId: actor.staffId },
      now,
      async (tx, { before, after }) => {
        await recordAudit(tx, this.deps.tenantId, actor, {
          action: `case.${event.type}`,
          subject: subject(id),
          detail: {
            from: before.status,
            to: after.status,
            ...(event.type === "reject" && { reason: event.reason }),
            ...((event.type === "set-fee" || event.type === "record-payment") && {
              amountCents: event.amountCents,
            }),
          },
        });
      },
    );
  }

  private async visible(scope: PlaceScope, id: string): Promise<CaseRecord> {
    const record = UUID.test(id) ? await this.deps.cases.byId(id) : undefined;
    if (!record) throw new AppError("not-found");
    if (!seesCase(scope, record.placeKey)) throw new AppError("forbidden");
    return record;
  }
}
