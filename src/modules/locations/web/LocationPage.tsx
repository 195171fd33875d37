import type { LocalizedText } from "../../../domain/locale";
import { formatDate } from "../../../platform/i18n/i18n";
import { Layout } from "../../../platform/views/Layout";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { type District, type Location, WEEKDAYS } from "../domain/location";
import { type DayHours, type PlaceHours, weekdayOf } from "./plan-hours";

export interface LocationView {
  location: Location;
  district: District | undefined;
  /** the services offered here; undefined when all are */
  services: { key: string; name: LocalizedText }[] | undefined;
  /** the hours of the opening plans that drive booking here */
  hours: PlaceHours;
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
        <address class="kern-body">
          {l.address.street}
          <br />
          {`${l.address.postalCode} ${l.address.city}`}
          {l.address.note && (
            <>
              <br />
              {l.address.note[locale]}
            </>
          )}
        </address>
        {l.address.demo && <p class="kern-body">{m.locations.demoAddressNote}</p>}
        {district && (
          <p class="kern-body">
            {m.locations.district}: {district.name}
          </p>
        )}
      </Section>
      <Section id="hours-title" title={m.locations.openingHours}>
        <OpeningHoursView ctx={ctx} location={l} hours={view.hours} />
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

/**
 * A place's opening hours from one source: the opening plans that drive its booking; a
 * place without a plan shows its published hours, or says once that there are none.
 */
function OpeningHoursView({
  ctx,
  location: l,
  hours,
}: {
  ctx: PageContext;
  location: Location;
  hours: PlaceHours;
}) {
  const { m, locale } = ctx;
  const dayDate = (date: string) => `${m.locations.weekdays[weekdayOf(date)]}, ${formatDate(locale, date)}`;
  const times = (windows: { start: string; end: string }[]) =>
    windows.map((w) => m.locations.timeRange(w.start, w.end)).join(", ");
  const note = l.openingNote && <p class="kern-body">{l.openingNote[locale]}</p>;
  if (hours.plans.length === 0 && hours.extraDays.length === 0) {
    if (l.openingHours.length === 0) return note ?? <p class="kern-body">{m.locations.noOpeningHours}</p>;
    const days = WEEKDAYS.map((day) => ({
      day,
      windows: l.openingHours
        .filter((h) => h.days.includes(day))
        .map((h) => ({ start: h.opens, end: h.closes })),
    })).filter((d) => d.windows.length > 0);
    return (
      <>
        <DayList ctx={ctx} days={days} />
        {note}
      </>
    );
  }
  return (
    <>
      <p class="kern-body">
        {m.locations.appointmentHours}
        {ctx.site.demo && ` ${m.locations.exampleHours}`}
      </p>
      {hours.plans.map((plan) => (
        <div key={plan.validFrom ?? "current"}>
          {plan.validFrom && (
            <p class="kern-body">{m.locations.validFrom(formatDate(locale, plan.validFrom))}</p>
          )}
          <DayList ctx={ctx} days={plan.days} />
          {plan.recurrence.kind === "weekly" && plan.recurrence.everyWeeks > 1 && (
            <p class="kern-body">{m.locations.everyWeeks(plan.recurrence.everyWeeks)}</p>
          )}
          {plan.recurrence.kind === "monthly" && (
            <p class="kern-body">{m.locations.nthInMonth(plan.recurrence.nth)}</p>
          )}
          {plan.validTo && (
            <p class="kern-body">{m.locations.validUntil(formatDate(locale, plan.validTo))}</p>
          )}
          {plan.nextDate && <p class="kern-body">{m.locations.nextDate(dayDate(plan.nextDate))}</p>}
        </div>
      ))}
      {hours.extraDays.length > 0 && (
        <>
          <h3 class="kern-heading-small">{m.locations.extraDays}</h3>
          <ul class="kern-list">
            {hours.extraDays.map((d) => (
              <li key={d.date}>{`${dayDate(d.date)}: ${times(d.windows)}`}</li>
            ))}
          </ul>
        </>
      )}
      {note}
    </>
  );
}

function DayList({ ctx, days }: { ctx: PageContext; days: DayHours[] }) {
  const { m } = ctx;
  return (
    <dl class="sb-facts">
      {days.map(({ day, windows }) => (
        <>
          <dt key={`${day}-t`}>{m.locations.weekdays[day]}</dt>
          <dd key={`${day}-d`}>{windows.map((w) => m.locations.timeRange(w.start, w.end)).join(", ")}</dd>
        </>
      ))}
    </dl>
  );
}
