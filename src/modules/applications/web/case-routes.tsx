import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, LinkToken } from "../../../domain/text";
import { Layout } from "../../../platform/views/Layout";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import type { TenantProfile } from "../../tenants";
import type { CaseRecord, Cases } from "../cases";
import type { CaseDocuments } from "../documents/document-service";
import { feeAccountOf } from "../documents/fee-account";
import {
  availableCaseEvents,
  CASE_STATUS_LABELS,
  type CaseActor,
  checkAnswerRows,
  creditorReferenceForCase,
  FILE_KIND_NAMES,
  type FileKind,
  formatBytes,
  paymentStatusOf,
  REJECT_REASONS,
} from "../domain";
import { CASE_MESSAGES, FORM_MESSAGES } from "../messages";
import {
  checkUpload,
  INFORMATION_FILES,
  INFORMATION_UPLOAD,
  readUploadForm,
  receiveUploads,
  type UploadStore,
  UploadStoreError,
} from "../uploads";
import { CasePage, type CasePageModel } from "./CasePage";
import { type BookedVisit, visitSectionModel } from "./case-visits";
import { ConfirmPage } from "./FormEndPages";
import { feeText, formatEuro } from "./fee-text";
import { dateTimeText } from "./format";

export interface CaseRouteDeps {
  cases: Cases;
  documents: CaseDocuments;
  profile(): Promise<TenantProfile>;
  uploads: UploadStore;
  timeZone(): Promise<string>;
  serviceName(serviceKey: string): Promise<{ de: string; en: string } | undefined>;
  /** the name of the election a case is for (a Briefwahl) */
  electionName(electionId: string | null): Promise<{ de: string; en: string } | undefined>;
  /** the booked visits for a case that are still to come */
  visits(caseId: string): Promise<BookedVisit[]>;
}

const TokenParams = z.object({ token: LinkToken });
const CaseQuery = z.object({
  neu: z.literal("1").optional(),
  hinweis: z.enum(["antwort", "zurueckgezogen", "geaendert"]).optional(),
});
const AnswerBody = z.object({
  _csrf: CsrfField,
  revision: z.coerce.number().int().min(1).max(100_000),
  message: z.string().max(20_000).optional(),
});
const WithdrawBody = z.object({ _csrf: CsrfField, revision: z.coerce.number().int().min(1).max(100_000) });
const RESIDENT: CaseActor = { kind: "resident" };

/** Why a file sent with an answer was refused. */
function uploadProblemText(locale: "de" | "en", problem: string): string {
  const p = FORM_MESSAGES[locale].files.problems;
  if (problem === "too-large") return p["too-large"](formatBytes(locale, INFORMATION_UPLOAD.maxBytes));
  if (problem === "wrong-kind")
    return p["wrong-kind"](INFORMATION_UPLOAD.accept.map((k) => FILE_KIND_NAMES[k]).join(", "));
  if (problem === "empty") return p.empty;
  if (problem === "unreadable") return p.unreadable;
  return p.unreadable;
}

/**
 * The resident's case page (`/vorgang/<secret>`): status, history, the office's question and
 * the answer to it, the decision, withdrawing. The secret in the path is the only key; it is
 * stored hashed, and the path is never logged (the log names the route, not the URL).
 */
