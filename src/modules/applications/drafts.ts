import { randomUUID } from "node:crypto";
import type { Locale } from "../../domain/locale";
import type { Sealer } from "../../platform/crypto/sealer";
import type { Database } from "../../platform/db/database";
import { hashToken, newToken } from "../../platform/secrets";
import {
  type Answers,
  CaseContact,
  checkStoredAnswers,
  type FormRegistry,
  type RegisteredForm,
} from "./domain";
import {
  type DraftRow,
  deleteDraft,
  deleteExpiredDrafts,
  findDraftByResumeToken,
  findDraftByToken,
  insertDraft,
  rekeyDraft,
  saveDraftData,
  setDraftResumeToken,
} from "./storage/draft-queries";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A form being filled in, as read back from storage (answers checked again on every read). */
export interface Draft {
  id: string;
  form: RegisteredForm;
  locale: Locale;
  /** the election the draft is for (a Briefwahl), chosen at the start; null for other services */
  electionId: string | null;
  answers: Answers;
  contact: CaseContact | null;
  /** whether a resume link was mailed and not used yet */
  resumeLinkSent: boolean;
  updatedAt: Date;
  expiresAt: Date;
}

export interface DraftsDeps {
  database: Database;
  tenantId: string;
  sealer: Sealer;
  forms: FormRegistry;
  retentionDays: number;
}

/** The context (AAD) a draft's sealed data is bound to. */
export const draftSealContext = (id: string) => `draft:${id}:data`;

/**
 * Drafts of online applications. The browser holds a draft's secret (a cookie); a resume link
 * by mail holds another. Both are stored only hashed, the answers only sealed. A draft whose
 * stored answers no longer fit its form (a changed rule, a tampered row) is treated as gone.
 */
export class Drafts {
  constructor(private readonly deps: DraftsDeps) {}

  /**
   * Starts a draft of the newest version of a service's form, for an election where the form
   * needs one; returns it with the browser's secret.
   */
  async start(
    form: RegisteredForm,
    locale: Locale,
    now: Date,
    electionId: string | null = null,
  ): Promise<{ draft: Draft; token: string }> {
    const id = randomUUID();
    const token = newToken();
    const expiresAt = this.expiry(now);
    await insertDraft(this.deps.database.db, {
      id,
      tenant_id: this.deps.tenantId,
      service_key: form.definition.serviceKey,
      form_version: form.definition.version,
      token_hash: hashToken(token),
      resume_token_hash: null,
      locale,
      data_sealed: this.deps.sealer.sealJson({ answers: {}, contact: null }, draftSealContext(id)),
      created_at: now,
      updated_at: now,
      expires_at: expiresAt,
      election_id: electionId,
    });
    const draft = {
      id,
      form,
      locale,
      electionId,
      answers: {},
      contact: null,
      resumeLinkSent: false,
      updatedAt: now,
      expiresAt,
    };
    return { draft, token };
  }

  /** The draft the browser's secret opens, for this service; undefined when none or expired. */
  async find(token: string, serviceKey: string, now: Date, today: string): Promise<Draft | undefined> {
    const row = await findDraftByToken(this.deps.database.db, this.deps.tenantId, hashToken(token), now);
    if (!row || row.service_key !== serviceKey) return undefined;
    return this.read(row, today);
  }

  /** Saves answers and contact; the draft's time starts again. */
  async save(
    draft: Draft,
    change: { answers: Answers; contact: CaseContact | null },
    now: Date,
  ): Promise<Draft> {
    const expiresAt = this.expiry(now);
    await saveDraftData(this.deps.database.db, {
      id: draft.id,
      dataSealed: this.deps.sealer.sealJson(change, draftSealContext(draft.id)),
      updatedAt: now,
      expiresAt,
    });
    return { ...draft, ...change, updatedAt: now, expiresAt };
  }

  /** A new resume link (an earlier one stops working); returns its secret for the mail. */
  async issueResumeLink(draft: Draft): Promise<string> {
    const token = newToken();
    await setDraftResumeToken(this.deps.database.db, draft.id, hashToken(token));
    return token;
  }

  /** Whether a resume link's secret opens a draft (for the confirm page; changes nothing). */
  async peekResumeLink(resumeToken: string, now: Date, today: string): Promise<Draft | undefined> {
    const row = await findDraftByResumeToken(
      this.deps.database.db,
      this.deps.tenantId,
      hashToken(resumeToken),
      now,
    );
    return row ? this.read(row, today) : undefined;
  }

  /**
   * Opens a draft from its resume link in this browser: the draft gets a new browser secret (the
   * old browser's cookie stops working) and the link is spent. Returns the new secret.
   */
  async resume(
    resumeToken: string,
    now: Date,
    today: string,
  ): Promise<{ draft: Draft; token: string } | undefined> {
    const draft = await this.peekResumeLink(resumeToken, now, today);
    if (!draft) return undefined;
    const token = newToken();
    await rekeyDraft(this.deps.database.db, draft.id, hashToken(token));
    return { draft: { ...draft, resumeLinkSent: false }, token };
  }

  async discard(draft: Draft): Promise<void> {
    await deleteDraft(this.deps.database.db, draft.id);
  }

  /** Deletes drafts whose time ran out (the retention job). */
  async deleteExpired(now: Date): Promise<number> {
    return deleteExpiredDrafts(this.deps.database.db, now);
  }

  private expiry(now: Date): Date {
    return new Date(now.getTime() + this.deps.retentionDays * DAY_MS);
  }

  private read(row: DraftRow, today: string): Draft | undefined {
    const form = this.deps.forms.find(row.service_key, row.form_version);
    if (!form) return undefined;
    let data: unknown;
    try {
      data = this.deps.sealer.openJson(row.data_sealed, draftSealContext(row.id));
    } catch {
      return undefined;
    }
    const { answers, contact } = (data ?? {}) as { answers?: unknown; contact?: unknown };
    const checked = readDraftAnswers(form, answers ?? {}, today);
    if (!checked) return undefined;
    const parsedContact = contact === null || contact === undefined ? null : CaseContact.safeParse(contact);
    if (parsedContact && !parsedContact.success) return undefined;
    return {
      id: row.id,
      form,
      locale: row.locale,
      electionId: row.election_id,
      answers: checked,
      contact: parsedContact ? parsedContact.data : null,
      resumeLinkSent: row.resume_token_hash !== null,
      updatedAt: row.updated_at,
      expiresAt: row.expires_at,
    };
  }
}

/**
 * A draft's stored answers, checked again. An answer that no longer fits (a date that was in
 * range when given, a rule made stricter) is dropped, so the resident is asked it again; a
 * draft that is not a form's answers at all (a tampered row) gives undefined.
 */
export function readDraftAnswers(form: RegisteredForm, data: unknown, today: string): Answers | undefined {
  const first = checkStoredAnswers(form.definition, data, today);
  if (first.ok) return first.answers;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const rest = { ...(data as Record<string, unknown>) };
  for (const problem of first.problems) {
    if (problem.code === "unexpected" || problem.code === "notAnObject") return undefined;
    delete rest[problem.item === undefined ? problem.questionId : problem.pageId];
  }
  const second = checkStoredAnswers(form.definition, rest, today);
  return second.ok ? second.answers : undefined;
}
