import { formatDate, formatEuro } from "../../../platform/i18n/i18n";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import { type Column, Table } from "../../../platform/views/Table";
import type { Fee, FeeItem } from "../domain/service";

/** What a service costs, honest about what is not known. */
export function FeeSection({ ctx, fee }: { ctx: PageContext; fee: Fee }) {
  const { m, locale } = ctx;
  const columns: Column<{ item: FeeItem; index: number }>[] = [
    {
      key: "condition",
      header: m.service.feeCondition,
      cell: ({ item }) => (
        <>
          {item.kind === "surcharge" && `${m.service.feeSurcharge}: `}
          {item.condition?.[locale] ?? m.service.feeAlways}
        </>
      ),
    },
    {
      key: "amount",
      header: m.service.feeAmount,
      cell: ({ item }) => `${item.kind === "surcharge" ? "+ " : ""}${formatEuro(locale, item.amountCents)}`,
      numeric: true,
    },
  ];
  return (
    <Section id="fee-title" title={m.service.cost}>
      {fee.kind === "free" && <p class="kern-body">{m.service.feeFree}</p>}
      {/* an unknown fee's own note says why and whom to ask; the general sentence only stands in for it */}
      {fee.kind === "unknown" && !fee.note && <p class="kern-body">{m.service.feeUnknown}</p>}
      {fee.kind === "amounts" && (
        <Table
          caption={m.service.cost}
          captionHidden
          columns={columns}
          rows={fee.items.map((item, index) => ({ item, index }))}
          rowKey={({ item, index }) => `${item.amountCents}-${index}`}
          striped={false}
        />
      )}
      {fee.kind === "amounts" && fee.validFrom && (
        <p class="kern-body kern-body--small">{m.service.feeValidFrom(formatDate(locale, fee.validFrom))}</p>
      )}
      {fee.note && <p class="kern-body">{fee.note[locale]}</p>}
    </Section>
  );
}
