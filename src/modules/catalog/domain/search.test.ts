import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSearchIndex, damerauLevenshtein, searchServices } from "./search";
import type { Service, ServiceGroup } from "./service";

interface Fixture {
  key: string;
  group: string;
  name: [de: string, en: string];
  summary?: [de: string, en: string];
  keywords?: [de: string[], en: string[]];
}

function service(f: Fixture): Service {
  return {
    key: f.key,
    leikaKey: null,
    group: f.group,
    name: { de: f.name[0], en: f.name[1] },
    summary: { de: f.summary?.[0] ?? f.name[0], en: f.summary?.[1] ?? f.name[1] },
    keywords: { de: f.keywords?.[0] ?? [], en: f.keywords?.[1] ?? [] },
    legalBasis: [],
    requiredDocuments: [],
    fee: { kind: "unknown" },
    personalAppearance: { required: false, proxy: false, inWriting: false },
    counterMinutes: null,
    channels: { online: { kind: "not-yet" }, stadtbuero: true, mobile: false, helpPoint: false },
    responsibleLocation: null,
    status: "offered",
    popularity: null,
    notes: [],
    nextSteps: [{ de: "Danach.", en: "After that." }],
  };
}

const groups: ServiceGroup[] = [
  ["ausweise", "Ausweise und Pässe", "ID cards and passports"],
  ["melden", "Wohnen und Melden", "Residence registration"],
  ["gewerbe", "Gewerbe", "Trade"],
  ["standesamt", "Standesamt", "Registry office"],
].map(([key, de, en]) => ({
  key: key as string,
  name: { de: de as string, en: en as string },
  description: { de: de as string, en: en as string },
}));

const services: Service[] = [
  service({
    key: "personalausweis",
    group: "ausweise",
    name: ["Personalausweis", "Identity card"],
    summary: [
      "Den Personalausweis beantragen Sie persönlich im Stadtbüro.",
      "Apply for a German identity card in person.",
    ],
    keywords: [["Perso", "Ausweis"], ["ID card"]],
  }),
  service({
    key: "vorlaeufiger-personalausweis",
    group: "ausweise",
    name: ["Vorläufiger Personalausweis", "Temporary identity card"],
  }),
  service({
    key: "reisepass",
    group: "ausweise",
    name: ["Reisepass", "Passport"],
    summary: ["Den Reisepass beantragen Sie im Stadtbüro.", "Apply for a passport."],
  }),
  service({
    key: "kinderreisepass",
    group: "ausweise",
    name: ["Kinderreisepass", "Children's passport"],
  }),
  service({
    key: "ausweis-verlust-melden",
    group: "ausweise",
    name: ["Verlust des Ausweises melden", "Report a lost ID card"],
    summary: [
      "Melden Sie den Verlust oder Diebstahl Ihres Personalausweises oder Reisepasses.",
      "Report a lost or stolen identity card or passport.",
    ],
  }),
  service({
    key: "anmeldung-wohnsitz",
    group: "melden",
    name: ["Anmeldung des Wohnsitzes", "Registering your address"],
    summary: ["Nach dem Einzug in eine neue Wohnung melden Sie sich an.", "Register after moving in."],
  }),
  service({
    key: "ummeldung-wohnsitz",
    group: "melden",
    name: ["Ummeldung des Wohnsitzes", "Changing your registered address"],
    summary: ["Bei einem Umzug innerhalb der Stadt melden Sie sich um.", "When you move within the city."],
  }),
  service({
    key: "fuehrungszeugnis",
    group: "melden",
    name: ["Führungszeugnis", "Certificate of good conduct"],
  }),
  service({
    key: "meldebescheinigung",
    group: "melden",
    name: ["Meldebescheinigung", "Certificate of registration"],
  }),
  service({
    key: "bewohnerparkausweis",
    group: "melden",
    name: ["Bewohner-Parkausweis", "Resident parking permit"],
  }),
  service({
    key: "gewerbe-anmelden",
    group: "gewerbe",
    name: ["Gewerbe anmelden", "Registering a business"],
  }),
  service({
    key: "gewerbe-abmelden",
    group: "gewerbe",
    name: ["Gewerbe abmelden", "Closing a business"],
  }),
  service({
    key: "hundesteuer-anmelden",
    group: "gewerbe",
    name: ["Hundesteuer anmelden", "Registering a dog for dog tax"],
  }),
  service({
    key: "eheschliessung-anmelden",
    group: "standesamt",
    name: ["Eheschließung anmelden", "Giving notice of marriage"],
  }),
];

