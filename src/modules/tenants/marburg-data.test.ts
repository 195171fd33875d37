import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue, TENANT_FILE_NAMES, type TenantData, validateTenantFiles } from "./domain/tenant-files";

const DIR = new URL("../../../tenants/marburg/", import.meta.url);

function readTenant(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of TENANT_FILE_NAMES) {
    try {
      files[name] = JSON.parse(readFileSync(new URL(name, DIR), "utf8"));
    } catch (error) {
      files[name] = error instanceof Error ? error : new Error(String(error));
    }
  }
  return files;
}

function loadMarburg(): TenantData {
  const result = validateTenantFiles(readTenant());
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.data;
}

/**
 * Every amount the demo data may contain, each taken from the reference facts
 * (services-and-law.md). Any other amount would be an invented fee.
 */
const REFERENCE_AMOUNTS: Record<string, number[]> = {
  personalausweis: [4600, 2760, 1500],
  "vorlaeufiger-personalausweis": [1000],
  reisepass: [7000, 3750, 2200, 3200, 1500],
  "vorlaeufiger-reisepass": [2600],
  "passfoto-im-amt": [600],
  fuehrungszeugnis: [1300, 0],
  "fuehrungszeugnis-erweitert": [1300, 0],
  "gewerbezentralregister-auskunft": [1300],
  oberstadtplakette: [1800, 100],
  einbuergerung: [25500, 5100],
};

const OUTER_DISTRICTS = [
  "bauerbach",
  "bortshausen",
  "cappel",
  "cyriaxweimar",
  "dagobertshausen",
  "dilschhausen",
  "elnhausen",
  "ginseldorf",
  "gisselberg",
  "haddamshausen",
  "hermershausen",
  "marbach",
  "michelbach",
  "moischt",
  "ronhausen",
  "schroeck",
  "wehrda",
  "wehrshausen",
];

/** Keys other parts of the product (search tests, start page) rely on. */
const REQUIRED_SERVICE_KEYS = [
  "personalausweis",
  "vorlaeufiger-personalausweis",
  "reisepass",
  "vorlaeufiger-reisepass",
  "kinderreisepass",
  "passfoto-im-amt",
  "ausweis-verlust-melden",
  "ausweispflicht-befreiung",
  "online-ausweisfunktion",
  "anmeldung-wohnsitz",
  "ummeldung-wohnsitz",
  "abmeldung-wohnsitz",
  "wohnungsgeberbestaetigung",
  "meldebescheinigung",
  "melderegisterauskunft",
  "auskunftssperre",
  "fuehrungszeugnis",
  "gewerbezentralregister-auskunft",
  "beglaubigung-kopie",
  "beglaubigung-unterschrift",
  "lebensbescheinigung",
  "bewohnerparkausweis",
  "oberstadtplakette",
  "gewerbe-anmelden",
  "gewerbe-ummelden",
  "gewerbe-abmelden",
  "briefwahl",
  "hundesteuer-anmelden",
  "hundesteuer-abmelden",
  "fundsache-verloren",
  "fundsache-abgeben",
  "wohngeld",
  "geburtsurkunde",
  "eheurkunde",
  "sterbeurkunde",
  "eheschliessung-anmelden",
  "einbuergerung",
  "aufenthaltstitel-verlaengern",
];

