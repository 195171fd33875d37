import { type Column, Table } from "../../../platform/views/Table";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { AdminMessages } from "../messages/de";
import { WithdrawnBadge } from "./parts";

export interface ElectionRow {
  key: string;
  name: string;
  electionDay: string;
  period: string;
  state: "open" | "upcoming" | "closed" | "withdrawn";
}

/** `/verwaltung/wahlen`: the elections a Wahlschein is applied for online, and whether it is possible now. */
export function ElectionsPage(props: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: { rows: ElectionRow[]; notice?: string };
}) {
  const { ctx, t, view } = props;
  const e = t.elections;
  const columns: Column<ElectionRow>[] = [
    {
      key: "name",
      header: e.columns.name,
      cell: (r) => (
        <a class="kern-link" href={ctx.href(`/verwaltung/wahlen/${r.key}`)}>
          {r.name}
        </a>
      ),
      rowHeader: true,
    },
    { key: "day", header: e.columns.electionDay, cell: (r) => r.electionDay },
    { key: "period", header: e.columns.period, cell: (r) => r.period },
    {
      key: "status",
      header: e.columns.status,
      cell: (r) => (r.state === "withdrawn" ? <WithdrawnBadge label={t.common.withdrawn} /> : e[r.state]),
    },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={e.title} notice={view.notice}>
      <h1 class="kern-heading-large">{e.title}</h1>
      <p class="kern-body">{e.intro}</p>
      <p class="kern-body">
        <a class="kern-btn kern-btn--primary" href={ctx.href("/verwaltung/wahlen/neu")}>
          <span class="kern-label">{e.add}</span>
        </a>
      </p>
      {view.rows.length === 0 ? (
        <p class="kern-body">{e.none}</p>
      ) : (
        <Table caption={e.title} captionHidden columns={columns} rows={view.rows} rowKey={(r) => r.key} />
      )}
    </BackOfficeLayout>
  );
}
