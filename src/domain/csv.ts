/**
 * CSV as spreadsheet programs in Germany open it: UTF-8 with a byte order mark (so umlauts
 * survive), `;` between fields (the comma is the decimal separator), every field in double
 * quotes, lines ended by CRLF (RFC 4180).
 */

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

/**
 * One field, quoted. Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or carriage return) gets a leading apostrophe, so an exported name can never
 * execute anything (OWASP "CSV injection"). Numbers are passed as already formatted text and
 * marked `numeric` so a negative number keeps its sign.
 */
export function csvField(value: string, options: { numeric?: boolean } = {}): string {
  const safe = !options.numeric && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

export interface CsvCell {
  value: string;
  numeric?: boolean;
}

/**
 * The whole file: byte order mark, the header line, one line per row. A cell is text, or a
 * `CsvCell` to mark an already formatted number.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly (string | CsvCell)[]>): string {
  const line = (cells: readonly (string | CsvCell)[]) =>
    cells
      .map((c) => (typeof c === "string" ? csvField(c) : csvField(c.value, { numeric: c.numeric })))
      .join(CSV_SEPARATOR);
  const lines = [line(header)];
  for (const row of rows) lines.push(line(row));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
