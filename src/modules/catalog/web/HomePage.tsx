import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Location } from "../../locations";
import type { Service, ServiceGroup } from "../domain/service";
import { SearchForm } from "./SearchForm";

export interface HomeView {
  popular: Service[];
  groups: ServiceGroup[];
  mobileStops: Location[];
}

export function HomePage({ ctx, view }: { ctx: PageContext; view: HomeView }) {
  const { m, locale } = ctx;
  return (
    <Layout ctx={ctx} title={m.home.title}>
      <h1 class="kern-heading-x-large">{m.home.title}</h1>
      <p class="kern-body kern-body--large">{m.home.intro}</p>
      <SearchForm ctx={ctx} />
      <div class="sb-columns">
        <Section id="popular-title" title={m.home.popular}>
          <ul class="sb-link-list">
            {view.popular.map((s) => (
              <li key={s.key}>
                <a class="kern-link" href={ctx.href(`/leistungen/${s.key}`)}>
                  {s.name[locale]}
                </a>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="groups-title" title={m.home.groups}>
          <ul class="sb-link-list">
            {view.groups.map((g) => (
              <li key={g.key}>
                <a class="kern-link" href={ctx.href(`/leistungen#${g.key}`)}>
                  {g.name[locale]}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      </div>
      <Section id="mobile-title" title={m.home.mobileTitle}>
        <p class="kern-body">{m.home.mobileText}</p>
        <ul class="kern-list kern-list--horizontal">
          {view.mobileStops.map((l) => (
            <li key={l.key}>
              <a class="kern-link" href={ctx.href(`/orte/${l.key}`)}>
                {l.name[locale]}
              </a>
            </li>
          ))}
        </ul>
        <p class="kern-body">
          <a class="kern-link" href={ctx.href("/mobiles-stadtbuero")}>
            {m.home.mobileLink}
          </a>
        </p>
        <p class="kern-body">
          <a class="kern-link" href={ctx.href("/hausbesuch")}>
            {m.home.visitRequest}
          </a>
        </p>
      </Section>
      <Section id="easy-title" title={m.home.accessTitle}>
        <p class="kern-body">
          {m.home.accessText}{" "}
          <a class="kern-link" href="/leichte-sprache" lang="de">
            {m.layout.easyLanguage}
          </a>
        </p>
      </Section>
    </Layout>
  );
}
