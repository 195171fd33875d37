import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Service } from "../../catalog";
import { type District, type Location, WEEKDAYS } from "../domain/location";

export interface LocationView {
  location: Location;
  district: District | undefined;
  /** the services offered here; undefined when all are */
  services: Service[] | undefined;
}

export function LocationPage({ ctx, view }: { ctx: PageContext; view: LocationView }) {
  const { m, locale } = ctx;
  const { location: l, district } = view;
  const fact = (value: boolean | null) =>
    value === null ? m.locations.unknown : value ? m.locations.yes : m.locations.no;
  const crumbs = [
    { label: m.locations.title, href: ctx.href("/orte") },
    { label: m.locations.kinds[l.kind], href: ctx.href(`/orte#${l.kind}`) },
  ];
  const hours = WEEKDAYS.map((day) => ({
    day,
    windows: l.openingHours.filter((h) => h.days.includes(day)),
  })).filter((d) => d.windows.length > 0);
  return (
    <Layout ctx={ctx} title={l.name[locale]} breadcrumbs={crumbs}>
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{l.name[locale]}</h1>
        <p class="kern-preline">{m.locations.kinds[l.kind]}</p>
      </hgroup>
      <p class="kern-body kern-body--large">{l.description[locale]}</p>
      {l.kind === "mobile-stop" && (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={ctx.href(`/termin?ort=${l.key}`)}>
              {m.layout.navBooking}
            </a>
          </li>
          <li>
            <a
              class="kern-link"
              href={ctx.href(`/mobiles-stadtbuero${l.district ? `?stadtteil=${l.district}` : ""}`)}
            >
              {m.layout.navMobile}
            </a>
          </li>
          <li>
            <a class="kern-link" href={ctx.href("/hausbesuch")}>
              {m.home.visitRequest}
            </a>
          </li>
          <li>
            <a class="kern-link" href={`/mobiles-stadtbuero/${l.key}.ics`}>
              {m.locations.calendarFeed}
            </a>
          </li>
        </ul>
      )}
      <Section id="address-title" title={m.locations.address}>
        {l.address ? (
          <address class="kern-body">
            {l.address.street}
            <br />
            {[l.address.postalCode, l.address.city].filter(Boolean).join(" ")}
            {l.address.note && (
              <>
                <br />
                {l.address.note[locale]}
              </>
            )}
          </address>
        ) : (
          <p class="kern-body">{m.locations.noAddress}</p>
        )}
        {district && (
          <p class="kern-body">
            {m.locations.district}: {district.name}
          </p>
        )}
      </Section>
      <Section id="hours-title" title={m.locations.openingHours}>
        {hours.length > 0 ? (
          <dl class="sb-facts">
            {hours.map(({ day, windows }) => (
              <>
                <dt key={`${day}-t`}>{m.locations.weekdays[day]}</dt>
                <dd key={`${day}-d`}>
                  {windows.map((w) => m.locations.timeRange(w.opens, w.closes)).join(", ")}
                </dd>
              </>
            ))}
          </dl>
        ) : (
          <p class="kern-body">{m.locations.noOpeningHours}</p>
        )}
        {l.openingNote && <p class="kern-body">{l.openingNote[locale]}</p>}
      </Section>
      <Section id="access-title" title={m.locations.accessibility}>
        <dl class="sb-facts">
          <dt>{m.locations.stepFree}</dt>
          <dd>{fact(l.accessibility.stepFree)}</dd>
          <dt>{m.locations.accessibleToilet}</dt>
          <dd>{fact(l.accessibility.accessibleToilet)}</dd>
          <dt>{m.locations.parking}</dt>
          <dd>{fact(l.accessibility.parking)}</dd>
        </dl>
        {l.accessibility.note && <p class="kern-body">{l.accessibility.note[locale]}</p>}
      </Section>
      <Section id="payment-title" title={m.locations.payment}>
        <dl class="sb-facts">
          <dt>{m.locations.card}</dt>
          <dd>{fact(l.payment.card)}</dd>
          <dt>{m.locations.cash}</dt>
          <dd>{fact(l.payment.cash)}</dd>
        </dl>
      </Section>
      {(l.contact.phone || l.contact.email || l.contact.web) && (
        <Section id="contact-title" title={m.locations.contact}>
          <dl class="sb-facts">
            {l.contact.phone && (
              <>
                <dt>{m.locations.phone}</dt>
                <dd>
                  <a class="kern-link" href={`tel:${l.contact.phone.replace(/[^+\d]/g, "")}`}>
                    {l.contact.phone}
                  </a>
                </dd>
              </>
            )}
            {l.contact.email && (
              <>
                <dt>{m.locations.email}</dt>
                <dd>
                  <a class="kern-link" href={`mailto:${l.contact.email}`}>
                    {l.contact.email}
                  </a>
                </dd>
              </>
            )}
            {l.contact.web && (
              <>
                <dt>{m.locations.web}</dt>
                <dd>
                  <a class="kern-link" href={l.contact.web}>
                    {l.contact.web}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </Section>
      )}
      <Section id="services-title" title={m.locations.services}>
        {view.services ? (
          <ul class="kern-list kern-list--bullet">
            {view.services.map((s) => (
              <li key={s.key}>
                <a class="kern-link" href={ctx.href(`/leistungen/${s.key}`)}>
                  {s.name[locale]}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">
            <a class="kern-link" href={ctx.href("/leistungen")}>
              {m.locations.allServices}
            </a>
          </p>
        )}
      </Section>
    </Layout>
  );
}
