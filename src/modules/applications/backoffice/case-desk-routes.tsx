import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CsrfField } from "../../../domain/text";
import { instantToCivil } from "../../../domain/zoned-time";
import type { Database } from "../../../platform/db/database";
import type { FieldError } from "../../../platform/views/forms";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, backOfficeContext, worksAt } from "../../staff";
import type { Cases } from "../cases";
import type { FileKind } from "../domain";
import type { UploadStore } from "../uploads";
import { type ActionBody, CASE_ACTIONS, type DeskEventType } from "./action-forms";
import { CaseDetailPage } from "./CaseDetailPage";
import { CaseListPage, GENERAL_INBOX } from "./CaseListPage";
import { CaseDesk, STATUS_FILTERS } from "./case-desk";
import { applyAction, assignAction } from "./desk-actions";
import { dayText } from "./desk-format";
import { DESK_MESSAGES } from "./desk-messages";
import { caseDetailView, staffIdsOf } from "./detail-view";

export interface CaseDeskRouteOptions {
  cases: Cases;
  database: Database;
  tenantId: string;
  uploads: Pick<UploadStore, "listForCase" | "read">;
}

const NOTICES = [...Object.values(CASE_ACTIONS), "assigned"] as const;
export type DeskNotice = (typeof NOTICES)[number];

const IdParams = z.object({ id: z.uuid() });
const FileParams = IdParams.extend({ fileId: z.uuid() });
// An unknown filter or notice in a hand-edited link shows the default rather than an error.
const ListQuery = z.object({
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  leistung: z.string().max(100).optional().catch(undefined),
  ort: z.string().max(100).optional().catch(undefined),
  meine: z.literal("1").optional().catch(undefined),
});
const DetailQuery = z.object({ hinweis: z.enum(NOTICES).optional().catch(undefined) });
// Generous limits: the forms' own checks give the precise messages next to the fields.
const field = z.string().max(20_000).optional();
const ActionBodySchema = z.object({
  _csrf: CsrfField,
  revision: z.coerce.number().int().min(1).max(1_000_000),
  assigned: field,
  assignee: field,
  question: field,
  answer: field,
  approveNote: field,
  approvePlaceOfBirth: field,
  approveNationalities: field,
  approveMaritalStatus: field,
  approveMoveInDate: field,
  approvePreviousAddresses: field,
  rejectReason: field,
  rejectNote: field,
  feeAmount: field,
  feeNote: field,
  paymentMethod: field,
  paymentAmount: field,
  paymentDate: field,
  paymentNote: field,
});

const CONTENT_TYPES: Record<FileKind, string> = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** `attachment` with the file's name: plain ASCII for old clients, the exact name per RFC 5987. */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Case processing in the back office (`/verwaltung/vorgaenge`), for one locale prefix: the
 * inbox, a case with its steps, its files. Clerks only (`ACCESS.cases`), and only cases of
 * the places they work at or of no place.
 */