const index = buildSearchIndex(services, groups);
const search = (q: string, locale: "de" | "en" = "de") => searchServices(index, q, locale).map((h) => h.key);
const top = (q: string, locale: "de" | "en" = "de") => search(q, locale)[0];

describe("searchServices: basics", () => {
  it("returns nothing for an empty or blank query", () => {
    expect(searchServices(index, "", "de")).toEqual([]);
    expect(searchServices(index, "   \t ", "de")).toEqual([]);
    expect(searchServices(index, "?!-", "de")).toEqual([]);
  });

  it("returns nothing for gibberish or stopwords only", () => {
    expect(search("xqzt")).toEqual([]);
    expect(search("qqqqqqqqqq zzzz")).toEqual([]);
    expect(search("ich möchte einen")).toEqual([]);
  });

  it("finds a service by its name, case-insensitively, best first with descending scores", () => {
    const hits = searchServices(index, "PERSONALAUSWEIS", "de");
    expect(hits[0]?.key).toBe("personalausweis");
    for (let i = 1; i < hits.length; i++) {
      expect(hits[i]?.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 0);
    }
  });

  it("respects the limit", () => {
    expect(searchServices(index, "anmelden", "de", 2)).toHaveLength(2);
    expect(searchServices(index, "anmelden", "de", 0)).toEqual([]);
  });

  it("keeps catalogue order for equal scores", () => {
    const twins = [
      service({ key: "b-zwilling", group: "melden", name: ["Zwillingsdienst", "Twin service"] }),
      service({ key: "a-zwilling", group: "melden", name: ["Zwillingsdienst", "Twin service"] }),
    ];
    const hits = searchServices(buildSearchIndex(twins, groups), "Zwillingsdienst", "de");
    expect(hits.map((h) => h.key)).toEqual(["b-zwilling", "a-zwilling"]);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });
});

describe("searchServices: German", () => {
  it("treats umlaut spellings alike", () => {
    for (const q of ["Führungszeugnis", "Fuehrungszeugnis", "Fuhrungszeugnis", "führungszeugnisse"]) {
      expect(top(q), q).toBe("fuehrungszeugnis");
    }
  });

  it("ignores hyphens and punctuation", () => {
    expect(top("Bewohner-Parkausweis")).toBe("bewohnerparkausweis");
    expect(top("bewohnerparkausweis!")).toBe("bewohnerparkausweis");
    expect(top("Bewohner Parkausweis")).toBe("bewohnerparkausweis");
  });

  it("finds inflected forms", () => {
    expect(top("ummelden")).toBe("ummeldung-wohnsitz");
    expect(top("umgemeldet")).toBe("ummeldung-wohnsitz");
    expect(top("Gewerbeanmeldung")).toBe("gewerbe-anmelden");
    expect(top("Gewerbe abmelden")).toBe("gewerbe-abmelden");
    expect(top("Abmeldung Gewerbe")).toBe("gewerbe-abmelden");
  });

  it("finds a part of a compound, below a whole word", () => {
    const ausweis = searchServices(index, "Ausweis", "de");
    expect(ausweis.map((h) => h.key)).toEqual(
      expect.arrayContaining(["personalausweis", "bewohnerparkausweis"]),
    );
    const pass = search("Reisepass");
    expect(pass[0]).toBe("reisepass");
    expect(pass).toContain("kinderreisepass");
    // "Steuer" is only a part of "Hundesteuer"
    expect(top("Steuer")).toBe("hundesteuer-anmelden");
  });

  it("ranks the service with the whole word above the compound", () => {
    const fixture = [
      service({ key: "kompositum", group: "melden", name: ["Hundesteuerbescheid", "Dog tax notice"] }),
      service({ key: "ganzes-wort", group: "melden", name: ["Bescheid", "Notice"] }),
    ];
    expect(searchServices(buildSearchIndex(fixture, groups), "Bescheid", "de").map((h) => h.key)).toEqual([
      "ganzes-wort",
      "kompositum",
    ]);
  });

  it("tolerates typos, below exact matches", () => {
    expect(top("Personalausweiss")).toBe("personalausweis");
    expect(top("Reisepas")).toBe("reisepass");
    expect(top("Meldebeschienigung")).toBe("meldebescheinigung");
    expect(top("Führungszeugniss")).toBe("fuehrungszeugnis");
    expect(top("Hnudesteuer")).toBe("hundesteuer-anmelden");
    const exact = searchServices(index, "Meldebescheinigung", "de")[0]?.score ?? 0;
    const typo = searchServices(index, "Meldebeschienigung", "de")[0]?.score ?? 0;
    expect(typo).toBeLessThan(exact);
  });

  it("does not treat short words as typos", () => {
    // "Pas" is three letters: no typo tolerance, no compound
    expect(search("Hnd")).toEqual([]);
  });

  it("understands everyday words", () => {
    expect(top("Perso")).toBe("personalausweis");
    expect(top("Pass")).toBe("reisepass");
    expect(top("Hund anmelden")).toBe("hundesteuer-anmelden");
    expect(top("heiraten")).toBe("eheschliessung-anmelden");
    expect(top("Firma abmelden")).toBe("gewerbe-abmelden");
    expect(top("Anwohnerparken")).toBe("bewohnerparkausweis");
    const umzug = search("Umzug");
    expect(["ummeldung-wohnsitz", "anmeldung-wohnsitz"]).toContain(umzug[0]);
    expect(umzug.slice(0, 3)).toEqual(expect.arrayContaining(["ummeldung-wohnsitz", "anmeldung-wohnsitz"]));
  });

  it("ignores stopwords and request words", () => {
    expect(top("Personalausweis beantragen")).toBe("personalausweis");
    expect(top("ich möchte meinen Perso beantragen")).toBe("personalausweis");
    expect(search("Reisepass beantragen")).toEqual(search("Reisepass"));
  });

  it("ranks services matching all words above those matching some", () => {
    const hits = search("Ausweis verloren");
    expect(hits[0]).toBe("ausweis-verlust-melden");
    expect(hits.indexOf("ausweis-verlust-melden")).toBeLessThan(hits.indexOf("personalausweis"));
    expect(top("neue Wohnung anmelden")).toBe("anmeldung-wohnsitz");
  });

  it("prefers the service whose name the query covers", () => {
    expect(search("Personalausweis").slice(0, 2)).toEqual([
      "personalausweis",
      "vorlaeufiger-personalausweis",
    ]);
  });
});

