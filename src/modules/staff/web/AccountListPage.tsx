import { type Column, Table } from "../../../platform/views/Table";
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
  const columns: Column<AccountRowView>[] = [
    {
      key: "name",
      header: l.name,
      rowHeader: true,
      cell: (a) => (
        <a class="kern-link" href={ctx.href(`/verwaltung/konten/${a.id}`)}>
          {a.displayName}
        </a>
      ),
    },
    { key: "username", header: l.username, cell: (a) => <code>{a.username}</code> },
    { key: "roles", header: l.roles, cell: (a) => a.roleLabels.join(", ") },
    { key: "factor", header: l.secondFactor, cell: (a) => factorLabel[a.factor] },
    {
      key: "locked",
      header: l.locked,
      cell: (a) => (a.lockedUntil ? l.lockedUntil(a.lockedUntil) : l.no),
    },
    { key: "active", header: l.active, cell: (a) => (a.active ? l.yes : l.no) },
    {
      key: "lastSignIn",
      header: l.lastSignIn,
      cell: (a) => (a.lastSignIn ? <time dateTime={a.lastSignIn.iso}>{a.lastSignIn.label}</time> : l.never),
    },
  ];
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
        <Table
          caption={l.caption(accounts.length)}
          columns={columns}
          rows={accounts}
          rowKey={(a) => a.id}
          rowData={(a) => ({ account: a.username })}
        />
      )}
    </BackOfficeLayout>
  );
}
