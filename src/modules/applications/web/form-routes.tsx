import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../../../platform/errors";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import {
  answerGroupItem,
  answerPage,
  type Body,
  type FieldError,
  type FileRef,
  findPage,
  finishGroup,
  firstUnansweredPage,
  type GroupPage,
  groupSummary,
  isPageVisible,
  itemsOf,
  type PageOutcome,
  pageFields,
  previousPage,
  type QuestionPage,
  removeGroupItem,
  visiblePages,
} from "../domain";
import type { Draft } from "../drafts";
import { FORM_MESSAGES } from "../messages";
import { GroupListPage, QuestionPageView } from "./FormPages";
import {
  afterSave,
  ChangeQuery,
  CsrfBody,
  type FormRouteDeps,
  formPage,
  formPaths,
  ItemParams,
  PageBody,
  PageParams,
  PageQuery,
} from "./form-support";
import { requireDraft } from "./require-draft";
import { uploadProblemText } from "./upload-routes";

/**
 * The question pages (`/antrag/<service>/…`; the start page is `start-routes.tsx`): question pages, groups' list and item
 * pages. A post redirects (PRG); a failed one shows the page with the errors again.
 */
export async function formPageRoutes(instance: FastifyInstance, deps: FormRouteDeps) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const renderQuestionPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    page: QuestionPage | GroupPage,
    view: {
      item?: number;
      values: Body;
      errors: readonly FieldError[];
      files: Record<string, readonly FileRef[]>;
      change: boolean;
    },
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const form = draft.form;
    const paths = formPaths(form.definition.serviceKey);
    const shown = visiblePages(form.definition, draft.answers);
    const position = shown.findIndex((p) => p.id === page.id) + 1;
    const single = page.questions.length === 1 ? page.questions[0] : undefined;
    const inGroup = page.kind === "group";
    const itemName = inGroup ? `${page.itemName[ctx.locale]} ${(view.item ?? 0) + 1}` : undefined;
    const title = itemName ?? page.title?.[ctx.locale] ?? single?.label[ctx.locale] ?? "";
    const previous = previousPage(form.definition, draft.answers, page.id);
    const back = inGroup
      ? paths.page(page.id)
      : view.change
        ? paths.check
        : previous
          ? paths.page(previous)
          : paths.start;
    const suffix = view.change ? "?aendern=1" : "";
    const action = inGroup ? paths.item(page.id, (view.item ?? 0) + 1) : paths.page(page.id);
    return sendPage(
      reply,
      <QuestionPageView
        page={formPage(ctx, form)}
        model={{
          title,
          hint: page.hint?.[ctx.locale],
          questions: page.questions,
          values: view.values,
          errors: view.errors,
          files: view.files,
          labelIsHeading: !inGroup && page.title === undefined && single !== undefined,
          stepLabel: formPage(ctx, form).t.page.stepOf(position, shown.length),
          back: ctx.href(back),
          action: ctx.href(action + suffix),
          uploadAction: (questionId) => ctx.href(paths.upload(page.id, questionId)),
          removeAction: (_q, file) => ctx.href(paths.removeFile(page.id, file.id)),
          saveHref: ctx.href(paths.save),
          discardHref: ctx.href(paths.discard),
          csrfToken: reply.generateCsrf(),
        }}
      />,
      status,
    );
  };

  const renderGroupList = (
    request: FastifyRequest,
    reply: FastifyReply,
    draft: Draft,
    group: GroupPage,
    errors: readonly FieldError[],
    status = 200,
  ) => {
    const ctx = pageContext(request);
    const form = draft.form;
    const paths = formPaths(form.definition.serviceKey);
    const summary = groupSummary(form.definition, draft.answers, group.id, ctx.locale);
    const previous = previousPage(form.definition, draft.answers, group.id);
    return sendPage(
      reply,
      <GroupListPage
        page={formPage(ctx, form)}
        title={group.title[ctx.locale]}
        hint={group.hint?.[ctx.locale]}
        itemName={group.itemName[ctx.locale]}
        items={summary.items.map((i) => ({
          label: i.label,
          changeHref: ctx.href(paths.item(group.id, i.index + 1)),
          removeAction: ctx.href(paths.removeItem(group.id, i.index + 1)),
        }))}
        addHref={summary.canAdd ? ctx.href(paths.item(group.id, summary.items.length + 1)) : undefined}
        continueAction={ctx.href(paths.page(group.id))}
        errors={errors}
        notice={undefined}
        back={ctx.href(previous ? paths.page(previous) : paths.start)}
        saveHref={ctx.href(paths.save)}
        discardHref={ctx.href(paths.discard)}
        csrfToken={reply.generateCsrf()}
      />,
      status,
    );
  };

  /** The page if it is shown for the draft's answers; otherwise a redirect to where the resident is. */
  const visiblePage = (
    reply: FastifyReply,
    ctx: { href(p: string): string },
    draft: Draft,
    pageId: string,
  ) => {
    const page = findPage(draft.form.definition, pageId);
    if (!page) throw new AppError("not-found");
    if (isPageVisible(draft.form.definition, draft.answers, pageId)) return page;
    const paths = formPaths(draft.form.definition.serviceKey);
    const open = firstUnansweredPage(draft.form.definition, draft.answers);
    reply.redirect(ctx.href(open ? paths.page(open) : paths.check), 303);
    return undefined;
  };

  app.get(
    "/antrag/:service/seite/:page",
    { schema: { params: PageParams, querystring: PageQuery } },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft } = found;
      const ctx = pageContext(request);
      const page = visiblePage(reply, ctx, draft, request.params.page);
      if (!page) return reply;
      if (page.kind === "group") {
        const items = itemsOf(draft.form.definition, draft.answers, page.id);
        if (items.length === 0 && page.minItems > 0)
          return reply.redirect(ctx.href(formPaths(draft.form.definition.serviceKey).item(page.id, 1)), 303);
        return renderGroupList(request, reply, draft, page, []);
      }
      const files = await deps.filesOf(draft, page);
      const { fehler, frage } = request.query;
      const refused = page.questions.find((q) => q.id === frage);
      const errors: FieldError[] =
        fehler && refused?.kind === "file"
          ? [
              {
                question: refused.id,
                field: refused.id,
                code: fehler,
                message: uploadProblemText(FORM_MESSAGES[ctx.locale], refused, ctx.locale, fehler),
              },
            ]
          : [];
      return renderQuestionPage(request, reply, draft, page, {
        values: pageFields(draft.form.definition, draft.answers, page.id),
        errors,
        files,
        change: request.query.aendern === "1",
      });
    },
  );

  app.post(
    "/antrag/:service/seite/:page",
    {
      schema: { params: PageParams, querystring: ChangeQuery, body: PageBody },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft, today } = found;
      const ctx = pageContext(request);
      const page = visiblePage(reply, ctx, draft, request.params.page);
      if (!page) return reply;
      const change = request.query.aendern === "1";
      const { _csrf, ...body } = request.body;
      if (page.kind === "group") {
        const outcome = finishGroup(draft.form.definition, draft.answers, page.id, ctx.locale);
        if (outcome.kind === "invalid")
          return renderGroupList(request, reply, draft, page, outcome.errors, 400);
        return saved(reply, ctx, draft, outcome, page.id, change);
      }
      const files = await deps.filesOf(draft, page);
      const outcome = answerPage(draft.form.definition, draft.answers, page.id, body, {
        locale: ctx.locale,
        today,
        files,
      });
      if (outcome.kind === "invalid")
        return renderQuestionPage(
          request,
          reply,
          draft,
          page,
          { values: body, errors: outcome.errors, files, change },
          400,
        );
      return saved(reply, ctx, draft, outcome, page.id, change);
    },
  );

  const saved = async (
    reply: FastifyReply,
    ctx: { href(p: string): string },
    draft: Draft,
    outcome: PageOutcome,
    pageId: string,
    change: boolean,
  ) => {
    if (outcome.kind !== "saved") throw new AppError("not-found");
    const next = await deps.drafts.save(
      draft,
      { answers: outcome.answers, contact: draft.contact },
      app.clock.now(),
    );
    return reply.redirect(ctx.href(afterSave(draft.form, next.answers, pageId, change)), 303);
  };

  app.get(
    "/antrag/:service/seite/:page/eintrag/:item",
    { schema: { params: ItemParams, querystring: ChangeQuery } },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft } = found;
      const ctx = pageContext(request);
      const page = visiblePage(reply, ctx, draft, request.params.page);
      if (!page) return reply;
      if (page.kind !== "group") throw new AppError("not-found");
      const index = request.params.item - 1;
      const items = itemsOf(draft.form.definition, draft.answers, page.id);
      if (index > items.length || index >= page.maxItems) throw new AppError("not-found");
      return renderQuestionPage(request, reply, draft, page, {
        item: index,
        values: pageFields(draft.form.definition, draft.answers, page.id, index),
        errors: [],
        files: {},
        change: request.query.aendern === "1",
      });
    },
  );

  app.post(
    "/antrag/:service/seite/:page/eintrag/:item",
    {
      schema: { params: ItemParams, querystring: ChangeQuery, body: PageBody },
      preHandler: app.csrfProtection,
    },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft, today } = found;
      const ctx = pageContext(request);
      const page = visiblePage(reply, ctx, draft, request.params.page);
      if (!page) return reply;
      if (page.kind !== "group") throw new AppError("not-found");
      const index = request.params.item - 1;
      const { _csrf, ...body } = request.body;
      const outcome = answerGroupItem(draft.form.definition, draft.answers, page.id, index, body, {
        locale: ctx.locale,
        today,
      });
      if (outcome.kind === "no-such-item") throw new AppError("not-found");
      if (outcome.kind === "invalid")
        return renderQuestionPage(
          request,
          reply,
          draft,
          page,
          {
            item: index,
            values: body,
            errors: outcome.errors,
            files: {},
            change: request.query.aendern === "1",
          },
          400,
        );
      if (outcome.kind !== "saved") throw new AppError("not-found");
      await deps.drafts.save(draft, { answers: outcome.answers, contact: draft.contact }, app.clock.now());
      const paths = formPaths(draft.form.definition.serviceKey);
      return reply.redirect(ctx.href(paths.page(page.id)), 303);
    },
  );

  app.post(
    "/antrag/:service/seite/:page/eintrag/:item/entfernen",
    { schema: { params: ItemParams, body: CsrfBody }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const found = await requireDraft(request, reply, deps, request.params.service);
      if (!found) return reply;
      const { draft } = found;
      const ctx = pageContext(request);
      const page = findPage(draft.form.definition, request.params.page);
      if (page?.kind !== "group") throw new AppError("not-found");
      const outcome = removeGroupItem(draft.form.definition, draft.answers, page.id, request.params.item - 1);
      if (outcome.kind !== "saved") throw new AppError("not-found");
      await deps.drafts.save(draft, { answers: outcome.answers, contact: draft.contact }, app.clock.now());
      const paths = formPaths(draft.form.definition.serviceKey);
      return reply.redirect(ctx.href(paths.page(request.params.page)), 303);
    },
  );
}
