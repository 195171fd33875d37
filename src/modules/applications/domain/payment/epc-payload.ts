import {
  EPC_LIMITS,
  type EpcProblem,
  type EpcTransfer,
  epcTransferProblems,
  formatEpcAmount,
  utf8ByteLength,
} from "./epc-transfer";

/*
 * The EPC QR payload: twelve lines separated by LF, of which trailing empty ones are left out.
 *
 *   BCD · 002 · 1 (UTF-8) · SCT · BIC · name · IBAN · EUR amount · purpose · RF reference ·
 *   text · information
 *
 * The QR code itself (error correction level M) is drawn by whoever prints it.
 */

const SERVICE_TAG = "BCD";
const VERSION = "002";
const UTF8 = "1";
const SEPA_CREDIT_TRANSFER = "SCT";

export type EpcBuild = { ok: true; payload: string } | { ok: false; problems: EpcProblem[] };

/**
 * Encodes a transfer as an EPC QR payload of version 002 in UTF-8. Refuses, with every problem
 * found, a transfer that breaks a rule of the standard or whose payload exceeds 331 bytes.
 * Never throws.
 * @example buildEpcPayload({ name: "Stadt Marburg", iban: "DE89370400440532013000", amountCents: 1300,
 *   remittance: { kind: "reference", reference: "RF18539007547034" } })
 */
export function buildEpcPayload(transfer: EpcTransfer): EpcBuild {
  const problems = epcTransferProblems(transfer);
  if (problems.length > 0) return { ok: false, problems };
  const { remittance } = transfer;
  const lines = [
    SERVICE_TAG,
    VERSION,
    UTF8,
    SEPA_CREDIT_TRANSFER,
    transfer.bic ?? "",
    transfer.name,
    transfer.iban,
    transfer.amountCents === undefined ? "" : formatEpcAmount(transfer.amountCents),
    transfer.purpose ?? "",
    remittance?.kind === "reference" ? remittance.reference : "",
    remittance?.kind === "text" ? remittance.text : "",
    transfer.information ?? "",
  ];
  while (lines.at(-1) === "") lines.pop();
  const payload = lines.join("\n");
  if (utf8ByteLength(payload) > EPC_LIMITS.payloadBytes)
    return { ok: false, problems: [{ field: "payload", code: "too-many-bytes" }] };
  return { ok: true, payload };
}