export async function caseDeskRoutes(instance: FastifyInstance, opts: CaseDeskRouteOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const desk = new CaseDesk(opts);
  const config = { access: ACCESS.cases };
  const timeZone = () => app.booking.timeZone();
  const serviceNames = async () => (await app.catalog.catalog()).byKey;

  const renderDetail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    options: { values?: ActionBody; errors?: FieldError[]; notice?: DeskNotice; status?: number } = {},
  ) => {
    const ctx = backOfficeContext(request, reply);
    const t = DESK_MESSAGES[ctx.locale];
    const record = await desk.open(request.actor(), request.placeScope(), id);
    const [names, files, assignees, zone, services, dir, election] = await Promise.all([
      desk.names(staffIdsOf(record)),
      desk.files(record.id),
      desk.assignees(record.placeKey),
      timeZone(),
      serviceNames(),
      app.locations.directory(),
      record.electionId ? app.elections.byId(record.electionId) : undefined,
    ]);
    const view = caseDetailView({
      record,
      t,
      locale: ctx.locale,
      timeZone: zone,
      today: instantToCivil(app.clock.now().toISOString(), zone).date,
      serviceName:
        services.get(record.state.serviceKey)?.name[ctx.locale] ?? record.form.definition.title[ctx.locale],
      ...(election && { electionName: election.name[ctx.locale] }),
      placeName: record.placeKey
        ? (dir.byKey.get(record.placeKey)?.name[ctx.locale] ?? record.placeKey)
        : undefined,
      names,
      files,
      assignees,
      viewerId: ctx.viewer.staffId,
      ...(options.values && { values: options.values }),
      ...(options.errors && { errors: options.errors }),
      ...(options.notice && { notice: t.notices[options.notice] }),
    });
    return sendPage(reply, <CaseDetailPage ctx={ctx} t={t} view={view} />, options.status);
  };

  const detailHref = (request: FastifyRequest, id: string, notice?: DeskNotice) =>
    pageContext(request).href(`/verwaltung/vorgaenge/${id}${notice ? `?hinweis=${notice}` : ""}`);

  app.get("/verwaltung/vorgaenge", { config, schema: { querystring: ListQuery } }, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const scope = request.placeScope();
    const { locale } = ctx;
    const [services, dir, zone] = await Promise.all([serviceNames(), app.locations.directory(), timeZone()]);
    const formKeys = [...new Set(app.forms.list().map((f) => f.definition.serviceKey))];
    const serviceChoices = formKeys
      .map((key) => ({ value: key, label: services.get(key)?.name[locale] ?? key }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
    const places = dir.locations
      .filter((l) => scope !== "all" && worksAt(scope, l.key))
      .map((l) => ({ value: l.key, label: l.name[locale] }));
    const q = request.query;
    const service = serviceChoices.some((s) => s.value === q.leistung) ? q.leistung : undefined;
    const place =
      q.ort === GENERAL_INBOX || (q.ort !== undefined && dir.byKey.has(q.ort) && worksAt(scope, q.ort))
        ? q.ort
        : undefined;
    const status = q.status ?? "open";
    const inbox = await desk.list(scope, {
      status,
      ...(service !== undefined && { serviceKey: service }),
      ...(place !== undefined && { place: place === GENERAL_INBOX ? null : place }),
      ...(q.meine === "1" && { assignedTo: ctx.viewer.staffId }),
    });
    const view = {
      inbox,
      filter: { status, service, place, mine: q.meine === "1" },
      services: serviceChoices,
      places: scope === "all" ? dir.locations.map((l) => ({ value: l.key, label: l.name[locale] })) : places,
      serviceName: (key: string) => services.get(key)?.name[locale] ?? key,
      day: (at: Date) => dayText(locale, at, zone),
    };
    return sendPage(reply, <CaseListPage ctx={ctx} t={DESK_MESSAGES[locale]} view={view} />);
  });

  app.get(
    "/verwaltung/vorgaenge/:id",
    { config, schema: { params: IdParams, querystring: DetailQuery } },
    async (request, reply) =>
      renderDetail(request, reply, request.params.id, {
        ...(request.query.hinweis && { notice: request.query.hinweis }),
      }),
  );

  app.get(
    "/verwaltung/vorgaenge/:id/dateien/:fileId",
    { config, schema: { params: FileParams } },
    async (request, reply) => {
      const { id, fileId } = request.params;
      const file = await desk.file(request.actor(), request.placeScope(), id, fileId);
      return reply
        .header("content-type", CONTENT_TYPES[file.kind])
        .header("content-disposition", attachmentDisposition(file.name))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .send(file.bytes);
    },
  );

  // The forms post to paths of their own; opening one (the language switch on a page answering
  // a post, a reload) leads to the case's page instead of a 404.
  for (const path of ["zuweisen", ...Object.keys(CASE_ACTIONS)]) {
    app.get(
      `/verwaltung/vorgaenge/:id/${path}`,
      { config, schema: { params: IdParams } },
      async (request, reply) => reply.redirect(detailHref(request, request.params.id), 303),
    );
  }

  app.post(
    "/verwaltung/vorgaenge/:id/zuweisen",
    { config, schema: { params: IdParams, body: ActionBodySchema }, preHandler: app.csrfProtection },
    async (request, reply) => {
      const { id } = request.params;
      const { _csrf, revision, ...body } = request.body;
      const t = DESK_MESSAGES[pageContext(request).locale];
      const scope = request.placeScope();
      const outcome = await assignAction(desk, { actor: request.actor(), scope, id, revision, body, t });
      if (outcome.ok) return reply.redirect(detailHref(request, id, "assigned"), 303);
      return renderDetail(request, reply, id, {
        values: body,
        errors: outcome.errors,
        status: outcome.status,
      });
    },
  );

  for (const [path, type] of Object.entries(CASE_ACTIONS) as [string, DeskEventType][]) {
    app.post(
      `/verwaltung/vorgaenge/:id/${path}`,
      { config, schema: { params: IdParams, body: ActionBodySchema }, preHandler: app.csrfProtection },
      async (request, reply) => {
        const { id } = request.params;
        const { _csrf, revision, ...body } = request.body;
        const t = DESK_MESSAGES[pageContext(request).locale];
        const now = app.clock.now();
        const today = instantToCivil(now.toISOString(), await timeZone()).date;
        const outcome = await applyAction(desk, {
          actor: request.actor(),
          scope: request.placeScope(),
          id,
          revision,
          type,
          body,
          t,
          locale: pageContext(request).locale,
          today,
          now,
        });
        if (outcome.ok) return reply.redirect(detailHref(request, id, type), 303);
        return renderDetail(request, reply, id, {
          values: body,
          errors: outcome.errors,
          status: outcome.status,
        });
      },
    );
  }
}
