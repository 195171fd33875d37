import { isIsoDate } from "../../../../../domain/text";
import { type Body, filled } from "../base";
import type { Problem } from "../kind";

/**
 * A date is posted as three inputs, `<name>.day`, `<name>.month`, `<name>.year` (GOV.UK's
 * date input): people type "7 3 1980" more reliably than "1980-03-07".
 */
export const DATE_PARTS = ["day", "month", "year"] as const;

export type DatePartsRead = { blank: true } | { blank: false; iso?: string; problems: Problem[] };

/**
 * Reads the three parts of a date below `name`. A missing part is named ("the date must
 * include a month"); parts that are not numbers, or a day that does not exist, give
 * `notARealDate` on the day. `prefix` is the part path the problems carry (`dateOfBirth.`).
 */
export function readDateParts(body: Body, name: string, prefix = ""): DatePartsRead {
  const [day, month, year] = DATE_PARTS.map((part) => filled(body, `${name}.${part}`));
  if (day === undefined && month === undefined && year === undefined) return { blank: true };
  const missing = DATE_PARTS.find((_, i) => [day, month, year][i] === undefined);
  if (missing)
    return { blank: false, problems: [{ code: `${missing}Missing`, part: `${prefix}${missing}` }] };
  const notReal = { blank: false as const, problems: [{ code: "notARealDate", part: `${prefix}day` }] };
  if (!/^\d{1,2}$/.test(day ?? "") || !/^\d{1,2}$/.test(month ?? "") || !/^\d{4}$/.test(year ?? "")) {
    return notReal;
  }
  const iso = `${year}-${month?.padStart(2, "0")}-${day?.padStart(2, "0")}`;
  return isIsoDate(iso) ? { blank: false, iso, problems: [] } : notReal;
}

/** A stored date as the three inputs that would post it ("7", "3", "1980"). */
export function datePartsOf(name: string, iso: string): Record<string, string> {
  const [year = "", month = "", day = ""] = iso.split("-");
  return {
    [`${name}.day`]: String(Number(day)),
    [`${name}.month`]: String(Number(month)),
    [`${name}.year`]: year,
  };
}
