import { formatDate, formatInteger } from "../../../platform/i18n/i18n";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { District, Location, LocationKind } from "../domain/location";
import { formatPlaceAddress } from "../place-address";

export interface LocationsView {
  sections: { kind: LocationKind; locations: Location[] }[];
  districts: District[];
  districtName: (key: string | null) => string | undefined;
}

export function LocationsPage({ ctx, view }: { ctx: PageContext; view: LocationsView }) {
  const { m, locale } = ctx;
  const outer = view.districts.filter((d) => d.kind === "outer");
  return (
    <Layout
      ctx={ctx}
      title={m.locations.title}
      breadcrumbs={[{ label: m.locations.title, href: ctx.href("/orte") }]}
    >
      <h1 class="kern-heading-x-large">{m.locations.title}</h1>
      <p class="kern-body">{m.locations.intro}</p>
      {view.sections.map(({ kind, locations }) => (
        <Section key={kind} id={kind} title={m.locations.kinds[kind]}>
          {kind === "help-point" && <p class="kern-body">{m.locations.helpPointExplain}</p>}
          <ul class="sb-result-list">
            {locations.map((l) => (
              <li key={l.key}>
                <h3 class="kern-heading-small">
                  <a class="kern-link" href={ctx.href(`/orte/${l.key}`)}>
                    {l.name[locale]}
                  </a>
                </h3>
                <p class="kern-body">
                  {formatPlaceAddress(l, locale)}
                  {view.districtName(l.district) && (
                    <>
                      <br />
                      {`${m.locations.district}: ${view.districtName(l.district)}`}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      ))}
      <Section id="districts" title={m.locations.districts}>
        <p class="kern-body">{m.locations.districtsIntro}</p>
        <table class="kern-table kern-table--striped">
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {m.locations.districtName}
              </th>
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {m.locations.population}
              </th>
              <th class="kern-table__header" scope="col">
                {m.locations.asOf}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {outer.map((d) => (
              <tr class="kern-table__row" key={d.key}>
                <th class="kern-table__cell" scope="row">
                  {d.name}
                </th>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {d.population !== null
                    ? formatInteger(locale, d.population)
                    : m.locations.unknownPopulation}
                </td>
                <td class="kern-table__cell">
                  {d.populationAsOf ? formatDate(locale, d.populationAsOf) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </Layout>
  );
}
