import type { Locale } from "../../domain/locale";
import { messagesFor } from "../../platform/i18n/i18n";
import type { Location } from "./domain/location";

/**
 * A place's address on one line in `locale`, for mails, calendar entries and summaries. The
 * note on how to find the door and the mark of a demo tenant's example address follow in
 * brackets.
 * @example formatPlaceAddress(stadtbuero, "de")
 * // "Frauenbergstraße 31, 35039 Marburg (Eingang am Franz-Tuczek-Weg)"
 */
export function formatPlaceAddress(location: Pick<Location, "address">, locale: Locale): string {
  const { street, postalCode, city, note, demo } = location.address;
  const extras = [note?.[locale], demo ? messagesFor(locale).locations.demoAddress : undefined].filter(
    (x): x is string => Boolean(x),
  );
  const line = `${street}, ${postalCode} ${city}`;
  return extras.length > 0 ? `${line} (${extras.join("; ")})` : line;
}

/**
 * A place's name and address on one line, where a resident is told where to go.
 * @example formatPlace(stadtbuero, "en")
 * // "Stadtbüro Marburg (citizens' office), Frauenbergstraße 31, 35039 Marburg (Entrance on Franz-Tuczek-Weg)"
 */
export function formatPlace(location: Pick<Location, "name" | "address">, locale: Locale): string {
  return `${location.name[locale]}, ${formatPlaceAddress(location, locale)}`;
}
