/**
 * The search against the real catalogue of Marburg: what people type and what they
 * should find first. A failure here means either the ranking or the data got worse.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Locale } from "../../domain/locale";
import { buildSearchIndex, searchServices } from "./domain/search";
import { Service, ServiceGroup } from "./domain/service";

const catalogue = z
  .object({ groups: z.array(ServiceGroup), services: z.array(Service) })
  .parse(
    JSON.parse(readFileSync(new URL("../../../tenants/marburg/services.json", import.meta.url), "utf8")),
  );
const index = buildSearchIndex(catalogue.services, catalogue.groups);
const search = (query: string, locale: Locale) => searchServices(index, query, locale).map((h) => h.key);

/**
 * query, locale, the expected first hit — or, for an ambiguous query, the services one
 * of which must come first while the others are in the top 3.
 */
const CASES: [query: string, locale: Locale, expected: string | string[]][] = [
  // ID cards and passports
  ["Personalausweis", "de", "personalausweis"],
  ["Personalausweis beantragen", "de", "personalausweis"],
  ["Perso", "de", "personalausweis"],
  ["perso beantragen", "de", "personalausweis"],
  ["Ausweis", "de", "personalausweis"],
  ["Personalausweiss", "de", "personalausweis"],
  ["Ausweis verloren", "de", "ausweis-verlust-melden"],
  ["Reisepass gestohlen", "de", "ausweis-verlust-melden"],
  ["Perso weg", "de", "ausweis-verlust-melden"],
  ["Reisepass", "de", "reisepass"],
  ["Reisepas", "de", "reisepass"],
  ["Pass", "de", "reisepass"],
  ["Pass abgelaufen", "de", "reisepass"],
  ["Kinderpass", "de", "kinderreisepass"],
  ["Passbild", "de", "passfoto-im-amt"],
  ["Ausweis abholen", "de", "ausweis-abholen"],
  ["PIN vergessen", "de", "online-ausweisfunktion"],
  // registration
  ["ummelden", "de", "ummeldung-wohnsitz"],
  ["Umzug", "de", ["ummeldung-wohnsitz", "anmeldung-wohnsitz"]],
  ["umziehen", "de", ["ummeldung-wohnsitz", "anmeldung-wohnsitz"]],
  ["neue Wohnung anmelden", "de", "anmeldung-wohnsitz"],
  ["Anmeldung", "de", "anmeldung-wohnsitz"],
  ["Abmeldung", "de", "abmeldung-wohnsitz"],
  ["Adresse ändern", "de", "ummeldung-wohnsitz"],
  ["Wohnungsgeberbestaetigung", "de", "wohnungsgeberbestaetigung"],
  ["Vermieterbescheinigung", "de", "wohnungsgeberbestaetigung"],
  ["Meldebeschienigung", "de", "meldebescheinigung"],
  ["Meldebestätigung", "de", "meldebescheinigung"],
  // certificates
  ["Führungszeugnis", "de", "fuehrungszeugnis"],
  ["Fuehrungszeugnis", "de", "fuehrungszeugnis"],
  ["Fuhrungszeugnis", "de", "fuehrungszeugnis"],
  ["Fürungszeugnis", "de", "fuehrungszeugnis"],
  ["Führungszeugnis Kita", "de", "fuehrungszeugnis-erweitert"],
  ["Beglaubigung", "de", ["beglaubigung-kopie", "beglaubigung-unterschrift"]],
  ["Kopie beglaubigen", "de", "beglaubigung-kopie"],
  ["Unterschrift beglaubigen", "de", "beglaubigung-unterschrift"],
  ["Lebensbescheinigung Rente", "de", "lebensbescheinigung"],
  // traffic, trade, elections, taxes
  ["Anwohnerparken", "de", "bewohnerparkausweis"],
  ["Bewohner-Parkausweis", "de", "bewohnerparkausweis"],
  ["Oberstadt", "de", "oberstadtplakette"],
  ["Gewerbe anmelden", "de", "gewerbe-anmelden"],
  ["Gewerbeanmeldung", "de", "gewerbe-anmelden"],
  ["Firma abmelden", "de", "gewerbe-abmelden"],
  ["selbstständig machen", "de", "gewerbe-anmelden"],
  ["Briefwahl", "de", "briefwahl"],
  ["wählen", "de", "briefwahl"],
  ["Hund anmelden", "de", "hundesteuer-anmelden"],
  ["Hundesteuer abmelden", "de", "hundesteuer-abmelden"],
  ["Hundemarke verloren", "de", "hundesteuermarke-ersatz"],
  // lost property: a lost wallet is lost property, not a lost ID
  ["Fundbuero", "de", ["fundsache-verloren", "fundsache-abgeben"]],
  ["Geldbörse verloren", "de", "fundsache-verloren"],
  ["Handy verloren", "de", "fundsache-verloren"],
  ["Schlüssel gefunden", "de", "fundsache-abgeben"],
  // social, civil status, residence
  ["Wohngeld", "de", "wohngeld"],
  ["heiraten", "de", "eheschliessung-anmelden"],
  ["Hochzeit", "de", "eheschliessung-anmelden"],
  ["Geburtsurkunde", "de", "geburtsurkunde"],
  ["Baby", "de", ["geburt-anzeigen", "geburtsurkunde"]],
  ["Todesfall", "de", ["sterbefall-anzeigen", "sterbeurkunde"]],
  ["Heiratsurkunde", "de", "eheurkunde"],
  ["Einbürgerung", "de", "einbuergerung"],
  ["Staatsangehörigkeit", "de", "einbuergerung"],
  ["Aufenthaltstitel verlängern", "de", "aufenthaltstitel-verlaengern"],
  ["Aufenthaltserlaubnis", "de", "aufenthaltstitel-verlaengern"],
  // English page
  ["ID card", "en", "personalausweis"],
  ["passport", "en", "reisepass"],
  ["register address", "en", "anmeldung-wohnsitz"],
  ["certificate of good conduct", "en", "fuehrungszeugnis"],
  ["dog tax", "en", "hundesteuer-anmelden"],
  ["housing benefit", "en", "wohngeld"],
  ["residence permit", "en", "aufenthaltstitel-verlaengern"],
  ["lost passport", "en", "ausweis-verlust-melden"],
  // German words on the English page
  ["Führungszeugnis", "en", "fuehrungszeugnis"],
  ["Perso", "en", "personalausweis"],
  ["Ummeldung", "en", "ummeldung-wohnsitz"],
];

