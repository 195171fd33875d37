import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { AppError } from "../../../platform/errors";
import { formatDate } from "../../../platform/i18n/i18n";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { type Election, firstUnansweredPage, type RegisteredForm, visiblePages } from "../domain";
import { type StartElection, StartPage } from "./FormPages";
import { feeText } from "./fee-text";
import {
  draftOf,
  type FormRouteDeps,
  formPage,
  formPaths,
  ServiceParams,
  setDraftCookie,
} from "./form-support";
import { dateTimeText } from "./format";

const StartBody = z.object({ _csrf: CsrfField, wahl: z.string().max(100).optional() });

/**
 * The start page of a form (`/antrag/<service>`) and the post that opens a draft. A form for an
 * election names the open election and its deadline, or lets the resident choose among several
 * open ones; the draft records the election.
 */
export async function formStartRoutes(instance: FastifyInstance, deps: FormRouteDeps) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  /** The form's newest version, if it is offered now. @throws AppError not-found */
  const formOf = async (serviceKey: string) => {
    const form = app.forms.findLatest(serviceKey);
    if (!form || !(await app.applications.offered()).has(serviceKey)) throw new AppError("not-found");
    return form;
  };
  /** The open elections, when the form is for one. */
  const electionsFor = async (form: RegisteredForm): Promise<Election[] | undefined> =>
    deps.elections.forService(form.definition.serviceKey) ? deps.elections.open(app.clock.now()) : undefined;

  const renderStart = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: RegisteredForm,
    choice: { value?: string; error?: string } = {},
  ) => {
    const ctx = pageContext(request);
    const found = await draftOf(request, deps, form.definition.serviceKey);
    const today = found?.today ?? (await deps.today(app.clock.now()));
    const service = await deps.service(form.definition.serviceKey, today);
    if (!service) throw new AppError("not-found");
    const paths = formPaths(form.definition.serviceKey);
    const resumeAt = found
      ? (firstUnansweredPage(form.definition, found.draft.answers) ?? undefined)
      : undefined;
    const open = await electionsFor(form);
    const timeZone = await deps.timeZone();
    const deadline = (e: Election) => dateTimeText(ctx.locale, e.deadline, timeZone);
    const day = (e: Election) => formatDate(ctx.locale, e.electionDay);
    const t = formPage(ctx, form).t.election;
    const [only] = open ?? [];
    const election: StartElection | undefined =
      open === undefined || only === undefined
        ? undefined
        : open.length === 1 && !choice.error
          ? {
              kind: "one",
              key: only.key,
              name: only.name[ctx.locale],
              electionDay: day(only),
              deadline: deadline(only),
            }
          : {
              kind: "choose",
              choices: open.map((e) => ({
                value: e.key,
                label: t.choice(e.name[ctx.locale], day(e), deadline(e)),
              })),
              value: choice.value,
              error: choice.error,
            };
    return sendPage(
      reply,
      <StartPage
        page={formPage(ctx, form)}
        serviceHref={ctx.href(`/leistungen/${form.definition.serviceKey}`)}
        privacyHref={ctx.href("/datenschutz")}
        fee={feeText(service.fee, ctx.locale)}
        inPerson={form.definition.inPerson?.reason}
        retentionDays={deps.retentionDays}
        csrfToken={reply.generateCsrf()}
        startAction={ctx.href(paths.start)}
        continueHref={found ? ctx.href(resumeAt ? paths.page(resumeAt) : paths.check) : undefined}
        election={election}
      />,
      choice.error ? 400 : 200,
    );
  };

  app.get("/antrag/:service", { schema: { params: ServiceParams } }, async (request, reply) =>
    renderStart(request, reply, await formOf(request.params.service)),
  );

  app.post(
    "/antrag/:service",
    {
      schema: { params: ServiceParams, body: StartBody },
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
    },
    async (request, reply) => {
      const ctx = pageContext(request);
      const form = await formOf(request.params.service);
      const open = await electionsFor(form);
      let electionId: string | null = null;
      if (open) {
        const chosen = open.find((e) => e.key === request.body.wahl);
        if (!chosen) {
          const error = formPage(ctx, form).t.election.chooseError;
          return renderStart(request, reply, form, { error });
        }
        electionId = chosen.id;
      }
      const old = await draftOf(request, deps, form.definition.serviceKey);
      if (old) await deps.drafts.discard(old.draft);
      const { token } = await deps.drafts.start(form, ctx.locale, app.clock.now(), electionId);
      setDraftCookie(reply, deps, form.definition.serviceKey, token);
      const first = visiblePages(form.definition, {})[0];
      return reply.redirect(ctx.href(formPaths(form.definition.serviceKey).page(first?.id ?? "")), 303);
    },
  );
}
