/**
 * Text normalisation for the catalogue search: folding, a light German and English
 * stemmer, stopwords and a table of everyday German words. Pure: the browser may import it.
 *
 * Every word goes through the same pipeline on both sides (catalogue text and query), so a
 * "key" only has to be consistent, not pretty: "Führungszeugnisse" → "fuhrungszeugni".
 */

/**
 * Lower-cases and spells umlauts out the way Germans type them without a German
 * keyboard: ä → ae, ö → oe, ü → ue, ß → ss; other accents are dropped (é → e).
 */
export function foldGerman(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}

/**
 * The words of a text, folded. Apostrophes vanish ("children's" → "childrens"); other
 * punctuation separates. A hyphenated word yields its parts and, with `joinHyphenated`,
 * also the joined word ("Bewohner-Parkausweis" → bewohner, parkausweis, bewohnerparkausweis).
 */
export function words(text: string, joinHyphenated = true): string[] {
  const out: string[] = [];
  const chunks = foldGerman(text)
    .replace(/['’`´]/g, "")
    .split(/[^a-z0-9-]+/);
  for (const chunk of chunks) {
    const parts = chunk.split("-").filter((p) => p.length > 0);
    if (parts.length === 0) continue;
    if (parts.length > 1 && joinHyphenated) out.push(...parts);
    out.push(parts.join(""));
  }
  return out;
}

/**
 * The words of a query: hyphenated words stay one word ("Bewohner-Parkausweis" is
 * one thing to look for), stopwords are dropped, duplicates removed.
 */
export function queryWords(query: string): string[] {
  const out: string[] = [];
  for (const w of words(query, false)) {
    if (!STOPWORDS.has(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** Separable verb prefixes that take the "ge" of a participle after them (um-ge-meldet). */
const PARTICIPLE =
  /^(ab|an|auf|aus|bei|ein|fest|her|hin|los|mit|nach|um|vor|weg|zu|zurueck|zusammen)?ge([a-z]{4,}t)$/;

/**
 * A light German stemmer for search rather than linguistics (in the spirit of CISTEM,
 * Weissweiler & Fraser 2017). It expects a folded word (see `foldGerman`):
 * - a weak participle loses its "ge" and "-(e)t": gemeldet, umgemeldet → (um)meld;
 *   gewählt → waehl; -igt becomes -ig (beglaubigt → beglaubig, like Beglaubigung);
 * - -ung and -ungen go: Anmeldung, Anmeldungen → anmeld;
 * - then up to two inflection endings: -ern, -en, -er, -es, -e, -(d|t)et, and -s after a
 *   consonant (not after -i, so Ausweis keeps its s): anmelden → anmeld, Bürgern → buerg,
 *   Lebens → leb, Ausweises → ausweis, Pässe → paess.
 */
export function stemGerman(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  const participle = PARTICIPLE.exec(w);
  if (participle && !/(heit|keit|schaft)$/.test(w)) {
    w = (participle[1] ?? "") + (participle[2] ?? "");
    w = /[dt]et$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
  }
  if (w.endsWith("igt")) w = w.slice(0, -1);
  const ung = /ung(en)?$/.exec(w);
  if (ung && w.length - ung[0].length >= 3) w = w.slice(0, -ung[0].length);
  for (let pass = 0; pass < 2; pass++) {
    const next = stripInflection(w);
    if (next === w) break;
    w = next;
  }
  return w;
}

/** One inflection ending, longest first; what remains keeps at least 3 (or 4) letters. */
const INFLECTIONS: readonly [ending: RegExp, length: number, minRest: number][] = [
  [/ern$/, 3, 4],
  [/[dt]et$/, 2, 4],
  [/en$/, 2, 3],
  [/er$/, 2, 4],
  [/es$/, 2, 3],
  [/e$/, 1, 3],
  [/[^eiusxz]s$/, 1, 3],
];

function stripInflection(w: string): string {
  for (const [ending, length, minRest] of INFLECTIONS) {
    if (ending.test(w)) return w.length - length >= minRest ? w.slice(0, -length) : w;
  }
  return w;
}

/**
 * A light English stemmer (a few of Porter's rules): plural -s/-es/-ies, -ing, -ed,
 * -ation, -er and a final -e, so "registering", "registered", "register" → "regist".
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length >= 5) w = w.slice(0, -2);
  else if (w.endsWith("ation") && w.length >= 8) w = w.slice(0, -5);
  if (w.endsWith("er") && w.length >= 6) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length >= 5) w = w.slice(0, -1);
  return w;
}

/**
 * The form in which words are compared: spelled-out umlauts reduced to the plain vowel
 * and doubled letters to one, so ä = ae = a and "Personalausweiss" = "Personalausweis".
 */
export function skeleton(stem: string): string {
  return stem
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/([a-z0-9])\1+/g, "$1");
}

export type Language = "de" | "en";

/** The comparison key of one folded word in a language. */
export function wordKey(word: string, language: Language): string {
  return skeleton(language === "de" ? stemGerman(word) : stemEnglish(word));
}

/** All comparison keys of a text (stopwords dropped), for the index. */
export function textKeys(text: string, language: Language): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => wordKey(w, language));
}

// biome-ignore format: one line per group of words is easier to maintain
const GERMAN_STOPWORDS = [
  "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "mir", "mich", "dir", "dich", "uns", "euch", "ihm", "ihn", "ihnen",
  "mein", "meine", "meinen", "meinem", "meiner", "meines", "dein", "deine", "deinen", "deinem", "deiner", "sein", "seine",
  "seinen", "seinem", "seiner", "unser", "unsere", "unseren", "unserem", "unserer", "ihre", "ihren", "ihrem", "ihrer", "ihres",
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen",
  "und", "oder", "aber", "auch", "noch", "nur", "schon", "sehr", "nicht", "so", "wie", "wo", "was", "wann", "warum", "wer",
  "wen", "wem", "welche", "welcher", "welches", "woher", "wohin", "ob", "dass", "wenn", "als", "da", "hier", "dort",
  "fuer", "mit", "von", "vom", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "nach", "ueber",
  "um", "unter", "vor", "bis", "ab", "durch", "gegen", "ohne",
  "ist", "sind", "bin", "bist", "war", "waren", "wird", "werden", "wurde", "habe", "hat", "haben", "hatte", "kann",
  "koennen", "kannst", "muss", "muessen", "musst", "soll", "sollen", "will", "wollen", "moechte", "moechten", "darf",
  "duerfen", "brauche", "brauchen", "braucht", "benoetige", "benoetigen", "benoetigt", "bekomme", "bekommen", "erhalten",
  "mache", "machen", "lassen", "gibt", "geht", "bitte", "hallo", "danke", "neu", "neue", "neuen", "neuer", "neues",
  "beantragen", "beantrage", "beantragt", "beantragung", "antrag", "antraege", "antragstellung", "online", "formular",
];

// biome-ignore format: one line per group of words is easier to maintain
const ENGLISH_STOPWORDS = [
  "i", "me", "my", "mine", "you", "your", "we", "our", "he", "she", "it", "its", "they", "their", "a", "an", "the",
  "of", "for", "to", "in", "on", "at", "by", "with", "from", "about", "and", "or", "not", "how", "what", "where", "when",
  "which", "who", "why", "do", "does", "did", "can", "could", "would", "should", "will", "is", "are", "am", "be", "been",
  "was", "were", "have", "has", "had", "want", "wants", "need", "needs", "get", "getting", "please", "new", "apply",
  "applying", "application", "request", "obtain", "this", "that", "there", "here", "some", "any",
];

export const STOPWORDS: ReadonlySet<string> = new Set([...GERMAN_STOPWORDS, ...ENGLISH_STOPWORDS]);

/**
 * Everyday words and the catalogue words they stand for, general German, not tied to one
 * municipality's data (words that only fit one service belong in its `keywords`).
 * Each entry: the words people type → alternatives, each a phrase whose words should all
 * be found in a service ("Umzug" is a Wohnsitz you ummelden or anmelden).
 */
// biome-ignore format: the table reads best one entry per line
const GERMAN_SYNONYMS: ReadonlyArray<readonly [words: string[], alternatives: string[]]> = [
  [["Perso", "Persi", "Perso-Ausweis", "Ausweiskarte"], ["Personalausweis"]],
  [["Pass", "Pässe"], ["Reisepass"]],
  [["Kinderpass"], ["Kinderreisepass"]],
  [["Passbild", "Lichtbild", "Foto", "Bild"], ["Passfoto"]],
  [["Umzug", "umziehen", "umgezogen", "zuziehen", "zugezogen", "Zuzug", "einziehen", "eingezogen"], ["Wohnsitz ummelden", "Wohnsitz anmelden"]],
  [["Wegzug", "wegziehen", "weggezogen", "ausziehen", "ausgezogen", "auswandern", "Auswanderung"], ["Wohnsitz abmelden"]],
  [["Wohnung", "Adresse", "Anschrift", "Wohnort", "Meldeadresse", "Hauptwohnsitz", "Nebenwohnsitz", "Zweitwohnsitz"], ["Wohnsitz"]],
  [["Vermieter", "Vermieterbescheinigung", "Einzugsbestätigung"], ["Wohnungsgeberbestätigung"]],
  [["Meldebestätigung", "Meldenachweis", "Wohnsitzbescheinigung"], ["Meldebescheinigung"]],
  [["verloren", "verlieren", "gestohlen", "Diebstahl", "geklaut", "weg", "vermisst", "abhanden", "verlegt"], ["Verlust"]],
  [["gefunden", "finden", "Fund", "Fundbüro", "Fundsachen"], ["Fundsache"]],
  [["Hund", "Hunde", "Welpe", "Hundehaltung"], ["Hundesteuer"]],
  [["Heirat", "heiraten", "Hochzeit", "Trauung", "trauen", "vermählen", "Ehe"], ["Eheschließung"]],
  [["Baby", "Geburt", "geboren", "neugeboren", "Neugeborenes"], ["Geburt", "Geburtsurkunde"]],
  [["Tod", "gestorben", "verstorben", "Todesfall", "Sterbefall", "Todesurkunde"], ["Sterbeurkunde"]],
  [["Wahl", "wählen", "Wahlschein", "Abstimmung", "Wahlunterlagen"], ["Briefwahl"]],
  [["Firma", "Selbstständig", "Selbständig", "Selbstständigkeit", "Unternehmen", "Betrieb", "Geschäft", "Gewerbeschein", "Existenzgründung", "Kleingewerbe"], ["Gewerbe"]],
  [["Parken", "Anwohnerparken", "Anwohnerparkausweis", "Parkausweis", "Parkplatz", "Parkberechtigung", "Anwohnerparkplatz"], ["Bewohnerparkausweis"]],
  [["Staatsangehörigkeit", "Staatsbürgerschaft", "eingebürgert", "einbürgern"], ["Einbürgerung"]],
  [["Aufenthaltserlaubnis", "Aufenthalt", "Visum", "Niederlassungserlaubnis"], ["Aufenthaltstitel"]],
  [["Mietzuschuss", "Mietzuschuß", "Miete", "Lastenzuschuss"], ["Wohngeld"]],
  [["Leumundszeugnis", "polizeiliches"], ["Führungszeugnis"]],
  [["beglaubigen", "beglaubigt"], ["Beglaubigung"]],
  [["Abschrift"], ["Kopie"]],
];

// biome-ignore format: the table reads best one entry per line
const ENGLISH_SYNONYMS: ReadonlyArray<readonly [words: string[], alternatives: string[]]> = [
  [["ID", "identity"], ["identity card"]],
  [["moving", "move", "moved", "relocation", "relocate"], ["register address", "change address"]],
  [["lost", "stolen", "missing", "theft"], ["loss"]],
  [["found"], ["lost property"]],
  [["marry", "married", "wedding", "marriage"], ["marriage"]],
  [["baby", "born", "birth"], ["birth certificate"]],
  [["death", "died", "deceased"], ["death certificate"]],
  [["vote", "voting", "election", "ballot"], ["postal vote"]],
  [["business", "company", "firm", "self-employed", "freelance"], ["trade"]],
  [["parking", "park"], ["resident parking"]],
  [["citizenship", "naturalisation", "naturalization", "naturalise", "naturalize"], ["naturalisation"]],
  [["visa", "residence"], ["residence permit"]],
  [["housing"], ["housing benefit"]],
];

/** A synonym alternative: the keys of a phrase, each of which should be found. */
export type SynonymPhrase = readonly string[];

function buildSynonyms(
  table: ReadonlyArray<readonly [string[], string[]]>,
  language: Language,
): ReadonlyMap<string, readonly SynonymPhrase[]> {
  const map = new Map<string, SynonymPhrase[]>();
  for (const [from, to] of table) {
    const phrases = to.map((t) => textKeys(t, language));
    for (const f of from) {
      const key = wordKey(words(f, false).join(""), language);
      const list = map.get(key) ?? [];
      for (const p of phrases) {
        if (p.length === 1 && p[0] === key) continue; // a word is not its own synonym
        if (!list.some((q) => q.join(" ") === p.join(" "))) list.push(p);
      }
      map.set(key, list);
    }
  }
  return map;
}

const SYNONYMS: Record<Language, ReadonlyMap<string, readonly SynonymPhrase[]>> = {
  de: buildSynonyms(GERMAN_SYNONYMS, "de"),
  en: buildSynonyms(ENGLISH_SYNONYMS, "en"),
};

/** The phrases (as keys) an everyday word stands for, given its key; empty if none. */
export function synonymsOf(key: string, language: Language): readonly SynonymPhrase[] {
  return SYNONYMS[language].get(key) ?? [];
}
