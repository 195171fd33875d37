import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField, LinkToken } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { checkAnswerRows, firstUnansweredPage, isComplete, parseCaseContact } from "../domain";
import type { Draft } from "../drafts";
import { FORM_MESSAGES } from "../messages";
import {
  CheckAnswersPage,
  type CheckSection,
  ConfirmPage,
  ContactPage,
  NoticePage,
  SavePage,
} from "./FormEndPages";
import {
  CsrfBody,
  clearDraftCookie,
  draftOf,
  type FormRouteDeps,
  formPage,
  formPaths,
  ServiceParams,
  setDraftCookie,
} from "./form-support";
import { requireDraft } from "./require-draft";

const ContactBody = z.object({
  _csrf: CsrfField,
  email: z.string().max(1000).optional(),
  phone: z.string().max(1000).optional(),
});
const ResumeParams = z.object({ token: LinkToken });

/** The pages after the questions: contact, check your answers, send; save, resume, discard. */
export async function formEndRoutes(
  instance: FastifyInstance,
  deps: FormRouteDeps & {
    /** files the draft; `closed` when the election it is for no longer takes applications */
    file(draft: Draft, today: string): Promise<{ closed: false; trackingToken: string } | { closed: true }>;
    sendResumeLink(draft: Draft, email: string, resumeToken: string): Promise<void>;
  },
) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  /** The last question page shown: the contact page's back link. */
  const lastPage = (draft: Draft) => {
    const form = draft.form.definition;
    const open = firstUnansweredPage(form, draft.answers);
    return open ?? form.pages.filter((p) => p.id in draft.answers || p.kind === "questions").at(-1)?.id;
  };

  const renderContact = (
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    values: { email?: string; phone?: string },
    errors: { field: string; message: string }[],
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const paths = formPaths(draft.form.definition.serviceKey);
    const last = lastPage(draft);
    return sendPage(
      reply,
      <ContactPage
        page={formPage(ctx, draft.form)}
        values={values}
        errors={errors}
        action={ctx.href(paths.contact)}
        back={last ? ctx.href(paths.page(last)) : undefined}
        csrfToken={reply.generateCsrf()}
      />,
      status,
    );
  };

  app.get("/antrag/:service/kontakt", { schema: { params: ServiceParams } }, async (request, reply) => {
    const found = await requireDraft(request, reply, deps, request.params.service);
    if (!found) return reply;
    const { draft } = found;
    return renderContact(
      request,
      reply,
      draft,
      { email: draft.contact?.email, phone: draft.contact?.phone },
      [],
    );
  });

  app.post(
    "/antrag/:service/kontakt",
    { schema: { params: ServiceParams, body: ContactBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft } = found;
      const ctx = pageContext(request);
      const t = FORM_MESSAGES[ctx.locale];
      const parsed = parseCaseContact(request.body);
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({
          field: p.field,
          message: t.contact.problems[p.problem],
        }));
        const { email, phone } = request.body;
        return renderContact(request, reply, draft, { email, phone }, errors, 400);
      }
      await deps.drafts.save(draft, { answers: draft.answers, contact: parsed.value }, app.clock.now());
      return reply.redirect(ctx.href(formPaths(draft.form.definition.serviceKey).check), 303);
    },
  );

  app.get(
    "/antrag/:service/zusammenfassung",
    { schema: { params: ServiceParams } },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft, today } = found;
      const ctx = pageContext(request);
      const t = FORM_MESSAGES[ctx.locale];
      const paths = formPaths(draft.form.definition.serviceKey);
      const sections: CheckSection[] = [];
      for (const row of checkAnswerRows(draft.form.definition, draft.answers, ctx.locale)) {
        const title = row.item?.label;
        let section = sections.at(-1);
        if (!section || section.title !== title) {
          section = { title, rows: [] };
          sections.push(section);
        }
        const anchor = row.item ? `${row.pageId}-${row.item.index + 1}` : row.pageId;
        const change = row.item ? paths.item(row.pageId, row.item.index + 1) : paths.page(row.pageId);
        section.rows.push({
          id: section.rows.some((r) => r.id === anchor) ? `${anchor}-${row.questionId}` : anchor,
          label: row.label,
          value: row.value,
          changeHref: ctx.href(`${change}?aendern=1`),
        });
      }
      const contact = [
        {
          id: "contact-email",
          label: t.contact.email,
          value: draft.contact?.email ?? "–",
          changeHref: ctx.href(paths.contact),
        },
        ...(draft.contact?.phone
          ? [
              {
                id: "contact-phone",
                label: t.contact.phone,
                value: draft.contact.phone,
                changeHref: ctx.href(paths.contact),
              },
            ]
          : []),
      ];
      const election = draft.electionId ? await deps.elections.byId(draft.electionId) : undefined;
      return sendPage(
        reply,
        <CheckAnswersPage
          page={formPage(ctx, draft.form)}
          election={election?.name[ctx.locale]}
          sections={sections}
          contact={contact}
          complete={draft.contact !== null && isComplete(draft.form.definition, draft.answers, today)}
          action={ctx.href(paths.submit)}
          back={ctx.href(paths.contact)}
          csrfToken={reply.generateCsrf()}
        />,
      );
    },
  );

  app.post(
    "/antrag/:service/absenden",
    {
      schema: { params: ServiceParams, body: CsrfBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft, today } = found;
      const ctx = pageContext(request);
      const paths = formPaths(draft.form.definition.serviceKey);
      if (draft.contact === null || !isComplete(draft.form.definition, draft.answers, today)) {
        const open = firstUnansweredPage(draft.form.definition, draft.answers);
        return reply.redirect(
          ctx.href(open ? paths.page(open) : draft.contact ? paths.check : paths.contact),
          303,
        );
      }
      const filed = await deps.file(draft, today);
      if (filed.closed) {
        const page = formPage(ctx, draft.form);
        const link = { href: ctx.href(`/leistungen/${paths.service}`), label: page.t.election.backToService };
        const { closedTitle, closedText } = page.t.election;
        return sendPage(
          reply,
          <NoticePage page={page} title={closedTitle} text={closedText} link={link} />,
          409,
        );
      }
      clearDraftCookie(reply, deps, draft.form.definition.serviceKey);
      return reply.redirect(ctx.href(`/vorgang/${filed.trackingToken}?neu=1`), 303);
    },
  );

  const renderSave = (
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    email: string | undefined,
    errors: { field: string; message: string }[],
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const paths = formPaths(draft.form.definition.serviceKey);
    const open = firstUnansweredPage(draft.form.definition, draft.answers);
    return sendPage(
      reply,
      <SavePage
        page={formPage(ctx, draft.form)}
        email={email}
        errors={errors}
        action={ctx.href(paths.save)}
        back={ctx.href(open ? paths.page(open) : paths.check)}
        csrfToken={reply.generateCsrf()}
      />,
      status,
    );
  };

  app.get("/antrag/:service/speichern", { schema: { params: ServiceParams } }, async (request, reply) => {
    const found = await requireDraft(request, reply, deps, request.params.service);
    if (!found) return reply;
    return renderSave(request, reply, found.draft, found.draft.contact?.email, []);
  });

  app.post(
    "/antrag/:service/speichern",
    {
      schema: { params: ServiceParams, body: ContactBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 5, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft } = found;
      const ctx = pageContext(request);
      const t = FORM_MESSAGES[ctx.locale];
      const parsed = parseCaseContact({ email: request.body.email });
      if (!parsed.ok) {
        const errors = parsed.problems.map((p) => ({
          field: p.field,
          message: t.contact.problems[p.problem],
        }));
        return renderSave(request, reply, draft, request.body.email, errors, 400);
      }
      const resumeToken = await deps.drafts.issueResumeLink(draft);
      await deps.sendResumeLink(draft, parsed.value.email, resumeToken);
      return reply.redirect(ctx.href(formPaths(draft.form.definition.serviceKey).saved), 303);
    },
  );

  app.get("/antrag/:service/gespeichert", { schema: { params: ServiceParams } }, async (request, reply) => {
    const found = await requireDraft(request, reply, deps, request.params.service);
    if (!found) return reply;
    const ctx = pageContext(request);
    const page = formPage(ctx, found.draft.form);
    const paths = formPaths(found.draft.form.definition.serviceKey);
    const open = firstUnansweredPage(found.draft.form.definition, found.draft.answers);
    return sendPage(
      reply,
      <NoticePage
        page={page}
        title={page.t.save.sentTitle}
        text={page.t.save.sentText(deps.retentionDays)}
        link={{ href: ctx.href(open ? paths.page(open) : paths.check), label: page.t.save.backToForm }}
      />,
    );
  });

  app.get("/antrag/fortsetzen/:token", { schema: { params: ResumeParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const now = app.clock.now();
    const draft = await deps.drafts.peekResumeLink(request.params.token, now, await deps.today(now));
    const t = FORM_MESSAGES[ctx.locale];
    if (!draft) {
      const { Layout } = await import("../../../platform/views/Layout");
      return sendPage(
        reply,
        <Layout ctx={ctx} title={t.resume.goneTitle}>
          <h1 class="kern-heading-large">{t.resume.goneTitle}</h1>
          <p class="kern-body">{t.resume.goneText}</p>
        </Layout>,
        404,
      );
    }
    return sendPage(
      reply,
      <ConfirmPage
        page={formPage(ctx, draft.form)}
        title={t.resume.title}
        text={t.resume.text}
        submit={t.resume.submit}
        action={ctx.href(`/antrag/fortsetzen/${request.params.token}`)}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/antrag/fortsetzen/:token",
    {
      schema: { params: ResumeParams, body: CsrfBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const now = app.clock.now();
      const resumed = await deps.drafts.resume(request.params.token, now, await deps.today(now));
      if (!resumed) return reply.redirect(ctx.href(`/antrag/fortsetzen/${request.params.token}`), 303);
      const { draft, token } = resumed;
      const serviceKey = draft.form.definition.serviceKey;
      setDraftCookie(reply, deps, serviceKey, token);
      const open = firstUnansweredPage(draft.form.definition, draft.answers);
      const paths = formPaths(serviceKey);
      return reply.redirect(ctx.href(open ? paths.page(open) : paths.contact), 303);
    },
  );

  app.get("/antrag/:service/verwerfen", { schema: { params: ServiceParams } }, async (request, reply) => {
    const found = await requireDraft(request, reply, deps, request.params.service);
    if (!found) return reply;
    const ctx = pageContext(request);
    const page = formPage(ctx, found.draft.form);
    const paths = formPaths(found.draft.form.definition.serviceKey);
    const open = firstUnansweredPage(found.draft.form.definition, found.draft.answers);
    return sendPage(
      reply,
      <ConfirmPage
        page={page}
        title={page.t.discard.title}
        text={page.t.discard.text}
        submit={page.t.discard.submit}
        action={ctx.href(paths.discard)}
        cancel={{ href: ctx.href(open ? paths.page(open) : paths.check), label: page.t.discard.cancel }}
        csrfToken={reply.generateCsrf()}
      />,
    );
  });

  app.post(
    "/antrag/:service/verwerfen",
    { schema: { params: ServiceParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const found = await draftOf(request, deps, request.params.service);
      const form = app.forms.findLatest(request.params.service);
      if (!form) throw new AppError("not-found");
      if (found) await deps.drafts.discard(found.draft);
      clearDraftCookie(reply, deps, request.params.service);
      const ctx = pageContext(request);
      const page = formPage(ctx, form);
      return sendPage(
        reply,
        <NoticePage
          page={page}
          title={page.t.discard.doneTitle}
          text={page.t.discard.doneText}
          link={{ href: ctx.href(`/leistungen/${request.params.service}`), label: page.t.back }}
        />,
      );
    },
  );
}
