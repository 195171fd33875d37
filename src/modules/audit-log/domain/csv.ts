/**
 * CSV as German spreadsheet programs read it without an import dialogue: UTF-8 with a byte
 * order mark (so Excel shows umlauts), semicolons between fields (Excel in German uses the
 * comma for decimals), every field quoted, lines ended by CRLF (RFC 4180).
 */

const BOM = "\uFEFF";

/**
 * Cells that a spreadsheet would take for a formula (OWASP "CSV injection") start with one of
 * these; a leading apostrophe makes them plain text and shows what was stored.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula starts neutralised, quotes doubled, always quoted. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A whole file: the header row first, then the rows, with the byte order mark in front. */
export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [header.map(csvField).join(";")];
  for (const row of rows) lines.push(row.map(csvField).join(";"));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
