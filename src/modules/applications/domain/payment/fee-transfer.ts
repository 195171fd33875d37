import type { Locale } from "../../../../domain/locale";
import type { CaseReference } from "../case/reference";
import { creditorReferenceForCase } from "./creditor-reference";
import { buildEpcPayload, type EpcBuild } from "./epc-payload";
import type { EpcTransfer } from "./epc-transfer";

/** The municipality's account that fees are paid into (from the tenant's configuration). */
export interface FeeAccount {
  /** the account holder as the bank knows it, e.g. "Magistrat der Universitätsstadt Marburg" */
  name: string;
  /** electronic form, no spaces */
  iban: string;
  bic?: string;
}

const INFORMATION: Record<Locale, (reference: string) => string> = {
  de: (reference) => `Gebühr für Vorgang ${reference}`,
  en: (reference) => `Fee for case ${reference}`,
};

/**
 * The transfer that pays `amountCents` of the fee of a case: into the fee account, with the
 * case's RF reference as structured reference and a line naming the case for the payer.
 */
export function feeTransferFor(input: {
  account: FeeAccount;
  reference: CaseReference;
  amountCents: number;
  locale: Locale;
}): EpcTransfer {
  const { account, reference, amountCents, locale } = input;
  return {
    ...(account.bic ? { bic: account.bic } : {}),
    name: account.name,
    iban: account.iban,
    amountCents,
    remittance: { kind: "reference", reference: creditorReferenceForCase(reference) },
    information: INFORMATION[locale](reference),
  };
}

/**
 * The GiroCode payload of a fee notice (see `feeTransferFor`). Refused, with the problems, when
 * the account is misconfigured (a wrong IBAN, a name over 70 characters) or the amount is not
 * payable. Never throws.
 */
export function feePayloadFor(input: Parameters<typeof feeTransferFor>[0]): EpcBuild {
  return buildEpcPayload(feeTransferFor(input));
}
