import { formatEuro } from "../../../platform/i18n/i18n";
import { type Column, Table } from "../../../platform/views/Table";
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
  const columns: Column<ServiceEntry>[] = [
    {
      key: "name",
      header: s.columns.name,
      cell: ({ service }) => (
        <a class="kern-link" href={ctx.href(`/verwaltung/leistungen/${service.key}`)}>
          {service.name[locale]}
        </a>
      ),
      rowHeader: true,
    },
    { key: "key", header: s.columns.key, cell: ({ service }) => <code>{service.key}</code> },
    {
      key: "minutes",
      header: s.columns.minutes,
      cell: ({ service }) =>
        service.counterMinutes === null ? s.unknownMinutes : t.common.minutes(service.counterMinutes),
      numeric: true,
    },
    {
      key: "bookable",
      header: s.columns.bookable,
      cell: ({ service }) => {
        const bookable = [
          service.channels.stadtbuero && s.bookableStadtbuero,
          service.channels.mobile && s.bookableMobile,
        ].filter(Boolean);
        return bookable.length > 0 ? bookable.join(", ") : s.notBookable;
      },
    },
    {
      key: "fee",
      header: s.columns.fee,
      cell: ({ service }) =>
        service.fee.kind === "amounts"
          ? service.fee.items.map((i) => formatEuro(locale, i.amountCents)).join(" / ")
          : s.fee[service.fee.kind],
    },
    {
      key: "status",
      header: s.columns.status,
      cell: ({ service, withdrawn }) =>
        withdrawn ? <WithdrawnBadge label={t.common.withdrawn} /> : s.status[service.status],
    },
  ];
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
          <Table
            caption={
              <>
                {entry.group.name[locale]} {entry.withdrawn && s.groupWithdrawn}
              </>
            }
            captionHidden
            columns={columns}
            rows={services}
            rowKey={({ service }) => service.key}
          />
        </section>
      ))}
    </BackOfficeLayout>
  );
}
