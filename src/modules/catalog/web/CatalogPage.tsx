import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Service, ServiceGroup } from "../domain/service";
import { ServiceList } from "./ServiceList";

export interface CatalogView {
  groups: { group: ServiceGroup; services: Service[] }[];
}

export function CatalogPage({ ctx, view }: { ctx: PageContext; view: CatalogView }) {
  const { m, locale } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={m.catalog.title}
      breadcrumbs={[{ label: m.catalog.title, href: ctx.href("/leistungen") }]}
    >
      <h1 class="kern-heading-x-large">{m.catalog.title}</h1>
      <p class="kern-body">{m.catalog.intro}</p>
      <nav aria-labelledby="toc-title">
        <h2 class="kern-heading-small" id="toc-title">
          {m.home.groups}
        </h2>
        <ul class="kern-list kern-list--horizontal">
          {view.groups.map(({ group }) => (
            <li key={group.key}>
              <a class="kern-link" href={`#${group.key}`}>
                {group.name[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view.groups.map(({ group, services }) => (
        <Section key={group.key} id={group.key} title={group.name[locale]}>
          <p class="kern-body kern-body--muted">
            {group.description[locale]} ({m.catalog.servicesInGroup(services.length)})
          </p>
          <ServiceList ctx={ctx} services={services} />
        </Section>
      ))}
    </Layout>
  );
}