export async function caseRoutes(instance: FastifyInstance, deps: CaseRouteDeps) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.addHook("onSend", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    reply.header("referrer-policy", "no-referrer");
  });

  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = pageContext(request);
    const t = CASE_MESSAGES[ctx.locale];
    return sendPage(
      reply,
      <Layout ctx={ctx} title={t.notFoundTitle}>
        <h1 class="kern-heading-large">{t.notFoundTitle}</h1>
        <p class="kern-body">{t.notFoundText}</p>
      </Layout>,
      404,
    );
  };

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    record: CaseRecord,
    view: {
      filed: boolean;
      notice: string | undefined;
      answer: string;
      error: string | undefined;
      fileError?: string | undefined;
    },
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const t = CASE_MESSAGES[ctx.locale];
    const { locale } = ctx;
    const timeZone = await deps.timeZone();
    const state = record.state;
    const token = (request.params as { token: string }).token;
    const base = `/vorgang/${token}`;
    const decision = state.decision
      ? {
          outcome: state.decision.outcome,
          reason:
            state.decision.outcome === "rejected"
              ? REJECT_REASONS[state.decision.reason].label[locale]
              : undefined,
          explanation:
            state.decision.outcome === "rejected"
              ? REJECT_REASONS[state.decision.reason].explanation[locale]
              : undefined,
          note: state.decision.note,
        }
      : undefined;
    const documents = (await deps.documents.listForCase(record.id)).map((d) => ({
      id: d.id,
      label: t.documents.kinds[d.kind] ?? d.kind,
      href: ctx.href(`${base}/dokument/${d.id}`),
      issuedOn: t.documents.issuedOn(dateTimeText(locale, d.issuedAt, timeZone)),
      revoked: d.revoked,
    }));
    const paymentStatus = paymentStatusOf(state.fee, state.payments);
    const account = feeAccountOf(await deps.profile());
    const payment: CasePageModel["payment"] =
      paymentStatus.kind === "outstanding" && state.status === "approved" && account.ok
        ? {
            kind: "outstanding",
            amount: formatEuro(locale, paymentStatus.outstandingCents),
            recipient: account.account.name,
            iban: account.account.iban.replace(/(.{4})/g, "$1 ").trim(),
            bic: account.account.bic,
            reference: creditorReferenceForCase(record.reference),
            demo: account.account.demo,
          }
        : paymentStatus.kind === "paid" || paymentStatus.kind === "overpaid"
          ? { kind: "paid" }
          : undefined;
    const model: CasePageModel = {
      serviceName:
        (await deps.serviceName(state.serviceKey))?.[locale] ?? record.form.definition.title[locale],
      reference: record.reference,
      election: (await deps.electionName(record.electionId))?.[locale],
      statusLabel: CASE_STATUS_LABELS[state.status][locale],
      submittedAt: state.submittedAt ? dateTimeText(locale, state.submittedAt, timeZone) : undefined,
      filed: view.filed,
      notice: view.notice,
      timeline: record.timeline.map((e) => ({
        at: dateTimeText(locale, e.at, timeZone),
        what: t.events[e.event.type],
      })),
      openQuestion: state.openRequest
        ? {
            message: state.openRequest.message,
            answer: view.answer,
            error: view.error,
            fileError: view.fileError,
            action: ctx.href(`${base}/antwort`),
          }
        : undefined,
      decision,
      fee: state.fee.kind === "none" || payment ? undefined : feeText(state.fee, locale),
      documents,
      payment,
      visit: visitSectionModel({
        record,
        visits: await deps.visits(record.id),
        locale,
        timeZone,
        t,
        bookHref: ctx.href(
          `/termin/ort?${new URLSearchParams({ leistungen: state.serviceKey, vorgang: token })}`,
        ),
      }),
      answers: checkAnswerRows(record.form.definition, record.answers, locale).map((r) => ({
        label: r.label,
        value: r.value,
        item: r.item?.label,
      })),
      withdrawHref: availableCaseEvents(state, RESIDENT).includes("withdraw")
        ? ctx.href(`${base}/zurueckziehen`)
        : undefined,
      csrfToken: reply.generateCsrf(),
      revision: record.revision,
    };
    return sendPage(reply, <CasePage ctx={ctx} t={t} model={model} />, status);
  };

  const notices = (locale: "de" | "en") => ({
    antwort: CASE_MESSAGES[locale].question.sent,
    zurueckgezogen: CASE_MESSAGES[locale].withdraw.done,
    geaendert: CASE_MESSAGES[locale].changedMeanwhile,
  });

  app.get(
    "/vorgang/:token",
    {
      schema: { params: TokenParams, querystring: CaseQuery },
      config: { rateLimit: { max: 60, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const record = await deps.cases.byTrackingToken(request.params.token);
      if (!record) return notFound(request, reply);
      const ctx = pageContext(request);
      const hint = request.query.hinweis;
      return render(request, reply, record, {
        filed: request.query.neu === "1",
        notice: hint ? notices(ctx.locale)[hint] : undefined,
        answer: "",
        error: undefined,
      });
    },
  );

  await receiveUploads(app, { maxBytes: INFORMATION_UPLOAD.maxBytes, fieldSize: 20_000 });

  app.post(
    "/vorgang/:token/antwort",
    {
      schema: { params: TokenParams, body: AnswerBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const record = await deps.cases.byTrackingToken(request.params.token);
      if (!record) return notFound(request, reply);
      const ctx = pageContext(request);
      const t = CASE_MESSAGES[ctx.locale];
      const f = FORM_MESSAGES[ctx.locale].files.problems;
      const message = (request.body.message ?? "").replace(/\r\n?/g, "\n").trim();
      const form = request.isMultipart() ? await readUploadForm(request) : undefined;
      let file: { name: string; kind: FileKind; bytes: Buffer } | undefined;
      let fileError: string | undefined;
      if (form?.ok) {
        const checked = await checkUpload(
          form.file.bytes,
          INFORMATION_UPLOAD.accept,
          INFORMATION_UPLOAD.maxBytes,
        );
        if (checked.ok) file = { name: form.file.name, kind: checked.kind, bytes: checked.bytes };
        else fileError = uploadProblemText(ctx.locale, checked.problem);
      } else if (form && form.problem !== "missing") fileError = uploadProblemText(ctx.locale, form.problem);
      const error =
        message.length > 4000
          ? t.question.tooLong
          : message === "" && !file && !fileError
            ? t.question.required
            : undefined;
      if (error || fileError)
        return render(
          request,
          reply,
          record,
          { filed: false, notice: undefined, answer: message, error, fileError },
          400,
        );
      const attachmentIds: string[] = [];
      if (file) {
        try {
          const ref = await deps.uploads.addToCase({
            caseId: record.id,
            questionId: INFORMATION_FILES,
            ...file,
            now: app.clock.now(),
            maxFiles: INFORMATION_UPLOAD.maxFiles,
          });
          attachmentIds.push(ref.id);
        } catch (e) {
          if (!(e instanceof UploadStoreError && e.problem === "too-many-files")) throw e;
          const fileError = f["too-many"](INFORMATION_UPLOAD.maxFiles);
          return render(
            request,
            reply,
            record,
            { filed: false, notice: undefined, answer: message, error, fileError },
            400,
          );
        }
      }
      const change = await deps.cases.apply(
        record.id,
        request.body.revision,
        { type: "provide-information", ...(message ? { message } : {}), attachmentIds },
        RESIDENT,
        app.clock.now(),
      );
      const base = ctx.href(`/vorgang/${request.params.token}`);
      if (!change.ok) return reply.redirect(`${base}?hinweis=geaendert`, 303);
      return reply.redirect(`${base}?hinweis=antwort`, 303);
    },
  );

  app.get(
    "/vorgang/:token/dokument/:document",
    { schema: { params: TokenParams.extend({ document: z.uuid() }) } },
    async (request, reply) => {
      const record = await deps.cases.byTrackingToken(request.params.token);
      if (!record) return notFound(request, reply);
      const listing = (await deps.documents.listForCase(record.id)).find(
        (d) => d.id === request.params.document,
      );
      const pdf =
        listing && !listing.revoked
          ? await deps.documents.readPdf({ documentId: listing.id, caseId: record.id })
          : undefined;
      if (!listing || !pdf) return notFound(request, reply);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${listing.kind}-${record.reference}.pdf"`)
        .header("x-content-type-options", "nosniff")
        .send(pdf);
    },
  );

  app.get("/vorgang/:token/zurueckziehen", { schema: { params: TokenParams } }, async (request, reply) => {
    const record = await deps.cases.byTrackingToken(request.params.token);
    if (!record) return notFound(request, reply);
    const ctx = pageContext(request);
    const t = CASE_MESSAGES[ctx.locale];
    const base = ctx.href(`/vorgang/${request.params.token}`);
    return sendPage(
      reply,
      <ConfirmPage
        page={{ ctx, t: FORM_MESSAGES[ctx.locale], formTitle: record.form.definition.title[ctx.locale] }}
        title={t.withdraw.title}
        text={t.withdraw.text}
        submit={t.withdraw.submit}
        action={`${base}/zurueckziehen?revision=${record.revision}`}
        cancel={{ href: base, label: t.withdraw.cancel }}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/vorgang/:token/zurueckziehen",
    {
      schema: {
        params: TokenParams,
        body: WithdrawBody.omit({ revision: true }),
        querystring: WithdrawBody.pick({ revision: true }),
      },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const record = await deps.cases.byTrackingToken(request.params.token);
      if (!record) return notFound(request, reply);
      const ctx = pageContext(request);
      const change = await deps.cases.apply(
        record.id,
        request.query.revision,
        { type: "withdraw" },
        RESIDENT,
        app.clock.now(),
      );
      const base = ctx.href(`/vorgang/${request.params.token}`);
      return reply.redirect(`${base}?hinweis=${change.ok ? "zurueckgezogen" : "geaendert"}`, 303);
    },
  );
}
