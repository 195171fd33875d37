import type { TenantProfile } from "../../tenants";
import { checkIban, type FeeAccount } from "../domain";

/** The tenant's fee account, checked, and whether it is a demo tenant's example. */
export interface TenantFeeAccount extends FeeAccount {
  demo: boolean;
}

export type FeeAccountLookup =
  | { ok: true; account: TenantFeeAccount }
  /** `missing`: the profile names no fee account; `iban`: its IBAN's length or check digits are wrong */
  | { ok: false; problem: "missing" | "iban" };

/**
 * The account fees are paid into, from the tenant's profile. The profile's schema checks only
 * the IBAN's shape (the tenants module does not know the payment rules); its check digits are
 * checked here, before any notice prints it. Never throws.
 */
export function feeAccountOf(profile: Pick<TenantProfile, "feeAccount">): FeeAccountLookup {
  const configured = profile.feeAccount;
  if (!configured) return { ok: false, problem: "missing" };
  if (!checkIban(configured.iban).ok) return { ok: false, problem: "iban" };
  return {
    ok: true,
    account: {
      name: configured.name,
      iban: configured.iban,
      ...(configured.bic ? { bic: configured.bic } : {}),
      demo: configured.demo === true,
    },
  };
}
