import { formatDate, formatEuro } from "../../../platform/i18n/i18n";
import type { PageContext } from "../../../platform/views/page-context";
import { Section } from "../../../platform/views/Section";
import type { Fee } from "../domain/service";

/** What a service costs, honest about what is not known. */
export function FeeSection({ ctx, fee }: { ctx: PageContext; fee: Fee }) {
  const { m, locale } = ctx;
  return (
    <Section id="fee-title" title={m.service.cost}>
      {fee.kind === "free" && <p class="kern-body">{m.service.feeFree}</p>}
      {fee.kind === "unknown" && <p class="kern-body">{m.service.feeUnknown}</p>}
      {fee.kind === "amounts" && (
        <table class="kern-table">
          <thead class="kern-table__head">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {m.service.feeCondition}
              </th>
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {m.service.feeAmount}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {fee.items.map((item, i) => (
              <tr class="kern-table__row" key={`${item.amountCents}-${i}`}>
                <td class="kern-table__cell">
                  {item.kind === "surcharge" && `${m.service.feeSurcharge}: `}
                  {item.condition?.[locale] ?? m.service.feeAlways}
                </td>
                <td class="kern-table__cell kern-table__cell--numeric">
                  {item.kind === "surcharge" ? "+ " : ""}
                  {formatEuro(locale, item.amountCents)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fee.kind === "amounts" && fee.validFrom && (
        <p class="kern-body kern-body--small">{m.service.feeValidFrom(formatDate(locale, fee.validFrom))}</p>
      )}
      {fee.note && <p class="kern-body">{fee.note[locale]}</p>}
    </Section>
  );
}
