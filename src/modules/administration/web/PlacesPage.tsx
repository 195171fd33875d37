import { type Column, Table } from "../../../platform/views/Table";
import type { OpeningPlan } from "../../booking";
import type { LocationEntry } from "../../locations";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { AdminMessages } from "../messages/de";
import { WithdrawnBadge } from "./parts";

export interface PlacesView {
  entries: LocationEntry[];
  plans: OpeningPlan[];
}

/** `/verwaltung/orte`: every place with kind, address, counters and whether it is withdrawn. */
export function PlacesPage({ ctx, t, view }: { ctx: BackOfficeContext; t: AdminMessages; view: PlacesView }) {
  const p = t.places;
  /** how many counters the place's plans name, together */
  const counterCount = (key: string) =>
    new Set(
      view.plans.filter((plan) => plan.location === key).flatMap((plan) => plan.counters.map((c) => c.key)),
    ).size;
  const columns: Column<LocationEntry>[] = [
    {
      key: "name",
      header: p.columns.name,
      cell: ({ location }) => (
        <a class="kern-link" href={ctx.href(`/verwaltung/orte/${location.key}`)}>
          {location.name[ctx.locale]}
        </a>
      ),
      rowHeader: true,
    },
    { key: "kind", header: p.columns.kind, cell: ({ location }) => t.kinds[location.kind] },
    {
      key: "address",
      header: p.columns.address,
      cell: ({ location: { address: a } }) => `${a.street}, ${a.postalCode} ${a.city}`,
    },
    {
      key: "counters",
      header: p.columns.counters,
      cell: ({ location }) => {
        const count = counterCount(location.key);
        return count > 0 ? p.countersSummary(count) : t.common.none;
      },
    },
    {
      key: "status",
      header: p.columns.status,
      cell: ({ withdrawn }) => (withdrawn ? <WithdrawnBadge label={t.common.withdrawn} /> : p.active),
    },
  ];
  return (
    <BackOfficeLayout ctx={ctx} title={p.title} wide>
      <h1 class="kern-heading-large">{p.title}</h1>
      <p class="kern-body">{p.intro}</p>
      <Table
        caption={p.caption}
        columns={columns}
        rows={view.entries}
        rowKey={({ location }) => location.key}
      />
    </BackOfficeLayout>
  );
}