describe("search ranking on the Marburg catalogue", () => {
  it("knows every service the cases expect", () => {
    const keys = new Set(catalogue.services.map((s) => s.key));
    for (const [, , expected] of CASES) {
      for (const key of [expected].flat()) expect(keys, key).toContain(key);
    }
  });

  it.each(CASES)("%s (%s) → %s", (query, locale, expected) => {
    const hits = search(query, locale);
    if (typeof expected === "string") {
      expect(hits[0], `${query}: ${hits.slice(0, 5).join(", ")}`).toBe(expected);
    } else {
      expect(expected, `${query}: ${hits.slice(0, 5).join(", ")}`).toContain(hits[0]);
      expect(hits.slice(0, 3)).toEqual(expect.arrayContaining(expected));
    }
  });

  it("puts the lost-ID service above the ID card for a lost ID", () => {
    const hits = search("Ausweis verloren", "de");
    expect(hits.indexOf("ausweis-verlust-melden")).toBeLessThan(hits.indexOf("personalausweis"));
  });

  it("keeps the other reading of an ambiguous query close", () => {
    expect(search("Geldbörse verloren", "de").slice(0, 3)).toContain("ausweis-verlust-melden");
    expect(search("ummelden", "de").slice(0, 3)).toContain("gewerbe-ummelden");
  });

  it("finds nothing for gibberish or for what the city does not offer here", () => {
    expect(search("xqzt", "de")).toEqual([]);
    expect(search("xqzt", "en")).toEqual([]);
    expect(search("Sperrmüll", "de")).toEqual([]);
  });

  it("finds every service by its own name", () => {
    for (const service of catalogue.services) {
      for (const locale of ["de", "en"] as const) {
        const hits = search(service.name[locale], locale);
        expect(hits.slice(0, 3), `${service.key} (${locale}): ${hits.slice(0, 5).join(", ")}`).toContain(
          service.key,
        );
      }
    }
  });
});
