import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import type { Locale } from "../../domain/locale";
import type { Sealer } from "../../platform/crypto/sealer";
import type { Database } from "../../platform/db/database";
import type { DB } from "../../platform/db/schema";
import { AppError } from "../../platform/errors";
import { hashToken, newToken } from "../../platform/secrets";
import {
  type Answers,
  applyCaseEvent,
  type CaseActor,
  type CaseChannel,
  CaseContact,
  type CaseEventInput,
  type CaseFee,
  type CaseRefusal,
  type CaseState,
  caseFromTimeline,
  type FormRegistry,
  formatCaseReference,
  openCase,
  type RegisteredForm,
  TimelineEntry,
  validateSubmission,
} from "./domain";
import type { Draft } from "./drafts";
import {
  type CaseEventRow,
  type CaseRow,
  caseEvents,
  findCase,
  insertCase,
  insertCaseEvents,
  lockCase,
  nextCaseNumber,
  updateCaseAfterEvent,
  useFormVersion,
} from "./storage/case-queries";
import { deleteDraft } from "./storage/draft-queries";

/** A case as the tracking page and the back office read it: its state replayed from the timeline. */
export interface CaseRecord {
  id: string;
  reference: string;
  form: RegisteredForm;
  locale: Locale;
  /** the election a Briefwahl is for; null for other services */
  electionId: string | null;
  placeKey: string | null;
  assignedTo: number | null;
  state: CaseState;
  timeline: TimelineEntry[];
  answers: Answers;
  contact: CaseContact;
  revision: number;
}

/** What filing did: the case and the secret of the resident's tracking link (shown once, mailed once). */
export interface FiledCase {
  record: CaseRecord;
  trackingToken: string;
}

export type CaseChange =
  | { ok: true; record: CaseRecord; before: CaseState }
  | { ok: false; refusal: CaseRefusal | { code: "changed-meanwhile" } };

/** A frozen form version was changed in the code instead of being added as a new version. */
export class FormVersionChangedError extends Error {
  override name = "FormVersionChangedError";
}

/** Hooks that run after a change is committed (mails); they never undo it. */
export interface CaseListener {
  filed?(record: CaseRecord, trackingToken: string): Promise<void>;
  changed?(record: CaseRecord, before: CaseState): Promise<void>;
}

export interface CasesDeps {
  database: Database;
  tenantId: string;
  sealer: Sealer;
  forms: FormRegistry;
  /** moves a draft's uploads to the case inside the filing transaction */
  moveUploads?: (
    tx: Transaction<DB>,
    move: { draftId: string; caseId: string; fileIds: string[] },
  ) => Promise<void>;
}

/** The context (AAD) each sealed value of a case is bound to. */
export const caseSealContext = {
  answers: (id: string) => `case:${id}:answers`,
  contact: (id: string) => `case:${id}:contact`,
  event: (id: string, position: number) => `case:${id}:event:${position}`,
};

/**
 * Cases (Vorgänge): filing a draft, reading a case back, and every change through the status
 * machine. The timeline is the truth: a case's state is replayed from it on every read, and a
 * change is written only if nobody else changed the case since it was read.
 */
export class Cases {
  private readonly listeners: CaseListener[] = [];

  constructor(private readonly deps: CasesDeps) {}

  listen(listener: CaseListener): void {
    this.listeners.push(listener);
  }

  /**
   * Files a finished draft as a case: checks the answers once more, numbers the case, records
   * "opened" and "submitted", moves the uploads and deletes the draft, all in one transaction.
   * @throws AppError("bad-request") when the answers are not a complete submission
   */
  async file(input: {
    draft: Draft;
    contact: CaseContact;
    channel: CaseChannel;
    assistedBy: number | null;
    actor: CaseActor;
    fee: CaseFee;
    placeKey: string | null;
    today: string;
    now: Date;
  }): Promise<FiledCase> {
    const { draft, now } = input;
    const form = draft.form;
    const checked = validateSubmission(form.definition, draft.answers, input.today);
    if (!checked.ok) throw new AppError("bad-request");
    const contact = CaseContact.parse(input.contact);
    const id = randomUUID();
    const trackingToken = newToken();
    const row = await this.deps.database.db.transaction().execute(async (tx) => {
      const stored = await useFormVersion(tx, {
        serviceKey: form.definition.serviceKey,
        version: form.definition.version,
        fingerprint: form.fingerprint,
        at: now,
      });
      if (stored !== form.fingerprint)
        throw new FormVersionChangedError(
          `form "${form.definition.serviceKey}" version ${form.definition.version} differs from the version cases were filed with`,
        );
      const year = Number(input.today.slice(0, 4));
      const reference = formatCaseReference({
        year,
        number: await nextCaseNumber(tx, this.deps.tenantId, year),
      });
      const opened = openCase(
        {
          type: "open",
          reference,
          serviceKey: form.definition.serviceKey,
          channel: input.channel,
          assistedBy: input.assistedBy,
          fee: input.fee,
        },
        input.actor,
        now,
      );
      if (!opened.ok) throw new AppError("bad-request");
      const submitted = applyCaseEvent(opened.state, { type: "submit" }, input.actor, now);
      if (!submitted.ok) throw new AppError("bad-request");
      const caseRow: CaseRow = {
        id,
        tenant_id: this.deps.tenantId,
        reference,
        service_key: form.definition.serviceKey,
        form_version: form.definition.version,
        channel: input.channel,
        assisted_by: input.assistedBy,
        status: submitted.state.status,
        place_key: input.placeKey,
        assigned_to: null,
        locale: draft.locale,
        tracking_token_hash: hashToken(trackingToken),
        answers_sealed: this.deps.sealer.sealJson(checked.answers, caseSealContext.answers(id)),
        contact_sealed: this.deps.sealer.sealJson(contact, caseSealContext.contact(id)),
        opened_at: now,
        submitted_at: now,
        closed_at: null,
        last_event_at: now,
        revision: 2,
        election_id: draft.electionId,
      };
      await insertCase(tx, caseRow);
      await insertCaseEvents(tx, [this.eventRow(id, 1, opened.entry), this.eventRow(id, 2, submitted.entry)]);
      await this.deps.moveUploads?.(tx, {
        draftId: draft.id,
        caseId: id,
        fileIds: fileIdsOf(form, checked.answers),
      });
      await deleteDraft(tx, draft.id);
      return caseRow;
    });
    const record = await this.recordOf(row);
    for (const l of this.listeners) await l.filed?.(record, trackingToken);
    return { record, trackingToken };
  }

