import type { Locale } from "../../../domain/locale";
import type { CatalogService } from "../../catalog";
import type { LocationService } from "../../locations";
import { booked, type ChannelSplit, type Figures, type Report } from "../domain/report";
import type { ReportQuery } from "../domain/report-query";
import type { ReportsMessages } from "../messages/de";

type Catalog = Awaited<ReturnType<CatalogService["catalog"]>>;
type Directory = Awaited<ReturnType<LocationService["directory"]>>;

/** The figure columns of the per-day table and of the CSV file, in order; both use this one list. */
export const FIGURE_COLUMNS = [
  { key: "booked", kind: "count", value: booked },
  { key: "bookedOnline", kind: "count", value: (f: Figures) => f.bookedOnline },
  { key: "bookedStaff", kind: "count", value: (f: Figures) => f.bookedStaff },
  { key: "cancelled", kind: "count", value: (f: Figures) => f.cancelled },
  { key: "walkIns", kind: "count", value: (f: Figures) => f.walkIns },
  { key: "noShows", kind: "count", value: (f: Figures) => f.noShows },
  { key: "served", kind: "count", value: (f: Figures) => f.served },
  { key: "waitMedian", kind: "minutes", value: (f: Figures) => f.waitMedian },
  { key: "waitP90", kind: "minutes", value: (f: Figures) => f.waitP90 },
  { key: "serviceMedian", kind: "minutes", value: (f: Figures) => f.serviceMedian },
  { key: "serviceMean", kind: "minutes", value: (f: Figures) => f.serviceMean },
] as const satisfies readonly {
  key: keyof ReportsMessages["columns"];
  kind: "count" | "minutes";
  value: (f: Figures) => number | null;
}[];

export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

const LOCALE_TAG: Record<Locale, string> = { de: "de-DE", en: "en-GB" };

const integerFormat = new Map<string, Intl.NumberFormat>();
const decimalFormat = new Map<string, Intl.NumberFormat>();

/** A count as pages show it ("1.234" in German). */
export function formatCount(locale: Locale, n: number): string {
  let f = integerFormat.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 0 });
    integerFormat.set(locale, f);
  }
  return f.format(n);
}

/**
 * A number with one decimal ("12,5" in German, "12.5" in English); `grouping: false` for the
 * CSV file, where a thousands separator would make a spreadsheet read text.
 */
export function formatDecimal(locale: Locale, n: number, grouping = true): string {
  const key = `${locale}|${grouping}`;
  let f = decimalFormat.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAG[locale], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: grouping,
    });
    decimalFormat.set(key, f);
  }
  return f.format(n);
}

/** "Mo., 23.11.2026" for a civil date. */
export function formatDay(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "23.11.2026" for a civil date. */
export function formatShortDate(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAG[locale], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

export interface ReportRowView {
  date: string;
  dateLabel: string;
  location: string;
  locationName: string;
  figures: Figures;
}

export interface ReportView {
  query: ReportQuery;
  /** "23.11.2026 bis 29.11.2026" */
  rangeLabel: string;
  /** the chosen place's name, or "all places" */
  placeLabel: string;
  rows: ReportRowView[];
  totals: Figures;
  channels: { key: keyof ChannelSplit; label: string; count: number; share: number | null }[];
  channelTotal: number;
  services: { key: string; name: string; count: number }[];
}

/** The report as the page and the CSV file show it: names instead of keys, in the page's language. */
export function reportView(input: {
  report: Report;
  query: ReportQuery;
  locale: Locale;
  t: ReportsMessages;
  catalog: Catalog;
  directory: Directory;
}): ReportView {
  const { report, query, locale, t, catalog, directory } = input;
  const placeName = (key: string) => directory.byKey.get(key)?.name[locale] ?? key;
  const channelKeys: (keyof ChannelSplit)[] = ["online", "staff", "walkIn", "mobile"];
  const channelTotal = channelKeys.reduce((sum, k) => sum + report.channels[k], 0);
  return {
    query,
    rangeLabel: t.range(formatShortDate(locale, query.from), formatShortDate(locale, query.to)),
    placeLabel: query.location ? placeName(query.location) : t.filter.allLocations,
    rows: report.rows.map(({ date, location, ...figures }) => ({
      date,
      dateLabel: formatDay(locale, date),
      location,
      locationName: placeName(location),
      figures,
    })),
    totals: report.totals,
    channels: channelKeys.map((key) => ({
      key,
      label: t.channels[key],
      count: report.channels[key],
      share: channelTotal > 0 ? (report.channels[key] / channelTotal) * 100 : null,
    })),
    channelTotal,
    services: report.servicesDone.map((s) => ({
      key: s.service,
      name: catalog.byKey.get(s.service)?.name[locale] ?? s.service,
      count: s.count,
    })),
  };
}

/** The query as URL parameters (`von`, `bis`, `ort`), for the CSV link. */
export function queryString(query: ReportQuery): string {
  const params = new URLSearchParams({ von: query.from, bis: query.to });
  if (query.location) params.set("ort", query.location);
  return params.toString();
}
