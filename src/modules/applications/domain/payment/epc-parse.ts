import {
  EPC_LIMITS,
  type EpcField,
  type EpcProblem,
  type EpcRemittance,
  type EpcTransfer,
  epcTransferProblems,
  utf8ByteLength,
} from "./epc-transfer";

/*
 * Reads an EPC QR payload back into its transfer and judges it by the same rules the builder
 * follows, so a test (or a support tool) can check what a fee notice's code really says.
 * Lines may end in LF or CR LF; trailing empty lines may be left out, as the standard allows.
 * Only the UTF-8 character set (`1`) is read: the other seven name single-byte encodings whose
 * bytes a decoded string no longer shows.
 */

export type EpcParse =
  | { ok: true; transfer: EpcTransfer; version: "001" | "002" }
  | { ok: false; problems: EpcProblem[] };

/** The lines up to and including the IBAN must be there; the standard defines twelve in all. */
const MIN_LINES = 7;
const MAX_LINES = 12;

/** Parses an EPC QR payload and validates every field. Never throws. */
export function parseEpcPayload(payload: string): EpcParse {
  const problems: EpcProblem[] = [];
  const fail = (field: EpcField, code: EpcProblem["code"]): EpcParse => ({
    ok: false,
    problems: [{ field, code }],
  });
  if (utf8ByteLength(payload) > EPC_LIMITS.payloadBytes) return fail("payload", "too-many-bytes");
  const lines = payload.split(/\r?\n/);
  if (lines.length < MIN_LINES || lines.length > MAX_LINES) return fail("payload", "invalid");
  const line = (n: number) => lines[n] ?? "";
  const [tag, version, characterSet, identification] = [line(0), line(1), line(2), line(3)];
  if (tag !== "BCD") return fail("serviceTag", "invalid");
  if (version !== "001" && version !== "002")
    return fail("version", /^\d{3}$/.test(version) ? "unsupported" : "invalid");
  if (characterSet !== "1")
    return fail("characterSet", /^[2-8]$/.test(characterSet) ? "unsupported" : "invalid");
  if (identification !== "SCT") return fail("identification", "invalid");

  const [bic, name, iban, amount, purpose] = [line(4), line(5), line(6), line(7), line(8)];
  const [reference, text, info] = [line(9), line(10), line(11)];
  const transfer: EpcTransfer = { name, iban };
  if (bic !== "") transfer.bic = bic;
  if (amount !== "") {
    const cents = parseEpcAmount(amount);
    if (cents === undefined) problems.push({ field: "amount", code: "invalid" });
    else transfer.amountCents = cents;
  }
  if (purpose !== "") transfer.purpose = purpose;
  const remittance = remittanceOf(reference, text);
  if (remittance === "both") problems.push({ field: "reference", code: "reference-and-text" });
  else if (remittance !== undefined) transfer.remittance = remittance;
  if (info !== "") transfer.information = info;

  problems.push(...epcTransferProblems(transfer, { bicRequired: version === "001" }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, transfer, version };
}

function remittanceOf(reference: string, text: string): EpcRemittance | "both" | undefined {
  if (reference !== "" && text !== "") return "both";
  if (reference !== "") return { kind: "reference", reference };
  if (text !== "") return { kind: "text", text };
  return undefined;
}

/**
 * The cents of an amount field (`EUR123.45`, `EUR12.3`, `EUR7`), or undefined when it is not
 * written that way. The range is judged with the other rules.
 */
export function parseEpcAmount(field: string): number | undefined {
  const match = /^EUR(0|[1-9]\d{0,11})(?:\.(\d{1,2}))?$/.exec(field);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}