describe("searchServices: languages", () => {
  it("finds English names on the English page", () => {
    expect(top("ID card", "en")).toBe("personalausweis");
    expect(top("passport", "en")).toBe("reisepass");
    expect(top("register address", "en")).toBe("anmeldung-wohnsitz");
    expect(top("certificate of good conduct", "en")).toBe("fuehrungszeugnis");
    expect(top("lost ID card", "en")).toBe("ausweis-verlust-melden");
  });

  it("finds German words on the English page", () => {
    expect(top("Führungszeugnis", "en")).toBe("fuehrungszeugnis");
    expect(top("Perso", "en")).toBe("personalausweis");
  });

  it("weights the page's language higher", () => {
    const fixture = [
      service({ key: "deutsch", group: "melden", name: ["Hafen", "Port"] }),
      service({ key: "englisch", group: "melden", name: ["Anleger", "Hafen"] }),
    ];
    const i = buildSearchIndex(fixture, groups);
    expect(searchServices(i, "Hafen", "de")[0]?.key).toBe("deutsch");
    expect(searchServices(i, "Hafen", "en")[0]?.key).toBe("englisch");
  });
});

describe("damerauLevenshtein", () => {
  it("counts edits and swaps of neighbours, up to a limit", () => {
    expect(damerauLevenshtein("pass", "pass", 1)).toBe(0);
    expect(damerauLevenshtein("reisepas", "reisepass", 1)).toBe(1);
    expect(damerauLevenshtein("bescheinigung", "beschienigung", 2)).toBe(1);
    expect(damerauLevenshtein("hund", "hnud", 1)).toBe(1);
    expect(damerauLevenshtein("kitten", "sitting", 3)).toBe(3);
    expect(damerauLevenshtein("kitten", "sitting", 2)).toBe(3);
    expect(damerauLevenshtein("abc", "xyz", 1)).toBe(2);
    expect(damerauLevenshtein("", "ab", 2)).toBe(2);
  });

  it("agrees with the textbook algorithm", () => {
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      const at = (i: number, j: number) => d[i]?.[j] ?? 0;
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            v = Math.min(v, at(i - 2, j - 2) + 1);
          (d[i] as number[])[j] = v;
        }
      }
      return at(a.length, b.length);
    };
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 3 }), (a, b, max) => {
        expect(damerauLevenshtein(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("searchServices: any input", () => {
  it("never fails, respects the limit and sorts by score", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom("de" as const, "en" as const),
        (q, locale) => {
          const hits = searchServices(index, q, locale, 5);
          expect(hits.length).toBeLessThanOrEqual(5);
          for (let i = 1; i < hits.length; i++)
            expect(hits[i]?.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
