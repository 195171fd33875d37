import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { LocalizedText } from "../../../domain/locale";
import { CsrfField } from "../../../domain/text";
import type { PageContext } from "../../../platform/views/page-context";
import {
  type Answers,
  type CaseFee,
  type Election,
  type FileRef,
  firstUnansweredPage,
  nextPage,
  type Page,
  type RegisteredForm,
} from "../domain";
import type { Draft, Drafts } from "../drafts";
import { FORM_MESSAGES } from "../messages";
import type { FormPageContext } from "./FormLayout";

/** What the application pages need from the rest of the platform. */
export interface FormRouteDeps {
  drafts: Drafts;
  /** the civil date of an instant in the tenant's zone */
  today(now: Date): Promise<string>;
  /** the tenant's time zone (an election's deadline is shown in it) */
  timeZone(): Promise<string>;
  elections: {
    /** whether a service's form is for an election (the Briefwahl) */
    forService(serviceKey: string): boolean;
    /** the elections open for applications at `now`, the nearest deadline first */
    open(now: Date): Promise<Election[]>;
    /** an election by id, withdrawn or not (a draft's) */
    byId(id: string): Promise<Election | undefined>;
  };
  /** the catalogue's service: its name and the fee a case would be charged */
  service(key: string, today: string): Promise<{ name: LocalizedText; fee: CaseFee } | undefined>;
  /** the files uploaded so far for the file questions of a page */
  filesOf(draft: Draft, page: Page): Promise<Record<string, readonly FileRef[]>>;
  /** days a draft is kept after its last change */
  retentionDays: number;
  /** cookies only over HTTPS when the platform is served so */
  secureCookies: boolean;
}

/** Path segments of the application pages that no form's page id may take. */
export const RESERVED_SEGMENTS = [
  "kontakt",
  "zusammenfassung",
  "absenden",
  "speichern",
  "gespeichert",
  "verwerfen",
];

/** The body of a question page: strings or lists of strings, a bounded number of them. */
export const PageBody = z
  .record(z.string().max(200), z.union([z.string().max(20_000), z.array(z.string().max(1000)).max(100)]))
  .refine((b) => Object.keys(b).length <= 200, "too many fields");
export const CsrfBody = z.object({ _csrf: CsrfField });
export const ServiceParams = z.object({ service: z.string().regex(/^[a-z0-9-]{1,80}$/) });
export const PageParams = ServiceParams.extend({ page: z.string().regex(/^[a-z0-9-]{1,80}$/) });
export const ItemParams = PageParams.extend({ item: z.coerce.number().int().min(1).max(100) });
export const ChangeQuery = z.object({ aendern: z.literal("1").optional() });
/** A question page after a refused upload: the problem and the file question it belongs to. */
export const PageQuery = ChangeQuery.extend({
  fehler: z.enum(["empty", "too-large", "wrong-kind", "unreadable", "missing", "too-many-files"]).optional(),
  frage: z
    .string()
    .regex(/^[a-zA-Z][a-zA-Z0-9]{0,60}$/)
    .optional(),
});

/** The cookie that holds a draft's secret: one per service, so two applications do not mix. */
export const draftCookieName = (serviceKey: string) => `sb_antrag_${serviceKey}`;

/** Paths of one form's pages, below the locale prefix. */
export function formPaths(serviceKey: string) {
  const base = `/antrag/${serviceKey}`;
  return {
    service: serviceKey,
    start: base,
    page: (pageId: string) => `${base}/seite/${pageId}`,
    item: (groupId: string, n: number) => `${base}/seite/${groupId}/eintrag/${n}`,
    removeItem: (groupId: string, n: number) => `${base}/seite/${groupId}/eintrag/${n}/entfernen`,
    upload: (pageId: string, questionId: string) => `${base}/seite/${pageId}/datei?frage=${questionId}`,
    removeFile: (pageId: string, fileId: string) => `${base}/seite/${pageId}/datei/${fileId}/entfernen`,
    contact: `${base}/kontakt`,
    check: `${base}/zusammenfassung`,
    submit: `${base}/absenden`,
    save: `${base}/speichern`,
    saved: `${base}/gespeichert`,
    discard: `${base}/verwerfen`,
  };
}

export function formPage(ctx: PageContext, form: RegisteredForm): FormPageContext {
  return { ctx, t: FORM_MESSAGES[ctx.locale], formTitle: form.definition.title[ctx.locale] };
}

/** The draft this browser holds for the service, read and checked; undefined when none. */
export async function draftOf(
  request: FastifyRequest,
  deps: FormRouteDeps,
  serviceKey: string,
): Promise<{ draft: Draft; today: string } | undefined> {
  const token = request.cookies[draftCookieName(serviceKey)];
  const now = request.server.clock.now();
  const today = await deps.today(now);
  if (!token || !/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
  const draft = await deps.drafts.find(token, serviceKey, now, today);
  return draft ? { draft, today } : undefined;
}

export function setDraftCookie(reply: FastifyReply, deps: FormRouteDeps, serviceKey: string, token: string) {
  reply.setCookie(draftCookieName(serviceKey), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: deps.secureCookies,
    maxAge: deps.retentionDays * 24 * 60 * 60,
  });
}

export function clearDraftCookie(reply: FastifyReply, deps: FormRouteDeps, serviceKey: string) {
  reply.clearCookie(draftCookieName(serviceKey), { path: "/", secure: deps.secureCookies });
}

/** Where to go after a page was saved: the next page, or on a change the next unanswered one or the check page. */
export function afterSave(form: RegisteredForm, answers: Answers, pageId: string, change: boolean): string {
  const paths = formPaths(form.definition.serviceKey);
  const open = firstUnansweredPage(form.definition, answers);
  if (change) return open ? `${paths.page(open)}?aendern=1` : `${paths.check}#${pageId}`;
  const next = nextPage(form.definition, answers, pageId);
  return next ? paths.page(next) : paths.contact;
}