  /** The case a tracking link's secret opens. */
  async byTrackingToken(token: string): Promise<CaseRecord | undefined> {
    const row = await findCase(this.deps.database.db, this.deps.tenantId, {
      trackingTokenHash: hashToken(token),
    });
    return row ? this.recordOf(row) : undefined;
  }

  async byId(id: string): Promise<CaseRecord | undefined> {
    const row = await findCase(this.deps.database.db, this.deps.tenantId, { id });
    return row ? this.recordOf(row) : undefined;
  }

  /** A case's reference alone, without opening its sealed data (for lists that link to it). */
  async referenceOf(id: string): Promise<string | undefined> {
    return (await findCase(this.deps.database.db, this.deps.tenantId, { id }))?.reference;
  }

  /**
   * Applies an event through the status machine and records it, if the case is still at
   * `revision` (what the actor saw); otherwise nothing changes (`changed-meanwhile`).
   * `alongside` runs in the same transaction once the event is written (the back office's
   * audit entry), so both are committed or neither.
   */
  async apply(
    caseId: string,
    revision: number,
    event: CaseEventInput,
    actor: CaseActor,
    now: Date,
    alongside?: (tx: Transaction<DB>, change: { before: CaseState; after: CaseState }) => Promise<void>,
  ): Promise<CaseChange> {
    const outcome = await this.deps.database.db.transaction().execute(async (tx) => {
      const row = await lockCase(tx, this.deps.tenantId, caseId);
      if (!row) throw new AppError("not-found");
      if (row.revision !== revision)
        return { ok: false as const, refusal: { code: "changed-meanwhile" as const } };
      const before = await this.recordOf(row, tx);
      const step = applyCaseEvent(before.state, event, actor, now);
      if (!step.ok) return { ok: false as const, refusal: step.refusal };
      const position = row.revision + 1;
      await insertCaseEvents(tx, [this.eventRow(caseId, position, step.entry)]);
      const written = await updateCaseAfterEvent(tx, {
        id: caseId,
        expectedRevision: row.revision,
        status: step.state.status,
        submittedAt: step.state.submittedAt,
        closedAt: step.state.closedAt,
        lastEventAt: step.state.lastEventAt,
        revision: position,
      });
      if (!written) throw new Error("the locked case row changed");
      await alongside?.(tx, { before: before.state, after: step.state });
      return { ok: true as const, before: before.state };
    });
    if (!outcome.ok) return outcome;
    const record = await this.byId(caseId);
    if (!record) throw new AppError("not-found");
    for (const l of this.listeners) await l.changed?.(record, outcome.before);
    return { ok: true, record, before: outcome.before };
  }

  private eventRow(caseId: string, position: number, entry: TimelineEntry): CaseEventRow {
    return {
      case_id: caseId,
      position,
      at: entry.at,
      type: entry.event.type,
      actor_kind: entry.actor.kind,
      staff_id: entry.actor.kind === "staff" ? entry.actor.staffId : null,
      from_status: entry.from,
      to_status: entry.to,
      entry_sealed: this.deps.sealer.sealJson(
        { ...entry, at: entry.at.toISOString() },
        caseSealContext.event(caseId, position),
      ),
    };
  }

  private async recordOf(row: CaseRow, db: Transaction<DB> | undefined = undefined): Promise<CaseRecord> {
    const { sealer } = this.deps;
    const rows = await caseEvents(db ?? this.deps.database.db, row.id);
    const timeline = rows.map((e) => {
      const raw = sealer.openJson(e.entry_sealed, caseSealContext.event(row.id, e.position)) as {
        at: string;
      };
      return TimelineEntry.parse({ ...raw, at: new Date(raw.at) });
    });
    const replay = caseFromTimeline(timeline);
    if (!replay.ok) throw new Error(`case ${row.id}: its timeline does not replay (entry ${replay.index})`);
    return {
      id: row.id,
      reference: row.reference,
      form: this.deps.forms.get(row.service_key, row.form_version),
      locale: row.locale,
      electionId: row.election_id,
      placeKey: row.place_key,
      assignedTo: row.assigned_to,
      state: replay.state,
      timeline,
      answers: sealer.openJson(row.answers_sealed, caseSealContext.answers(row.id)) as Answers,
      contact: CaseContact.parse(sealer.openJson(row.contact_sealed, caseSealContext.contact(row.id))),
      revision: row.revision,
    };
  }
}

/** The ids of the files the answers refer to (file questions sit on question pages only). */
export function fileIdsOf(form: RegisteredForm, answers: Answers): string[] {
  const ids: string[] = [];
  for (const page of form.definition.pages) {
    if (page.kind !== "questions") continue;
    for (const q of page.questions) {
      const value = answers[q.id];
      if (q.kind === "file" && Array.isArray(value))
        for (const f of value as { id: string }[]) ids.push(f.id);
    }
  }
  return ids;
}
