import type { CityWays } from "../../src/modules/catalog/domain/service-ways";

const t = (de: string, en: string) => ({ de, en });

const ONLINE = [
  {
    kind: "external",
    url: "https://www.fuehrungszeugnis.bund.de",
    provider: t("Bundesamt für Justiz", "Federal Office of Justice"),
  },
  { kind: "not-yet" },
  { kind: "not-possible", reason: t("Das Original muss vorgelegt werden.", "The original must be shown.") },
  { kind: "not-possible" },
] as const;

const PRESENCE = [
  { required: true, reason: t("Fingerabdrücke werden vor Ort erfasst.", "Fingerprints are taken on site.") },
  { required: false, proxy: false, inWriting: false },
  { required: false, proxy: true, inWriting: false },
  { required: false, proxy: false, inWriting: true },
  { required: false, proxy: true, inWriting: true },
] as const;

const BOOLEANS = [false, true] as const;

/** One combination of a service's facts about its ways, and the city's. */
export interface FactCombination {
  label: string;
  /** a service candidate for the catalogue schema (it may refuse it) */
  candidate: Record<string, unknown>;
  city: CityWays;
}

/**
 * Every combination of the facts a service page's statements depend on: online (4 kinds),
 * presence (5), Stadtbüro, mobile, help point, a responsible office, status, and whether the
 * city has terminals — 1,280 in all, valid and contradicting ones alike.
 */
export function allFactCombinations(): FactCombination[] {
  const all: FactCombination[] = [];
  for (const [o, online] of ONLINE.entries())
    for (const [p, presence] of PRESENCE.entries())
      for (const stadtbuero of BOOLEANS)
        for (const mobile of BOOLEANS)
          for (const helpPoint of BOOLEANS)
            for (const responsibleLocation of [null, "ordnungsamt"])
              for (const status of ["offered", "discontinued"] as const)
                for (const selfServiceTerminals of BOOLEANS)
                  all.push({
                    label: JSON.stringify({
                      online: o,
                      presence: p,
                      stadtbuero,
                      mobile,
                      helpPoint,
                      responsibleLocation,
                      status,
                      selfServiceTerminals,
                    }),
                    candidate: {
                      key: "leistung",
                      leikaKey: null,
                      group: "gruppe",
                      name: t("Leistung", "Service"),
                      summary: t("Kurz erklärt.", "Briefly explained."),
                      keywords: { de: [], en: [] },
                      legalBasis: [],
                      requiredDocuments: [],
                      fee: { kind: "free" },
                      personalAppearance: presence,
                      counterMinutes: null,
                      channels: { online, stadtbuero, mobile, helpPoint },
                      responsibleLocation,
                      status,
                      popularity: null,
                      notes: [],
                      nextSteps: [
                        t("Sie erhalten einen Bescheid per Post.", "You receive a decision by post."),
                      ],
                    },
                    city: { selfServiceTerminals, platformForms: new Set<string>() },
                  });
  return all;
}
