import { describe, expect, it } from "vitest";
import { foldGerman, queryWords, stemEnglish, stemGerman, synonymsOf, wordKey, words } from "./german";

const de = (w: string) => wordKey(foldGerman(w), "de");
const en = (w: string) => wordKey(foldGerman(w), "en");

describe("foldGerman and words", () => {
  it("spells umlauts out and drops accents", () => {
    expect(foldGerman("Führungszeugnis")).toBe("fuehrungszeugnis");
    expect(foldGerman("GRÖẞE Straße")).toBe("groesse strasse");
    expect(foldGerman("Café")).toBe("cafe");
    // a decomposed ü (u + combining diaeresis) is the same letter
    expect(foldGerman("Fu\u0308hrung")).toBe("fuehrung");
  });

  it("splits on punctuation and keeps hyphenated words whole as well as in parts", () => {
    expect(words("Bewohner-Parkausweis, bitte!")).toEqual([
      "bewohner",
      "parkausweis",
      "bewohnerparkausweis",
      "bitte",
    ]);
    expect(words("Children's passport")).toEqual(["childrens", "passport"]);
    expect(words("  ")).toEqual([]);
  });

  it("reads a query without stopwords, hyphenated words as one", () => {
    expect(queryWords("Ich möchte meinen Bewohner-Parkausweis beantragen")).toEqual(["bewohnerparkausweis"]);
    expect(queryWords("How do I register my address")).toEqual(["register", "address"]);
    expect(queryWords("Pass pass PASS")).toEqual(["pass"]);
  });
});

describe("German keys", () => {
  it("treats ä = ae = a, ö = oe, ü = ue = u and ß = ss", () => {
    expect(de("Führungszeugnis")).toBe(de("Fuehrungszeugnis"));
    expect(de("Fuhrungszeugnis")).toBe(de("Führungszeugnis"));
    expect(de("Eheschließung")).toBe(de("Eheschliessung"));
    expect(de("Wohnungsgeberbestätigung")).toBe(de("Wohnungsgeberbestaetigung"));
    expect(de("Geldbörse")).toBe(de("Geldborse"));
  });

  it("maps inflected forms to one stem", () => {
    const same = (forms: string[]) => expect(new Set(forms.map(de)).size).toBe(1);
    same(["anmelden", "Anmeldung", "Anmeldungen", "angemeldet"]);
    same(["ummelden", "Ummeldung", "umgemeldet"]);
    same(["abmelden", "Abmeldung", "abgemeldet"]);
    same(["Personalausweis", "Personalausweise", "Personalausweises"]);
    same(["Reisepass", "Reisepässe", "Reisepasses"]);
    same(["Führungszeugnis", "Führungszeugnisse"]);
    same(["Einbürgerung", "einbürgern"]);
    same(["Verlängerung", "verlängern"]);
    same(["Beglaubigung", "beglaubigt", "beglaubigen"]);
    same(["heiraten", "geheiratet"]);
    same(["Hund", "Hunde", "Hundes", "Hunden"]);
    same(["Bürger", "Bürgern", "Bürgers"]);
  });

  it("does not over-strip", () => {
    expect(stemGerman("wohnung")).toBe("wohn");
    expect(stemGerman("ausweis")).toBe("ausweis");
    expect(stemGerman("pass")).toBe("pass");
    expect(stemGerman("ehe")).toBe("ehe");
    expect(stemGerman("gesundheit")).toBe("gesundheit");
    expect(stemGerman("geburt")).toBe("geburt");
  });

  it("keeps a doubled letter a possible typo", () => {
    expect(de("Personalausweiss")).toBe(de("Personalausweis"));
  });
});

describe("English keys", () => {
  it("strips plural and verb endings", () => {
    expect(stemEnglish("registering")).toBe(stemEnglish("register"));
    expect(stemEnglish("registered")).toBe(stemEnglish("register"));
    expect(en("certificates")).toBe(en("certificate"));
    expect(en("addresses")).toBe(en("address"));
    expect(en("cards")).toBe(en("card"));
  });
});

describe("synonyms", () => {
  it("knows everyday words by their stem", () => {
    expect(synonymsOf(de("Perso"), "de")).toEqual([[de("Personalausweis")]]);
    expect(synonymsOf(de("Hunde"), "de")).toEqual([[de("Hundesteuer")]]);
    expect(synonymsOf(de("umziehen"), "de")).toContainEqual([de("Wohnsitz"), de("ummelden")]);
    expect(synonymsOf(de("gestohlen"), "de")).toEqual([[de("Verlust")]]);
    expect(synonymsOf(en("lost"), "en")).toEqual([[en("loss")]]);
  });

  it("has none for ordinary words", () => {
    expect(synonymsOf(de("Personalausweis"), "de")).toEqual([]);
    expect(synonymsOf(de("xqzt"), "de")).toEqual([]);
  });
});
