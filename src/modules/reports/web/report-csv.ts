import { type CsvCell, toCsv } from "../../../domain/csv";
import type { Locale } from "../../../domain/locale";
import type { ReportsMessages } from "../messages/de";
import { FIGURE_COLUMNS, formatDecimal, type ReportView } from "./report-view";

/**
 * The per-day table as a CSV file: one line per day and place, the day as ISO date, the place
 * by key and name, then the figures; decimals with a comma in German and a point in English,
 * no thousands separators; an empty field where nothing was measured.
 */
export function reportCsv(view: ReportView, locale: Locale, t: ReportsMessages): string {
  const header = [
    t.columns.date,
    t.columns.locationKey,
    t.columns.location,
    ...FIGURE_COLUMNS.map((c) => t.columns[c.key]),
  ];
  const rows = view.rows.map((row): CsvCell[] => [
    { value: row.date },
    { value: row.location },
    { value: row.locationName },
    ...FIGURE_COLUMNS.map((c): CsvCell => {
      const n = c.value(row.figures);
      if (n === null) return { value: "" };
      return { value: c.kind === "count" ? String(n) : formatDecimal(locale, n, false), numeric: true };
    }),
  ]);
  return toCsv(header, rows);
}
