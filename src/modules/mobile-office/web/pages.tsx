import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { notModified } from "../../../platform/http/http-cache";
import { calendarFeed } from "../../../platform/mail/ics";
import { pageContext } from "../../../platform/views/page-context";
import { sendPage } from "../../../platform/views/render";
import { type District, formatPlace } from "../../locations";
import { MOBILE_OFFICE_MESSAGES } from "../messages";
import {
  FEED_WEEKS,
  formatMonth,
  inMonthRange,
  LIST_WEEKS,
  lastDayOfWeeks,
  monthRange,
  monthWeeks,
  parseMonth,
  sortStops,
  stopLabel,
  visitsByDate,
  visitUids,
} from "../schedule";
import type { MobileOfficeSchedule } from "../service";
import { MobileOfficePage, type MobileOfficeView } from "./MobileOfficePage";

const PageQuery = z.object({
  stadtteil: z.string().max(100).optional(),
  monat: z.string().max(100).optional(),
});
const FeedParams = z.object({ stop: z.string().max(100) });

/** How long caches and calendar apps may keep a feed before asking again. */
const FEED_MAX_AGE = 3600;

export interface MobileOfficePagesOptions {
  schedule: MobileOfficeSchedule;
  /** the site's public address, for links inside calendar events */
  publicUrl: string;
}

/** The mobile Stadtbüro's page and its stops' calendar feeds; registered once per language prefix. */
export async function mobileOfficePages(instance: FastifyInstance, opts: MobileOfficePagesOptions) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const { schedule } = opts;
  const publicUrl = opts.publicUrl.replace(/\/+$/, "");

  app.get("/mobiles-stadtbuero", { schema: { querystring: PageQuery } }, async (request, reply) => {
    const ctx = pageContext(request);
    const { locale } = ctx;
    const t = MOBILE_OFFICE_MESSAGES[locale];
    const { stadtteil = "", monat = "" } = request.query;
    const [{ stops: allStops, districtsWithStop, districtByKey }, today, profile] = await Promise.all([
      schedule.stops(),
      schedule.today(),
      app.tenant.profile(),
    ]);

    let selected: District | undefined;
    let districtError: string | undefined;
    let districtNotice: string | undefined;
    if (stadtteil !== "") {
      selected = districtsWithStop.find((d) => d.key === stadtteil);
      if (!selected) {
        const known = districtByKey.get(stadtteil);
        if (known) districtNotice = t.filter.withoutStop(known.name);
        else districtError = t.filter.unknown;
      }
    }

    let month: Temporal.PlainYearMonth | undefined;
    let monthError: string | undefined;
    if (monat !== "") {
      const parsed = parseMonth(monat);
      if (!parsed) monthError = t.month.invalid;
      else if (!inMonthRange(parsed, today)) {
        const { first, last } = monthRange(today);
        monthError = t.month.outOfRange(formatMonth(locale, first), formatMonth(locale, last));
      } else month = parsed;
    }

    const stops = sortStops(
      selected ? allStops.filter((s) => s.district?.key === selected.key) : allStops,
      locale,
    );
    const link = (q: { monat?: string; stadtteil?: string }) => {
      const params = new URLSearchParams();
      if (q.stadtteil) params.set("stadtteil", q.stadtteil);
      if (q.monat) params.set("monat", q.monat);
      const query = params.toString();
      return ctx.href(`/mobiles-stadtbuero${query ? `?${query}` : ""}`);
    };
    const monthLink = (m: Temporal.PlainYearMonth) => ({
      href: link({ stadtteil: selected?.key, monat: m.toString() }),
      month: formatMonth(locale, m),
    });

    let scheduleView: MobileOfficeView["schedule"];
    if (month) {
      const from = month.toPlainDate({ day: 1 }).toString();
      const to = month.toPlainDate({ day: month.daysInMonth }).toString();
      const visits = await schedule.visits(stops, from, to);
      const byDate = visitsByDate(visits);
      const previous = month.subtract({ months: 1 });
      const next = month.add({ months: 1 });
      scheduleView = {
        kind: "month",
        monthName: formatMonth(locale, month),
        weeks: monthWeeks(month).map((week) =>
          week.map((date) => (date ? { date, visits: byDate.get(date) ?? [] } : null)),
        ),
        visitCount: visits.length,
        previous: inMonthRange(previous, today) ? monthLink(previous) : undefined,
        next: inMonthRange(next, today) ? monthLink(next) : undefined,
        listHref: link({ stadtteil: selected?.key }),
        stops,
      };
    } else {
      const to = lastDayOfWeeks(today, LIST_WEEKS);
      const now = schedule.now().toISOString();
      // a visit that is over today is no longer "next"
      const visits = (await schedule.visits(stops, today, to)).filter((v) => v.session.end > now);
      scheduleView = {
        kind: "list",
        weeks: LIST_WEEKS,
        from: today,
        to,
        groups: stops.map((stop) => ({ stop, visits: visits.filter((v) => v.stop === stop) })),
        monthLink: monthLink(Temporal.PlainDate.from(today).toPlainYearMonth()),
      };
    }

    const view: MobileOfficeView = {
      demo: profile.demo,
      districts: [...districtsWithStop]
        .sort((a, b) => a.name.localeCompare(b.name, locale))
        .map((d) => ({ key: d.key, name: d.name })),
      selected: selected ? { key: selected.key, name: selected.name } : undefined,
      month: month?.toString(),
      districtError,
      districtNotice,
      monthError,
      showAllHref: link({ monat: month?.toString() }),
      schedule: scheduleView,
    };
    const status = districtError || monthError ? 400 : 200;
    return sendPage(reply, <MobileOfficePage ctx={ctx} t={t} view={view} />, status);
  });

  app.get("/mobiles-stadtbuero/:stop.ics", { schema: { params: FeedParams } }, async (request, reply) => {
    const ctx = pageContext(request);
    const { locale } = ctx;
    const t = MOBILE_OFFICE_MESSAGES[locale];
    const key = request.params.stop;
    const [{ stops, revision }, today, timeZone, profile] = await Promise.all([
      schedule.stops(),
      schedule.today(),
      schedule.timeZone(),
      app.tenant.profile(),
    ]);
    const stop = stops.find((s) => s.location.key === key);
    if (!stop) throw new AppError("location-not-found", { key });

    // The feed is a function of the tenant's data (places and plans share one revision),
    // of today's date (where the 26 weeks begin) and of the URL (stop and language).
    if (notModified(request, reply, `mobile-office|${revision}|${today}|${profile.demo}`, FEED_MAX_AGE)) {
      return reply;
    }

    const to = lastDayOfWeeks(today, FEED_WEEKS);
    const visits = await schedule.visits([stop], today, to);
    const uids = visitUids(visits, app.tenant.id);
    const label = stopLabel(stop, locale);
    const pageUrl = `${publicUrl}${ctx.href("/mobiles-stadtbuero")}`;
    // the stop's name and address, as in the booking's own calendar entry
    const place = formatPlace(stop.location, locale);
    const description = [t.feed.eventDescription(pageUrl), profile.demo ? t.feed.demo : ""]
      .filter(Boolean)
      .join("\n\n");
    const body = calendarFeed(
      t.feed.name(label),
      visits.map((v, i) => ({
        uid: uids[i] as string,
        start: v.session.start,
        end: v.session.end,
        summary: t.feed.summary(label),
        description,
        location: place,
        timeZone,
        url: `${publicUrl}${ctx.href(`/orte/${stop.location.key}`)}`,
      })),
      { timeZone, description: t.feed.description(label) },
    );
    return reply.type("text/calendar; charset=utf-8").send(body);
  });
}
