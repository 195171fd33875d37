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
  return (
    <BackOfficeLayout ctx={ctx} title={p.title} wide>
      <h1 class="kern-heading-large">{p.title}</h1>
      <p class="kern-body">{p.intro}</p>
      <div class="sb-admin-table">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title sb-admin-caption">{p.caption}</caption>
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              {[p.columns.name, p.columns.kind, p.columns.address, p.columns.counters, p.columns.status].map(
                (c) => (
                  <th class="kern-table__header" scope="col" key={c}>
                    {c}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {view.entries.map(({ location, withdrawn }) => {
              const counters = new Set(
                view.plans
                  .filter((plan) => plan.location === location.key)
                  .flatMap((plan) => plan.counters.map((c) => c.key)),
              );
              const a = location.address;
              return (
                <tr class="kern-table__row" key={location.key}>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={ctx.href(`/verwaltung/orte/${location.key}`)}>
                      {location.name[ctx.locale]}
                    </a>
                  </th>
                  <td class="kern-table__cell">{t.kinds[location.kind]}</td>
                  <td class="kern-table__cell">{`${a.street}, ${a.postalCode} ${a.city}`}</td>
                  <td class="kern-table__cell">
                    {counters.size > 0 ? p.countersSummary(counters.size) : t.common.none}
                  </td>
                  <td class="kern-table__cell">
                    {withdrawn ? <WithdrawnBadge label={t.common.withdrawn} /> : p.active}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </BackOfficeLayout>
  );
}
