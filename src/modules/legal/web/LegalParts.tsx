import type { PageContext } from "../../../platform/views/page-context";

interface Address {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string;
}

/** A postal address; a part the city has not stated yet is said to be missing, never guessed. */
export function AddressBlock({ ctx, address }: { ctx: PageContext; address: Address }) {
  return (
    <address class="kern-body">
      {address.name}
      <br />
      {address.street ?? ctx.m.legal.notStated}
      <br />
      {[address.postalCode, address.city].filter(Boolean).join(" ")}
    </address>
  );
}

export function Stated({ ctx, value, href }: { ctx: PageContext; value: string | null; href?: string }) {
  if (value === null) return ctx.m.legal.notStated;
  return href ? (
    <a class="kern-link" href={href}>
      {value}
    </a>
  ) : (
    value
  );
}
