import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { localeOfUrl } from "../../../platform/i18n/i18n";
import type { FieldError } from "../../../platform/views/forms";
import { sendPage } from "../../../platform/views/render";
import { ACCESS, type BackOfficeContext, backOfficeContext } from "../../staff";
import { MAX_RANGE_DAYS, type ReportQuery, type ReportQueryProblem } from "../domain/report-query";
import { type ReportsMessages, reportsDe } from "../messages/de";
import { reportsEn } from "../messages/en";
import type { ReportService } from "../service";
import { reportCsv } from "./report-csv";
import { type ReportView, reportView } from "./report-view";
import { StatisticsPage } from "./StatisticsPage";

export const REPORTS_MESSAGES: Record<Locale, ReportsMessages> = { de: reportsDe, en: reportsEn };

/** The form's fields; lenient here, so that a wrong date gets a precise message on the page. */
const StatisticsQuery = z.object({
  von: z.string().max(40).optional(),
  bis: z.string().max(40).optional(),
  ort: z.string().max(100).optional(),
});
type StatisticsQuery = z.infer<typeof StatisticsQuery>;
type FormValues = { von: string; bis: string; ort: string };

function problemMessage(t: ReportsMessages, p: ReportQueryProblem): FieldError {
  const messages: Record<string, string | ((max: number) => string)> = t.problems[p.field];
  const message = messages[p.problem];
  if (message === undefined) throw new Error(`no message for ${p.field}/${p.problem}`);
  return { field: p.field, message: typeof message === "function" ? message(MAX_RANGE_DAYS) : message };
}

/** The statistics page and its CSV export; management and administrators only. */
export async function reportRoutes(instance: FastifyInstance, { reports }: { reports: ReportService }) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const route = { config: { access: ACCESS.reports }, schema: { querystring: StatisticsQuery } };

  /** The page: the form with `values` and `errors`, and the report when there is one. */
  async function renderPage(
    ctx: BackOfficeContext,
    reply: FastifyReply,
    page: { values: FormValues; errors: FieldError[]; view?: ReportView; status: number },
  ) {
    const directory = await app.locations.directory();
    const locations = directory.locations.map((l) => ({ value: l.key, label: l.name[ctx.locale] }));
    return sendPage(
      reply,
      <StatisticsPage
        ctx={ctx}
        t={REPORTS_MESSAGES[ctx.locale]}
        values={page.values}
        errors={page.errors}
        locations={locations}
        view={page.view}
      />,
      page.status,
    );
  }

  /** The page with the query's problems, status 400. */
  function renderProblems(
    ctx: BackOfficeContext,
    reply: FastifyReply,
    raw: StatisticsQuery,
    problems: ReportQueryProblem[],
  ) {
    const t = REPORTS_MESSAGES[ctx.locale];
    return renderPage(ctx, reply, {
      values: { von: raw.von ?? "", bis: raw.bis ?? "", ort: raw.ort ?? "" },
      errors: problems.map((p) => problemMessage(t, p)),
      status: 400,
    });
  }

  async function viewOf(query: ReportQuery, locale: Locale, now: Date): Promise<ReportView> {
    const [report, catalog, directory] = await Promise.all([
      reports.report(query, now),
      app.catalog.catalog(),
      app.locations.directory(),
    ]);
    return reportView({ report, query, locale, t: REPORTS_MESSAGES[locale], catalog, directory });
  }

  app.get("/verwaltung/statistik", route, async (request, reply) => {
    const ctx = backOfficeContext(request, reply);
    const now = app.clock.now();
    const result = await reports.readQuery(request.query, now);
    if (!result.ok) return renderProblems(ctx, reply, request.query, result.problems);
    const { query } = result;
    return renderPage(ctx, reply, {
      values: { von: query.from, bis: query.to, ort: query.location ?? "" },
      errors: [],
      view: await viewOf(query, ctx.locale, now),
      status: 200,
    });
  });

  app.get("/verwaltung/statistik.csv", route, async (request, reply) => {
    const now = app.clock.now();
    const result = await reports.readQuery(request.query, now);
    if (!result.ok)
      return renderProblems(backOfficeContext(request, reply), reply, request.query, result.problems);
    const { query } = result;
    const { locale } = localeOfUrl(request.url);
    const t = REPORTS_MESSAGES[locale];
    const csv = reportCsv(await viewOf(query, locale, now), locale, t);
    return reply
      .type("text/csv; charset=utf-8")
      .header(
        "content-disposition",
        `attachment; filename="${t.csv.filename(query.from, query.to, query.location)}"`,
      )
      .send(csv);
  });
}
