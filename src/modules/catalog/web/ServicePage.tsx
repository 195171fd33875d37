import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Location } from "../../locations";
import type { Service, ServiceGroup } from "../domain/service";
import type { ServiceWays } from "../domain/service-ways";
import { FeeSection } from "./FeeSection";
import { NextStepsSection, PresenceSection, WaysSection } from "./WaysSections";

export interface ServiceView {
  service: Service;
  group: ServiceGroup | undefined;
  /** where to come in person: the responsible office, or the Stadtbüro */
  place: Location | undefined;
  /** every statement about how it is done, derived from the service's and the city's facts */
  ways: ServiceWays;
}

export function ServicePage({ ctx, view }: { ctx: PageContext; view: ServiceView }) {
  const { m, locale } = ctx;
  const { service: s, group, place, ways } = view;
  const crumbs = [
    { label: m.catalog.title, href: ctx.href("/leistungen") },
    ...(group ? [{ label: group.name[locale], href: ctx.href(`/leistungen#${group.key}`) }] : []),
  ];
  return (
    <Layout ctx={ctx} title={s.name[locale]} breadcrumbs={crumbs}>
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{s.name[locale]}</h1>
        {group && (
          <p class="kern-preline">
            {m.service.group}: {group.name[locale]}
          </p>
        )}
      </hgroup>
      <p class="kern-body kern-body--large">{s.summary[locale]}</p>
      {s.status === "discontinued" && (
        <div class="kern-alert kern-alert--warning" role="note">
          <div class="kern-alert__header">
            <span class="kern-title">{m.service.discontinuedTitle}</span>
          </div>
          {s.notes[0] && <div class="kern-alert__body">{s.notes[0][locale]}</div>}
        </div>
      )}
      <Section id="documents-title" title={m.service.whatINeed}>
        {s.requiredDocuments.length > 0 ? (
          <ul class="kern-list kern-list--bullet">
            {s.requiredDocuments.map((d) => (
              <li key={d.de}>{d[locale]}</li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{m.service.noDocuments}</p>
        )}
      </Section>
      <FeeSection ctx={ctx} fee={s.fee} />
      {!ways.discontinued && (
        <>
          <WaysSection ctx={ctx} ways={ways} place={place} />
          <PresenceSection ctx={ctx} ways={ways} />
        </>
      )}
      {!ways.discontinued && (
        <Section id="duration-title" title={m.service.duration}>
          <p class="kern-body">
            {s.counterMinutes !== null
              ? m.service.durationMinutes(s.counterMinutes)
              : m.service.durationUnknown}
          </p>
        </Section>
      )}
      {s.notes.length > (s.status === "discontinued" ? 1 : 0) && (
        <Section id="notes-title" title={m.service.notes}>
          <ul class="kern-list kern-list--bullet">
            {s.notes.slice(s.status === "discontinued" ? 1 : 0).map((n) => (
              <li key={n.de}>{n[locale]}</li>
            ))}
          </ul>
        </Section>
      )}
      {s.legalBasis.length > 0 && (
        <Section id="law-title" title={m.service.legalBasis}>
          <ul class="kern-list">
            {s.legalBasis.map((l) => (
              <li key={l} lang="de">
                {l}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <NextStepsSection ctx={ctx} ways={ways} place={place} serviceKey={s.key} />
    </Layout>
  );
}
