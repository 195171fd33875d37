import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { type Column, Table } from "./Table";

interface Place {
  key: string;
  name: string;
  counters: number;
}

const COLUMNS: Column<Place>[] = [
  { key: "name", header: "Ort", cell: (p) => p.name, rowHeader: true },
  { key: "counters", header: "Schalter", cell: (p) => p.counters, numeric: true },
];
const ROWS: Place[] = [
  { key: "stadtbuero", name: "Stadtbüro", counters: 5 },
  { key: "cappel", name: "Cappel", counters: 1 },
];

describe("Table", () => {
  it("writes a caption, column headers with scope, a row header and numeric cells", () => {
    const html = renderToString(
      <Table
        caption="Orte"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(p) => p.key}
        rowData={(p) => ({ place: p.key })}
      />,
    );
    expect(html).toContain('<caption class="kern-title kern-title--small sb-table__caption">Orte</caption>');
    expect(html).toContain('<th class="kern-table__header" scope="col">Ort</th>');
    expect(html).toContain(
      '<th class="kern-table__header kern-table__header--numeric" scope="col">Schalter</th>',
    );
    expect(html).toContain(
      '<tr class="kern-table__row" data-place="cappel"><th class="kern-table__cell" scope="row">Cappel</th><td class="kern-table__cell kern-table__cell--numeric">1</td></tr>',
    );
    expect(html).toMatch(
      /^<div class="kern-table-responsive sb-table"><table class="kern-table kern-table--striped">/,
    );
  });

  it("scrolls in a focusable region named by its caption", () => {
    const html = renderToString(
      <Table
        id="tage"
        caption="Tage"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(p) => p.key}
        scrollRegion
        small
      />,
    );
    expect(html).toMatch(
      /^<section class="[^"]*sb-table--scroll" aria-labelledby="tage-caption" tabindex="0">/,
    );
    expect(html).toContain('<caption id="tage-caption"');
    expect(html).toContain('class="kern-table kern-table--small kern-table--striped"');
  });

  it("hides a caption visually but keeps it for screen readers, and writes totals in a footer", () => {
    const html = renderToString(
      <Table
        caption="Orte"
        captionHidden
        columns={COLUMNS}
        rows={[]}
        rowKey={(p) => p.key}
        footer={
          <tr class="kern-table__row">
            <th scope="row">Summe</th>
          </tr>
        }
      />,
    );
    expect(html).toContain('<caption class="kern-sr-only">Orte</caption>');
    expect(html).toContain(
      '<tfoot class="kern-table__footer"><tr class="kern-table__row"><th scope="row">Summe</th>',
    );
  });

  it("lets a cell span the rest of a row, leaving out the cells it covers", () => {
    interface Stop {
      key: string;
      plan?: string;
    }
    const columns: Column<Stop>[] = [
      { key: "stop", header: "Halt", cell: (s) => s.key, rowHeader: true },
      {
        key: "plan",
        header: "Plan",
        cell: (s) => s.plan ?? "kein Plan",
        span: (s) => (s.plan ? undefined : 9),
      },
      { key: "rhythm", header: "Rhythmus", cell: () => "14-täglich" },
    ];
    const html = renderToString(
      <Table
        caption="Halte"
        columns={columns}
        rows={[{ key: "cappel", plan: "p1" }, { key: "wehrda" }]}
        rowKey={(s) => s.key}
      />,
    );
    expect(html).toContain(
      '<tr class="kern-table__row"><th class="kern-table__cell" scope="row">cappel</th><td class="kern-table__cell">p1</td><td class="kern-table__cell">14-täglich</td></tr>',
    );
    expect(html).toContain(
      '<tr class="kern-table__row"><th class="kern-table__cell" scope="row">wehrda</th><td class="kern-table__cell" colspan="2">kein Plan</td></tr>',
    );
  });

  it("takes the focus from a link to its id when asked", () => {
    const focusable = renderToString(
      <Table id="zaehler" caption="Orte" columns={COLUMNS} rows={ROWS} rowKey={(p) => p.key} focusTarget />,
    );
    expect(focusable).toContain('<table class="kern-table kern-table--striped" id="zaehler" tabindex="-1">');
    const plain = renderToString(
      <Table id="zaehler" caption="Orte" columns={COLUMNS} rows={ROWS} rowKey={(p) => p.key} />,
    );
    expect(plain).not.toContain("tabindex");
  });

  it("refuses a scrolling region without an id to name it", () => {
    expect(() =>
      renderToString(
        <Table caption="Orte" columns={COLUMNS} rows={ROWS} rowKey={(p) => p.key} scrollRegion />,
      ),
    ).toThrow(/needs an id/);
  });
});
