import type { ComponentChildren } from "preact";

/** A column of a `Table`: its header, and what each row shows in it. */
export interface Column<Row> {
  /** unique within the table (the header text, when it is plain and unique) */
  key: string;
  header: ComponentChildren;
  cell: (row: Row) => ComponentChildren;
  /** the cell names its row: a `<th scope="row">`, read out with each cell of the row */
  rowHeader?: boolean;
  /** figures: aligned right, in tabular digits */
  numeric?: boolean;
  /**
   * In some rows the cell spans this column and the next ones (a note such as "no schedule"
   * across the rest of the row); the cells of the columns it covers are left out.
   */
  span?: (row: Row) => number | undefined;
}

export interface TableProps<Row> {
  /** what the table lists; every table has one, for screen readers' table lists */
  caption: ComponentChildren;
  /** the caption is read out but not shown, where a heading right above says the same */
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** `data-*` attributes of a row's `<tr>` (without the prefix), for scripts and tests */
  rowData?: (row: Row) => Record<string, string | number>;
  id?: string;
  /**
   * A link to the table's `id` (an error summary's) moves the focus to the table:
   * `tabindex="-1"`, focusable by script and fragment, not in the tab order.
   */
  focusTarget?: boolean;
  /** a smaller type for dense figures */
  small?: boolean;
  /** alternate row shading; on by default */
  striped?: boolean;
  /**
   * A table wider than a phone scrolls sideways in a region that takes the keyboard focus
   * (WCAG 2.1.1); the region is named by the caption.
   */
  scrollRegion?: boolean;
  /** an extra class of the `<table>` */
  class?: string;
  /** rows of a `<tfoot>` (totals), written by the caller with the same cell classes */
  footer?: ComponentChildren;
}

/**
 * The platform's one data table, in KERN markup: a caption, column headers with `scope`, an
 * optional row header column, numeric columns aligned right, and a wrapper that scrolls
 * sideways on narrow screens instead of breaking the page.
 */
export function Table<Row>(props: TableProps<Row>) {
  const { caption, columns, rows, rowKey, rowData, id, small, striped = true, scrollRegion } = props;
  const captionId = id ? `${id}-caption` : undefined;
  const classes = ["kern-table", small && "kern-table--small", striped && "kern-table--striped", props.class];
  const table = (
    <table class={classes.filter(Boolean).join(" ")} id={id} tabIndex={props.focusTarget ? -1 : undefined}>
      <caption
        id={captionId}
        class={props.captionHidden ? "kern-sr-only" : "kern-title kern-title--small sb-table__caption"}
      >
        {caption}
      </caption>
      <thead class="kern-table__head">
        <tr class="kern-table__row">
          {columns.map((c) => (
            <th
              key={c.key}
              class={c.numeric ? "kern-table__header kern-table__header--numeric" : "kern-table__header"}
              scope="col"
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="kern-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} class="kern-table__row" {...dataAttributes(rowData?.(row))}>
            {cells(columns, row)}
          </tr>
        ))}
      </tbody>
      {props.footer && <tfoot class="kern-table__footer">{props.footer}</tfoot>}
    </table>
  );
  if (scrollRegion) {
    if (!captionId)
      throw new Error("a table that scrolls in its own region needs an id (it names the region)");
    return (
      <section
        class="kern-table-responsive sb-table sb-table--scroll"
        aria-labelledby={captionId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so it can be scrolled with the keyboard (WCAG 2.1.1)
        tabIndex={0}
      >
        {table}
      </section>
    );
  }
  return <div class="kern-table-responsive sb-table">{table}</div>;
}

/** A row's cells, one per column, except for the columns a spanning cell covers. */
function cells<Row>(columns: readonly Column<Row>[], row: Row) {
  const written = [];
  for (let i = 0; i < columns.length; ) {
    const c = columns[i] as Column<Row>;
    const span = Math.max(1, Math.min(c.span?.(row) ?? 1, columns.length - i));
    const cellClass = c.numeric ? "kern-table__cell kern-table__cell--numeric" : "kern-table__cell";
    const colSpan = span > 1 ? span : undefined;
    written.push(
      c.rowHeader ? (
        <th key={c.key} class={cellClass} scope="row" colSpan={colSpan}>
          {c.cell(row)}
        </th>
      ) : (
        <td key={c.key} class={cellClass} colSpan={colSpan}>
          {c.cell(row)}
        </td>
      ),
    );
    i += span;
  }
  return written;
}

function dataAttributes(data: Record<string, string | number> | undefined): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(data ?? {})) attributes[`data-${name}`] = String(value);
  return attributes;
}
