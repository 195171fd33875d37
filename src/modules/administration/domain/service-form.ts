import type { Service } from "../../catalog/domain/index";
import {
  euroCentsOf,
  euroText,
  type FormValues,
  type IssuePlacement,
  isoDateOf,
  listOf,
  optionalLocalized,
  type Problem,
  textOf,
  textProblem,
  wholeNumberOf,
} from "./form-values";

/**
 * The service form: the fields an administrator changes in practice (names, summaries,
 * minutes at the counter, where an appointment can be booked, the fee). Everything else of
 * the service is kept as it is. The catalogue's own schema has the last word.
 */

export const FEE_KINDS = ["free", "unknown", "amounts"] as const;
export const FEE_ITEM_KINDS = ["base", "surcharge"] as const;
/** the channels with appointments: online booking for the Stadtbüro, and the mobile Stadtbüro */
export const BOOKABLE_CHANNELS = ["stadtbuero", "mobile"] as const;
/** fee amounts the form offers (the demo catalogue's longest list has five) */
export const FEE_ROWS = 6;

export const SERVICE_LIMITS = { name: 200, summary: 1000, condition: 300, note: 1000 } as const;

export const feeField = (row: number, part: "kind" | "amount" | "condition-de" | "condition-en") =>
  `fee-${row}-${part}`;

/** The service form's fields in the order the page shows them. */
export const SERVICE_FIELDS = [
  "name-de",
  "name-en",
  "summary-de",
  "summary-en",
  "counter-minutes",
  "channels",
  "fee-kind",
  "fee-valid-from",
  "fee-note-de",
  "fee-note-en",
  ...Array.from({ length: FEE_ROWS }, (_, row) =>
    (["kind", "amount", "condition-de", "condition-en"] as const).map((part) => feeField(row, part)),
  ).flat(),
];

/** The form's values of a stored service. */
export function serviceFormValues(service: Service): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    "name-de": service.name.de,
    "name-en": service.name.en,
    "summary-de": service.summary.de,
    "summary-en": service.summary.en,
    "counter-minutes": service.counterMinutes === null ? "" : String(service.counterMinutes),
    channels: BOOKABLE_CHANNELS.filter((c) => service.channels[c]),
    "fee-kind": service.fee.kind,
    "fee-valid-from": service.fee.kind === "amounts" ? (service.fee.validFrom ?? "") : "",
    "fee-note-de": service.fee.note?.de ?? "",
    "fee-note-en": service.fee.note?.en ?? "",
  };
  const items = service.fee.kind === "amounts" ? service.fee.items : [];
  items.forEach((item, row) => {
    // the form's select offers the base amount as its empty first option
    values[feeField(row, "kind")] = item.kind === "surcharge" ? "surcharge" : "";
    values[feeField(row, "amount")] = euroText(item.amountCents);
    values[feeField(row, "condition-de")] = item.condition?.de ?? "";
    values[feeField(row, "condition-en")] = item.condition?.en ?? "";
  });
  return values;
}

/**
 * The service as the form would change it, for the catalogue schema to check, with the
 * problems only the form can see (blank or malformed amounts, overlong texts).
 * `itemRows[i]` is the form row of fee item i, to place the schema's problems.
 */
export function serviceFromForm(
  base: Service,
  values: FormValues,
): { candidate: unknown; problems: Problem[]; itemRows: number[] } {
  const t = (name: string) => textOf(values, name);
  const problems: Problem[] = [
    ...textProblem("name-de", t("name-de"), SERVICE_LIMITS.name),
    ...textProblem("name-en", t("name-en"), SERVICE_LIMITS.name),
    ...textProblem("summary-de", t("summary-de"), SERVICE_LIMITS.summary),
    ...textProblem("summary-en", t("summary-en"), SERVICE_LIMITS.summary),
    ...textProblem("fee-note-de", t("fee-note-de"), SERVICE_LIMITS.note),
    ...textProblem("fee-note-en", t("fee-note-en"), SERVICE_LIMITS.note),
  ];
  const channels = listOf(values, "channels");
  const kind = t("fee-kind");
  const note = optionalLocalized(t("fee-note-de"), t("fee-note-en"));
  const itemRows: number[] = [];
  const items: unknown[] = [];
  for (let row = 0; kind === "amounts" && row < FEE_ROWS; row++) {
    const amount = t(feeField(row, "amount"));
    const de = t(feeField(row, "condition-de"));
    const en = t(feeField(row, "condition-en"));
    if (amount === "" && de === "" && en === "") continue;
    if (amount === "") problems.push({ field: feeField(row, "amount"), code: "required" });
    problems.push(
      ...textProblem(feeField(row, "condition-de"), de, SERVICE_LIMITS.condition),
      ...textProblem(feeField(row, "condition-en"), en, SERVICE_LIMITS.condition),
    );
    itemRows.push(row);
    items.push({
      kind: t(feeField(row, "kind")) || "base",
      amountCents: euroCentsOf(amount),
      condition: optionalLocalized(de, en),
    });
  }
  const validFrom = t("fee-valid-from");
  const fee =
    kind === "amounts"
      ? { kind, items, validFrom: validFrom === "" ? undefined : isoDateOf(validFrom), note }
      : { kind, note };
  const candidate = {
    ...base,
    name: { de: t("name-de"), en: t("name-en") },
    summary: { de: t("summary-de"), en: t("summary-en") },
    counterMinutes: wholeNumberOf(t("counter-minutes")),
    channels: {
      ...base.channels,
      stadtbuero: channels.includes("stadtbuero"),
      mobile: channels.includes("mobile"),
    },
    fee,
  };
  return { candidate, problems, itemRows };
}

/** Where a problem the catalogue schema found belongs on the service form. */
export function placeServiceIssue(path: readonly PropertyKey[], itemRows: readonly number[]): IssuePlacement {
  const [first, second, third, fourth, fifth] = path;
  if (first === "name" || first === "summary") return { field: `${String(first)}-${String(second)}` };
  if (first === "counterMinutes") return { field: "counter-minutes", code: "range", min: 1, max: 480 };
  // e.g. a discontinued service cannot be made bookable (catalog/domain/ways.ts)
  if (first === "channels") return { field: "channels" };
  if (first !== "fee") return undefined;
  if (second === "kind" || second === undefined) return { field: "fee-kind", code: "choose" };
  if (second === "validFrom") return { field: "fee-valid-from", code: "date" };
  if (second === "note") return { field: `fee-note-${String(third)}`, code: "both-languages" };
  if (second !== "items") return undefined;
  if (third === undefined) return { field: feeField(0, "amount"), code: "amount-needed" };
  const row = itemRows[Number(third)] ?? 0;
  if (fourth === "amountCents") return { field: feeField(row, "amount"), code: "euro" };
  if (fourth === "kind") return { field: feeField(row, "kind"), code: "choose" };
  if (fourth === "condition")
    return { field: feeField(row, fifth === "en" ? "condition-en" : "condition-de"), code: "both-languages" };
  return { field: feeField(row, "amount") };
}
