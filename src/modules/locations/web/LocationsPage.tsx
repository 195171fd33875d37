import { formatDate, formatInteger } from "../../../platform/i18n/i18n";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { type Column, Table } from "../../../platform/views/Table";
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
  const districtColumns: Column<District>[] = [
    { key: "name", header: m.locations.districtName, cell: (d) => d.name, rowHeader: true },
    {
      key: "population",
      header: m.locations.population,
      cell: (d) =>
        d.population !== null ? formatInteger(locale, d.population) : m.locations.unknownPopulation,
      numeric: true,
    },
    {
      key: "as-of",
      header: m.locations.asOf,
      cell: (d) => (d.populationAsOf ? formatDate(locale, d.populationAsOf) : ""),
    },
  ];
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
        <Table
          caption={m.locations.districts}
          captionHidden
          columns={districtColumns}
          rows={outer}
          rowKey={(d) => d.key}
        />
      </Section>
    </Layout>
  );
}
