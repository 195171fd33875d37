import type { Location } from "../../locations/domain/index";
import { type FormValues, type IssuePlacement, type Problem, textOf, textProblem } from "./form-values";

/**
 * The place form: names, kind and address. Description, opening hours, accessibility and
 * the rest stay as they are; the places schema has the last word.
 */

export const LOCATION_KINDS = ["stadtbuero", "office", "help-point", "mobile-stop"] as const;
/** The place form's fields in the order the page shows them. */
export const PLACE_FIELDS = ["name-de", "name-en", "kind", "street", "postal-code", "city"] as const;
export const PLACE_LIMITS = { name: 200, street: 200, city: 100 } as const;

export function placeFormValues(location: Location): Record<string, string> {
  return {
    "name-de": location.name.de,
    "name-en": location.name.en,
    kind: location.kind,
    street: location.address.street,
    "postal-code": location.address.postalCode,
    city: location.address.city,
  };
}

/**
 * The place as the form would change it, for the schema to check. Every place has an
 * address. A demo tenant's example address stays marked as one only while it is unchanged.
 */
export function placeFromForm(
  base: Location,
  values: FormValues,
): { candidate: unknown; problems: Problem[] } {
  const t = (name: string) => textOf(values, name);
  const street = t("street");
  const postalCode = t("postal-code");
  const city = t("city");
  const problems = [
    ...textProblem("name-de", t("name-de"), PLACE_LIMITS.name),
    ...textProblem("name-en", t("name-en"), PLACE_LIMITS.name),
    ...textProblem("street", street, PLACE_LIMITS.street),
    ...textProblem("city", city, PLACE_LIMITS.city),
  ];
  if (street === "") problems.push({ field: "street", code: "required" });
  if (postalCode === "") problems.push({ field: "postal-code", code: "required" });
  if (city === "") problems.push({ field: "city", code: "required" });
  const old = base.address;
  const unchanged = old.street === street && old.postalCode === postalCode && old.city === city;
  const candidate = {
    ...base,
    name: { de: t("name-de"), en: t("name-en") },
    kind: t("kind"),
    address: {
      street,
      postalCode,
      city,
      ...(old.note && { note: old.note }),
      ...(old.demo && unchanged && { demo: true }),
    },
  };
  return { candidate, problems };
}

export function placePlaceIssue(path: readonly PropertyKey[]): IssuePlacement {
  const [first, second] = path;
  if (first === "name") return { field: `name-${String(second)}` };
  if (first === "kind") return { field: "kind", code: "choose" };
  if (first === "address") {
    if (second === "street") return { field: "street", code: "too-short", min: 2 };
    if (second === "city") return { field: "city", code: "too-short", min: 2 };
    if (second === "postalCode") return { field: "postal-code", code: "postal-code" };
    return { field: "street" };
  }
  return undefined;
}
