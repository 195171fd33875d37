import { type Actor, recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/database";
import { AppError } from "../../platform/errors";
import type { FeedbackStatus } from "./domain/feedback-inbox";
import {
  type FeedbackMessage,
  type FeedbackSummary,
  findFeedback,
  listFeedback,
  updateFeedbackStatus,
} from "./feedback-queries";

export const FEEDBACK_PAGE_SIZE = 25;

/**
 * The back office's side of the accessibility feedback: reading the reports and keeping
 * their status. Reports may hold personal data (a name in the text, the e-mail address), so
 * every look at them is recorded in the audit log.
 */
export class FeedbackInbox {
  constructor(
    private readonly database: Database,
    readonly tenantId: string,
  ) {}

  private get db() {
    return this.database.db;
  }

  /** A page of reports, newest first, and whether older ones follow. */
  async list(
    actor: Actor,
    filter: { status?: FeedbackStatus; beforeId?: number },
  ): Promise<{ items: FeedbackSummary[]; more: boolean }> {
    const rows = await listFeedback(this.db, this.tenantId, { ...filter, limit: FEEDBACK_PAGE_SIZE + 1 });
    const items = rows.slice(0, FEEDBACK_PAGE_SIZE);
    await recordAudit(this.db, this.tenantId, actor, {
      action: "feedback.list",
      detail: { status: filter.status ?? null, older: filter.beforeId !== undefined, rows: items.length },
    });
    return { items, more: rows.length > FEEDBACK_PAGE_SIZE };
  }

  /**
   * A whole report with the sender's address.
   * @throws AppError not-found
   */
  async read(actor: Actor, id: number): Promise<FeedbackMessage> {
    const message = await findFeedback(this.db, this.tenantId, id);
    if (!message) throw new AppError("not-found");
    await recordAudit(this.db, this.tenantId, actor, { action: "feedback.read", subject: `feedback:${id}` });
    return message;
  }

  /**
   * Moves a report to another status.
   * @throws AppError not-found
   */
  async setStatus(actor: Actor, id: number, status: FeedbackStatus): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const before = await updateFeedbackStatus(trx, this.tenantId, id, status);
      if (!before) throw new AppError("not-found");
      await recordAudit(trx, this.tenantId, actor, {
        action: "feedback.status-changed",
        subject: `feedback:${id}`,
        detail: { from: before, to: status },
      });
    });
  }
}
