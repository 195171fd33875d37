import type { AccountMessages } from "../messages/accounts-de";
import { BackOfficeLayout } from "./BackOfficeLayout";
import type { BackOfficeContext } from "./back-office-context";

/** One account as the list shows it; times are already formatted in the tenant's zone. */
export interface AccountRowView {
  id: number;
  displayName: string;
  username: string;
  roleLabels: string[];
  factor: "enrolled" | "pending" | "none";
  /** the end of a lock after failed attempts, when it lasts */
  lockedUntil: string | null;
  active: boolean;
  lastSignIn: { iso: string; label: string } | null;
}

interface Props {
  ctx: BackOfficeContext;
  t: AccountMessages;
  accounts: AccountRowView[];
  notice?: string;
}

/** The staff accounts of the tenant, with a way to create one. */
export function AccountListPage({ ctx, t, accounts, notice }: Props) {
  const l = t.list;
  const factorLabel = { enrolled: l.factorEnrolled, pending: l.factorPending, none: l.factorNone };
  return (
    <BackOfficeLayout ctx={ctx} title={l.title} notice={notice} wide>
      <h1 class="kern-heading-large">{l.title}</h1>
      <p class="kern-body">{l.intro}</p>
      <p class="kern-body">
        <a class="kern-btn kern-btn--secondary" href={ctx.href("/verwaltung/konten/neu")}>
          <span class="kern-label">{l.create}</span>
        </a>
      </p>
      {accounts.length === 0 ? (
        <p class="kern-body">{l.empty}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title kern-title--small">{l.caption(accounts.length)}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {l.name}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.username}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.roles}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.secondFactor}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.locked}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.active}
                </th>
                <th class="kern-table__header" scope="col">
                  {l.lastSignIn}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {accounts.map((a) => (
                <tr class="kern-table__row" key={a.id} data-account={a.username}>
                  <th class="kern-table__cell" scope="row">
                    <a class="kern-link" href={ctx.href(`/verwaltung/konten/${a.id}`)}>
                      {a.displayName}
                    </a>
                  </th>
                  <td class="kern-table__cell">
                    <code>{a.username}</code>
                  </td>
                  <td class="kern-table__cell">{a.roleLabels.join(", ")}</td>
                  <td class="kern-table__cell">{factorLabel[a.factor]}</td>
                  <td class="kern-table__cell">{a.lockedUntil ? l.lockedUntil(a.lockedUntil) : l.no}</td>
                  <td class="kern-table__cell">{a.active ? l.yes : l.no}</td>
                  <td class="kern-table__cell">
                    {a.lastSignIn ? <time dateTime={a.lastSignIn.iso}>{a.lastSignIn.label}</time> : l.never}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackOfficeLayout>
  );
}
