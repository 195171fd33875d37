import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Location } from "../../locations";
import type { Service, ServiceGroup } from "../domain/service";
import { FeeSection } from "./FeeSection";

export interface ServiceView {
  service: Service;
  group: ServiceGroup | undefined;
  /** where to come in person: the responsible office, or the Stadtbüro */
  place: Location | undefined;
}

export function ServicePage({ ctx, view }: { ctx: PageContext; view: ServiceView }) {
  const { m, locale } = ctx;
  const { service: s, group, place } = view;
  const online = s.channels.online;
  const crumbs = [
    { label: m.catalog.title, href: ctx.href("/leistungen") },
    ...(group ? [{ label: group.name[locale], href: ctx.href(`/leistungen#${group.key}`) }] : []),
  ];
  const channel = (label: string, possible: boolean, link?: { href: string; text: string }) => (
    <>
      <dt>{label}</dt>
      <dd>
        {possible ? m.service.channelYes : m.service.channelNo}
        {possible && link && (
          <>
            {": "}
            <a class="kern-link" href={link.href}>
              {link.text}
            </a>
          </>
        )}
      </dd>
    </>
  );
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
      <Section id="where-title" title={m.service.where}>
        <dl class="sb-facts">
          {channel(
            m.service.channelOnline,
            online !== null,
            online?.kind === "external"
              ? { href: online.url, text: m.service.onlineExternal(online.provider[locale]) }
              : online?.kind === "own"
                ? { href: ctx.href(online.path), text: m.service.nextOnline }
                : undefined,
          )}
          {channel(
            m.service.channelStadtbuero,
            s.channels.stadtbuero,
            place ? { href: ctx.href(`/orte/${place.key}`), text: place.name[locale] } : undefined,
          )}
          {channel(m.service.channelMobile, s.channels.mobile, {
            href: ctx.href("/mobiles-stadtbuero"),
            text: m.locations.kinds["mobile-stop"],
          })}
          {channel(m.service.channelHelpPoint, s.channels.helpPoint, {
            href: ctx.href("/orte#help-point"),
            text: m.locations.kinds["help-point"],
          })}
          {channel(m.service.channelTerminal, s.channels.terminal)}
        </dl>
      </Section>
      <Section id="appearance-title" title={m.service.appearance}>
        <p class="kern-body">
          {s.personalAppearance.required ? m.service.appearanceRequired : m.service.appearanceNotRequired}
        </p>
        {s.personalAppearance.note && <p class="kern-body">{s.personalAppearance.note[locale]}</p>}
      </Section>
      <Section id="duration-title" title={m.service.duration}>
        <p class="kern-body">
          {s.counterMinutes !== null
            ? m.service.durationMinutes(s.counterMinutes)
            : m.service.durationUnknown}
        </p>
      </Section>
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
      {s.status === "offered" && (
        <Section id="next-title" title={m.service.nextStep}>
          {online?.kind === "external" && (
            <p class="kern-body">
              <a class="kern-btn kern-btn--primary" href={online.url}>
                <span class="kern-label">{m.service.nextOnline}</span>
              </a>
            </p>
          )}
          {(s.channels.stadtbuero || s.channels.mobile) && (
            <p class="kern-body">
              <a class="kern-btn kern-btn--primary" href={ctx.href(`/termin?leistung=${s.key}`)}>
                <span class="kern-label">{m.service.book}</span>
              </a>
            </p>
          )}
          {place && s.channels.stadtbuero && (
            <p class="kern-body">
              {m.service.nextVisit(place.name[locale])}{" "}
              <a class="kern-link" href={ctx.href(`/orte/${place.key}`)}>
                {place.name[locale]}
              </a>
            </p>
          )}
          {s.channels.mobile && (
            <p class="kern-body">
              <a class="kern-link" href={ctx.href("/mobiles-stadtbuero")}>
                {m.service.nextMobile}
              </a>
            </p>
          )}
        </Section>
      )}
    </Layout>
  );
}
