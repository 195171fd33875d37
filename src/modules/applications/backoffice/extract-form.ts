import { isCleanLine } from "../../../domain/text";
import { DOCUMENT_TEXTS } from "../documents/pdf/document-texts";
import {
  Address,
  EXTRACT_FIELD,
  type ExtendedItem,
  MAX_NATIONALITIES,
  MAX_PREVIOUS_ADDRESSES,
  RegisterExtract,
} from "../domain";
import { type ActionBody, parseDay } from "./action-forms";

/*
 * The register data of an extended Meldebescheinigung, as the clerk types them into the
 * approval's form: one input per item the resident chose, read here into a `RegisterExtract`
 * (checked by its schema) or into problems next to the inputs. Only the chosen items are read;
 * whatever else is posted is ignored.
 */

/** The approval form's input of each item. */
export const EXTRACT_INPUTS = {
  "place-of-birth": "approvePlaceOfBirth",
  nationalities: "approveNationalities",
  "marital-status": "approveMaritalStatus",
  "move-in-date": "approveMoveInDate",
  "previous-addresses": "approvePreviousAddresses",
} as const satisfies Record<ExtendedItem, string>;

/** The marital statuses of the register; the certificate prints their German term. */
export const MARITAL_STATUSES = Object.keys(
  DOCUMENT_TEXTS.meldebescheinigung.maritalStatuses,
) as MaritalStatus[];
export type MaritalStatus = keyof typeof DOCUMENT_TEXTS.meldebescheinigung.maritalStatuses;

export type ExtractProblem =
  | "placeOfBirthRequired"
  | "placeOfBirthTooLong"
  | "nationalitiesRequired"
  | "nationalityTooLong"
  | "nationalitiesTooMany"
  | "maritalStatusRequired"
  | "moveInDateRequired"
  | "moveInDateInvalid"
  | "moveInDateInFuture"
  | "previousAddressesRequired"
  | "previousAddressInvalid"
  | "previousAddressesTooMany"
  | "invalidCharacters";

export interface ExtractError {
  field: string;
  problem: ExtractProblem;
  /** the line of a list input the problem is in (1 for the first) */
  line?: number;
}

export type ExtractParse = { ok: true; extract: RegisterExtract } | { ok: false; errors: ExtractError[] };

const HOUSE_NUMBER = /^(.*\S)\s+(\d{1,5} ?[a-zA-Z]?(?: ?[-/] ?\d{1,5} ?[a-zA-Z]?)?)$/;
const TOWN = /^(?:D-)?(\d{5})\s+(\S.*)$/i;

/**
 * One address as typed on a line: `Heideweg 12, 35039 Marburg`, with an optional addition
 * between (`Heideweg 12, Hinterhaus, 35039 Marburg`); undefined when it is not one.
 */
export function parseAddressLine(text: string): Address | undefined {
  const parts = text.split(",").map((p) => p.trim());
  const first = HOUSE_NUMBER.exec(parts[0] ?? "");
  const last = TOWN.exec(parts.at(-1) ?? "");
  if (parts.length < 2 || !first || !last) return undefined;
  const addition = parts.slice(1, -1).join(", ");
  const parsed = Address.safeParse({
    street: first[1],
    houseNumber: first[2],
    ...(addition !== "" && { addition }),
    postalCode: last[1],
    city: last[2],
  });
  return parsed.success ? parsed.data : undefined;
}

/** The non-blank lines (or comma-separated parts) of a list input. */
function entriesOf(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((e) => e.trim())
    .filter((e) => e !== "");
}

/**
 * Reads the register data of `items` from the posted approval form.
 * @param today the day in the municipality's zone (a move-in date cannot be later)
 */
export function parseRegisterExtract(
  items: readonly ExtendedItem[],
  body: ActionBody,
  today: string,
): ExtractParse {
  const errors: ExtractError[] = [];
  const extract: RegisterExtract = {};
  const text = (item: ExtendedItem) => (body[EXTRACT_INPUTS[item]] ?? "").replace(/\r\n?/g, "\n").trim();
  const problem = (item: ExtendedItem, p: ExtractProblem, line?: number) =>
    errors.push({ field: EXTRACT_INPUTS[item], problem: p, ...(line !== undefined && { line }) });
  for (const item of items) {
    const value = text(item);
    switch (item) {
      case "place-of-birth":
        if (value === "") problem(item, "placeOfBirthRequired");
        else if (!isCleanLine(value)) problem(item, "invalidCharacters");
        else if (value.length > 100) problem(item, "placeOfBirthTooLong");
        else extract.placeOfBirth = value;
        break;
      case "nationalities": {
        const entries = [...new Set(entriesOf(value, /[,\n]/))];
        if (entries.length === 0) problem(item, "nationalitiesRequired");
        else if (!entries.every(isCleanLine)) problem(item, "invalidCharacters");
        else if (entries.length > MAX_NATIONALITIES) problem(item, "nationalitiesTooMany");
        else if (entries.some((e) => e.length > 60)) problem(item, "nationalityTooLong");
        else extract.nationalities = entries;
        break;
      }
      case "marital-status": {
        const status = MARITAL_STATUSES.find((s) => s === value);
        if (!status) problem(item, "maritalStatusRequired");
        else extract.maritalStatus = DOCUMENT_TEXTS.meldebescheinigung.maritalStatuses[status];
        break;
      }
      case "move-in-date": {
        const day = value === "" ? undefined : parseDay(value);
        if (value === "") problem(item, "moveInDateRequired");
        else if (!day) problem(item, "moveInDateInvalid");
        else if (day > today) problem(item, "moveInDateInFuture");
        else extract.moveInDate = day;
        break;
      }
      case "previous-addresses": {
        const lines = value.split("\n").map((l, i) => ({ text: l.trim(), line: i + 1 }));
        const filled = lines.filter((l) => l.text !== "");
        if (filled.length === 0) problem(item, "previousAddressesRequired");
        else if (filled.length > MAX_PREVIOUS_ADDRESSES) problem(item, "previousAddressesTooMany");
        else {
          const addresses = filled.map((l) => ({ ...l, address: parseAddressLine(l.text) }));
          const wrong = addresses.find((a) => a.address === undefined);
          if (wrong) problem(item, "previousAddressInvalid", wrong.line);
          else extract.previousAddresses = addresses.flatMap((a) => (a.address ? [a.address] : []));
        }
        break;
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  // the schema has the last word: what it refuses is not stored, whatever the checks above let by
  const checked = RegisterExtract.safeParse(extract);
  if (!checked.success) {
    const field = String(checked.error.issues[0]?.path[0] ?? "");
    const item = items.find((i) => field === EXTRACT_FIELD[i]) ?? items[0];
    return { ok: false, errors: item ? [{ field: EXTRACT_INPUTS[item], problem: "invalidCharacters" }] : [] };
  }
  return { ok: true, extract: checked.data };
}