describe("tenants/marburg", () => {
  const data = loadMarburg();
  const service = (key: string) => {
    const found = data.services.find((s) => s.key === key);
    if (!found) throw new Error(`no service "${key}"`);
    return found;
  };

  it("validates against the schemas and cross-references", () => {
    const result = validateTenantFiles(readTenant());
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("is the demo tenant for Marburg", () => {
    expect(data.profile).toMatchObject({
      id: "marburg",
      name: "Universitätsstadt Marburg",
      regionalKey: "065340014014",
      timeZone: "Europe/Berlin",
      demo: true,
    });
  });

  it("offers at least 55 services, 55 of them at the Stadtbüro", () => {
    const offered = data.services.filter((s) => s.status === "offered");
    expect(offered.length).toBeGreaterThanOrEqual(55);
    expect(offered.filter((s) => s.channels.stadtbuero)).toHaveLength(55);
  });

  it("has every service key other modules rely on", () => {
    const keys = new Set(data.services.map((s) => s.key));
    expect(REQUIRED_SERVICE_KEYS.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("has at least one service in every group", () => {
    const used = new Set(data.services.map((s) => s.group));
    expect(data.groups.filter((g) => !used.has(g.key)).map((g) => g.key)).toEqual([]);
  });

  it("ranks exactly eight services as most used, 1 to 8", () => {
    const ranks = data.services.flatMap((s) => (s.popularity === null ? [] : [s.popularity]));
    expect(ranks.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(service("personalausweis").popularity).toBe(1);
  });

  it("lists the 18 outer districts and Richtsberg as a core district", () => {
    const outer = data.districts.filter((d) => d.kind === "outer").map((d) => d.key);
    expect(outer.sort()).toEqual(OUTER_DISTRICTS);
    expect(data.districts.find((d) => d.key === "richtsberg")).toMatchObject({
      kind: "core",
      population: null,
    });
    expect(data.districts.find((d) => d.key === "cappel")).toMatchObject({
      population: 6780,
      populationAsOf: "2019-12-31",
    });
  });

  it("has six mobile stops, each in a district, card only, with all services", () => {
    const stops = data.locations.filter((l) => l.kind === "mobile-stop");
    expect(stops.map((l) => l.district).sort()).toEqual([
      "cappel",
      "elnhausen",
      "marbach",
      "richtsberg",
      "schroeck",
      "wehrda",
    ]);
    for (const stop of stops) {
      expect(stop.payment).toEqual({ card: true, cash: false });
      expect(stop.services).toBe("all");
      expect(stop.address.demo).toBe(true);
    }
  });

  it("lets help points assist only with online-capable services", () => {
    const helpPoints = data.locations.filter((l) => l.kind === "help-point");
    expect(helpPoints.map((l) => l.key).sort()).toEqual([
      "beratungszentrum-bip",
      "erwin-piscator-haus",
      "quartiersmanagement",
    ]);
    for (const point of helpPoints) {
      expect(Array.isArray(point.services)).toBe(true);
      for (const key of point.services as string[]) {
        expect(service(key).channels.helpPoint, key).toBe(true);
        expect(service(key).channels.online.kind, key).not.toBe("not-possible");
      }
    }
  });

  it("contains no fee amount that is not in the reference facts", () => {
    const invented = data.services.flatMap((s) => {
      if (s.fee.kind !== "amounts") return [];
      const allowed = REFERENCE_AMOUNTS[s.key] ?? [];
      return s.fee.items
        .filter((i) => !allowed.includes(i.amountCents))
        .map((i) => `${s.key}: ${i.amountCents}`);
    });
    expect(invented).toEqual([]);
  });

  it("stores fees the reference only calls 'common' or 'municipal' as unknown, with a note", () => {
    for (const key of [
      "meldebescheinigung",
      "beglaubigung-kopie",
      "beglaubigung-unterschrift",
      "gewerbe-anmelden",
      "gewerbe-ummelden",
      "gewerbe-abmelden",
      "bewohnerparkausweis",
    ]) {
      expect(service(key).fee.kind, key).toBe("unknown");
    }
    const unknownWithoutNote = data.services.filter((s) => s.fee.kind === "unknown" && !s.fee.note);
    expect(unknownWithoutNote.map((s) => s.key)).toEqual([]);
  });

  it("has the ID card fees valid from 7 February 2026", () => {
    const fee = service("personalausweis").fee;
    expect(fee.kind).toBe("amounts");
    if (fee.kind !== "amounts") return;
    expect(fee.validFrom).toBe("2026-02-07");
    const base = fee.items.filter((i) => i.kind === "base").map((i) => i.amountCents);
    expect(base.sort((a, b) => a - b)).toEqual([2760, 4600]);
  });

  it("has the passport fees with surcharges for 48 pages, express and home delivery", () => {
    const fee = service("reisepass").fee;
    if (fee.kind !== "amounts") throw new Error("reisepass fee is not a list of amounts");
    const byKind = (kind: "base" | "surcharge") =>
      fee.items
        .filter((i) => i.kind === kind)
        .map((i) => i.amountCents)
        .sort((a, b) => a - b);
    expect(byKind("base")).toEqual([3750, 7000]);
    expect(byKind("surcharge")).toEqual([1500, 2200, 3200]);
  });

  it("keeps the Kinderreisepass findable as discontinued, offered nowhere", () => {
    const kinderreisepass = service("kinderreisepass");
    expect(kinderreisepass.status).toBe("discontinued");
    expect(kinderreisepass.channels).toMatchObject({
      online: { kind: "not-possible" },
      stadtbuero: false,
      mobile: false,
      helpPoint: false,
    });
    expect(kinderreisepass.notes.some((n) => n.de.includes("2024") && n.en.includes("2024"))).toBe(true);
  });

  it("sends trade, registry and immigration services to their offices", () => {
    const byLocation = (key: string) =>
      data.services.filter((s) => s.responsibleLocation === key).map((s) => s.group);
    expect(new Set(byLocation("ordnungsamt"))).toEqual(new Set(["gewerbe"]));
    expect(new Set(byLocation("standesamt"))).toEqual(new Set(["standesamt"]));
    expect(new Set(byLocation("auslaenderbehoerde"))).toEqual(new Set(["aufenthalt-und-einbuergerung"]));
  });

  it("invents no LeiKa keys, opening hours or online links; every place has an address, made-up parts marked", () => {
    expect(data.services.filter((s) => s.leikaKey !== null).map((s) => s.key)).toEqual([]);
    // the reference names streets, never postal codes: every address holds an example and says so
    expect(data.locations.filter((l) => l.address.demo !== true).map((l) => l.key)).toEqual([]);
    const street = (key: string) => data.locations.find((l) => l.key === key)?.address.street;
    expect(["stadtbuero", "standesamt", "auslaenderbehoerde"].map(street)).toEqual(
      Array(3).fill("Frauenbergstraße 31"),
    );
    expect(street("ordnungsamt")).toBe("Schubertstraße 8b");
    expect(data.profile.contactPhone.demo).toBe(true);
    // the city's real fee account is not in the reference: the demo's is an example, and says so
    expect(data.profile.feeAccount).toMatchObject({
      demo: true,
      name: expect.stringMatching(/Beispielkonto/),
    });
    // hours come from the opening plans that drive booking, never a second list
    expect(data.locations.filter((l) => l.openingHours.length > 0).map((l) => l.key)).toEqual([]);
    const planned = new Set(data.openingPlans.plans.map((p) => p.location));
    expect(
      data.locations.filter((l) => !planned.has(l.key) && l.openingNote === undefined).map((l) => l.key),
    ).toEqual([]);
    const links = data.services.flatMap((s) =>
      s.channels.online?.kind === "external" ? [s.channels.online.url] : [],
    );
    expect(new Set(links)).toEqual(new Set(["https://www.fuehrungszeugnis.bund.de"]));
  });

  it("requires presence where the law does, and never lets those services be done online", () => {
    // services-and-law.md: fingerprints, the photo taken in the office, certified signatures
    for (const key of [
      "personalausweis",
      "vorlaeufiger-personalausweis",
      "reisepass",
      "vorlaeufiger-reisepass",
      "passfoto-im-amt",
      "beglaubigung-unterschrift",
      "lebensbescheinigung",
      "oberstadtplakette",
      "einbuergerung",
    ]) {
      expect(service(key).personalAppearance.required, key).toBe(true);
    }
    for (const key of ["personalausweis", "reisepass", "passfoto-im-amt", "beglaubigung-unterschrift"])
      expect(service(key).channels.online.kind, key).toBe("not-possible");
  });

  it("states the ways the reference gives for services without personal appearance", () => {
    const meldebescheinigung = service("meldebescheinigung");
    expect(meldebescheinigung.personalAppearance.required).toBe(false);
    expect(meldebescheinigung.channels.online).toEqual({ kind: "not-yet" });
    expect(service("abmeldung-wohnsitz").personalAppearance).toMatchObject({
      required: false,
      inWriting: true,
    });
    expect(service("gewerbezentralregister-auskunft").personalAppearance).toMatchObject({ proxy: true });
    expect(service("ausweispflicht-befreiung").personalAppearance).toMatchObject({ proxy: true });
    for (const key of ["gewerbe-anmelden", "gewerbe-ummelden", "gewerbe-abmelden"])
      expect(service(key).personalAppearance, key).toMatchObject({ required: false, proxy: true });
    expect(service("fuehrungszeugnis").channels.online.kind).toBe("external");
  });

  it("leaves every statement about ways to the facts, not to free text", () => {
    // such sentences contradicted the facts before (issue 9); the pages derive them now
    const claims =
      /online (über|beim|möglich)|Online-Portal|auch online|Terminal|Automat|Hilfepunkt|Anlaufstelle|Bestellungen gehen online/i;
    const texts = data.services.flatMap((s) => [
      [s.key, s.summary.de],
      ...s.notes.map((n) => [s.key, n.de]),
      ...s.nextSteps.map((n) => [s.key, n.de]),
    ]);
    expect(texts.filter(([, text]) => claims.test(text ?? ""))).toEqual([]);
  });

  it("says for every service what happens next, in German and English", () => {
    for (const s of data.services) {
      expect(s.nextSteps.length, s.key).toBeGreaterThan(0);
      for (const step of s.nextSteps) expect(step.de.length > 10 && step.en.length > 10, s.key).toBe(true);
    }
  });

  it("claims no self-service terminal: the city has none yet", () => {
    expect(data.profile.selfServiceTerminals).toBe(false);
  });
});
