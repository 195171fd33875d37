import { formatEuro } from "../../../platform/i18n/i18n";
import type { GroupEntry, ServiceEntry } from "../../catalog";
import { type BackOfficeContext, BackOfficeLayout } from "../../staff";
import type { AdminMessages } from "../messages/de";
import { WithdrawnBadge } from "./parts";

export interface ServicesView {
  groups: { entry: GroupEntry; services: ServiceEntry[] }[];
}

/** `/verwaltung/leistungen`: every service by group, withdrawn ones marked. */
export function ServicesPage({
  ctx,
  t,
  view,
}: {
  ctx: BackOfficeContext;
  t: AdminMessages;
  view: ServicesView;
}) {
  const { locale } = ctx;
  const s = t.services;
  return (
    <BackOfficeLayout ctx={ctx} title={s.title} wide>
      <h1 class="kern-heading-large">{s.title}</h1>
      <p class="kern-body">{s.intro}</p>
      <p class="kern-body">{t.common.immediate}</p>
      {view.groups.map(({ entry, services }) => (
        <section key={entry.group.key} aria-labelledby={`group-${entry.group.key}`}>
          <h2 class="kern-heading-medium" id={`group-${entry.group.key}`}>
            {entry.group.name[locale]} {entry.withdrawn && <WithdrawnBadge label={s.groupWithdrawn} />}
          </h2>
          <div class="sb-admin-table">
            <table class="kern-table kern-table--striped" aria-labelledby={`group-${entry.group.key}`}>
              <thead class="kern-table__head">
                <tr class="kern-table__row">
                  <th class="kern-table__header" scope="col">
                    {s.columns.name}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {s.columns.key}
                  </th>
                  <th class="kern-table__header kern-table__header--numeric" scope="col">
                    {s.columns.minutes}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {s.columns.bookable}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {s.columns.fee}
                  </th>
                  <th class="kern-table__header" scope="col">
                    {s.columns.status}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {services.map(({ service, withdrawn }) => {
                  const bookable = [
                    service.channels.stadtbuero && s.bookableStadtbuero,
                    service.channels.mobile && s.bookableMobile,
                  ].filter(Boolean);
                  return (
                    <tr class="kern-table__row" key={service.key}>
                      <th class="kern-table__cell" scope="row">
                        <a class="kern-link" href={ctx.href(`/verwaltung/leistungen/${service.key}`)}>
                          {service.name[locale]}
                        </a>
                      </th>
                      <td class="kern-table__cell">
                        <code>{service.key}</code>
                      </td>
                      <td class="kern-table__cell kern-table__cell--numeric">
                        {service.counterMinutes === null
                          ? s.unknownMinutes
                          : t.common.minutes(service.counterMinutes)}
                      </td>
                      <td class="kern-table__cell">
                        {bookable.length > 0 ? bookable.join(", ") : s.notBookable}
                      </td>
                      <td class="kern-table__cell">
                        {service.fee.kind === "amounts"
                          ? service.fee.items.map((i) => formatEuro(locale, i.amountCents)).join(" / ")
                          : s.fee[service.fee.kind]}
                      </td>
                      <td class="kern-table__cell">
                        {withdrawn ? <WithdrawnBadge label={t.common.withdrawn} /> : s.status[service.status]}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </BackOfficeLayout>
  );
}
