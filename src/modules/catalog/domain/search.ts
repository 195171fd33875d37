/**
 * German-aware search over the service catalogue. Pure: no I/O; the index is built once
 * per catalogue (about a thousand distinct keys for 60 services) and a query scans it.
 *
 * Per query word (stopwords dropped, see german.ts):
 * - the word is looked up as a German and as an English key, directly and through its
 *   everyday synonyms (a synonym counts SYNONYM of a direct match; a synonym phrase such
 *   as "Wohnsitz ummelden" counts by the share of its words a service has);
 * - a key matches a catalogue key in tiers (MATCH): exact; as the head of a compound
 *   (Ausweis → Personalausweis); as its first part (Hund → Hundesteuer); inside it; with a
 *   typo (distance 1 from 4 letters, 2 from 8); the catalogue word inside the query word
 *   (Hundeanmeldung → anmelden). Compounds need 4 letters typed, typos are not tried for
 *   synonyms;
 * - a match is weighted by field (FIELD_WEIGHTS: name > keywords > summary > group name)
 *   and by language (the page's locale 1, the other OTHER_LOCALE); a word scores its best
 *   field plus OTHER_FIELDS of its matches in the service's other fields.
 * A service's relevance is the sum over the words, plus PHRASE_COVERAGE for how completely
 * the query covers its name or one of its keyword phrases, times a small popularity prior.
 * Services that contain more of the query's words (MIN_WORD_SCORE) always rank first;
 * then relevance; ties keep catalogue order.
 */
import type { Locale } from "../../../domain/locale";
import { type Language, queryWords, synonymsOf, textKeys, wordKey } from "./german";
import type { Service, ServiceGroup } from "./service";

export interface SearchHit {
  key: string;
  /**
   * Hundreds: how many of the query's words the service matches; the rest: the weighted
   * relevance (below 100). Higher is better.
   */
  score: number;
}

export const FIELDS = ["name", "keywords", "summary", "group"] as const;
export type SearchField = (typeof FIELDS)[number];
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 10,
  keywords: 7,
  summary: 3,
  group: 2,
};
/** weight of the fields in the language that is not the page's */
export const OTHER_LOCALE = 0.75;
/** share of a word's matches in a service's other fields, beyond its best field */
export const OTHER_FIELDS = 0.15;
/** a synonym's match relative to a direct one */
export const SYNONYM = 0.6;
/**
 * bonus (times the language weight) when the query covers the service's name or one of its
 * keyword phrases completely, in part for a part ("Reisepass" before "Vorläufiger Reisepass")
 */
export const PHRASE_COVERAGE = 4;
/**
 * a prior for the most used services: relevance × (1 + POPULARITY) for popularity 1, less
 * for the next ones, nothing from 11 ("ummelden" is mostly about one's home, not a trade)
 */
export const POPULARITY = 0.25;
/** matching tiers: how well a query key matches a catalogue key */
export const MATCH = {
  exact: 1,
  head: 0.75,
  first: 0.7,
  typo1: 0.6,
  inner: 0.5,
  typo2: 0.45,
  contained: 0.45,
} as const;
/** a query word counts as found in a service from this weighted score (a compound in the summary) */
const MIN_WORD_SCORE = 1.5;
/** a hit needs this much relevance, and this share of the best hit's */
const MIN_RELEVANCE = 1;
const MIN_SHARE_OF_BEST = 0.1;
const MAX_QUERY_WORDS = 12;

const NF = FIELDS.length;
const LANGUAGES: readonly Language[] = ["de", "en"];

interface LanguageIndex {
  /** the distinct keys of the catalogue's text in this language */
  readonly vocabulary: readonly string[];
  /** per vocabulary entry: where it occurs, as service index × NF + field index */
  readonly postings: readonly (readonly number[])[];
  /** per service: its name and its keyword phrases, as vocabulary indexes */
  readonly phrases: readonly ServicePhrases[];
}

interface ServicePhrases {
  readonly name: readonly number[];
  readonly keywords: readonly (readonly number[])[];
}

export interface SearchIndex {
  /** service keys in catalogue order */
  readonly keys: readonly string[];
  /** per service: popularity rank (1 = most used) or null */
  readonly popularity: readonly (number | null)[];
  readonly languages: Readonly<Record<Language, LanguageIndex>>;
}

export function buildSearchIndex(services: Service[], groups: ServiceGroup[]): SearchIndex {
  const groupNames = new Map(groups.map((g) => [g.key, g.name]));
  const build = (language: Language): LanguageIndex => {
    const ids = new Map<string, number>();
    const vocabulary: string[] = [];
    const postings: number[][] = [];
    const idOf = (key: string): number => {
      let id = ids.get(key);
      if (id === undefined) {
        id = vocabulary.length;
        ids.set(key, id);
        vocabulary.push(key);
        postings.push([]);
      }
      return id;
    };
    const phrases: ServicePhrases[] = [];
    services.forEach((service, s) => {
      const texts: Record<SearchField, string[]> = {
        name: [service.name[language]],
        keywords: service.keywords[language],
        summary: [service.summary[language]],
        group: [groupNames.get(service.group)?.[language] ?? ""],
      };
      const own: { name: number[]; keywords: number[][] } = { name: [], keywords: [] };
      FIELDS.forEach((field, f) => {
        const seen = new Set<number>();
        for (const text of texts[field]) {
          const ids = [...new Set(textKeys(text, language).map(idOf))];
          if (field === "name") own.name.push(...ids);
          if (field === "keywords" && ids.length > 0) own.keywords.push(ids);
          for (const id of ids) {
            if (seen.has(id)) continue;
            seen.add(id);
            postings[id]?.push(s * NF + f);
          }
        }
      });
      phrases.push(own);
    });
    return { vocabulary, postings, phrases };
  };
  return {
    keys: services.map((s) => s.key),
    popularity: services.map((s) => s.popularity),
    languages: { de: build("de"), en: build("en") },
  };
}

/**
 * The services matching a query, best first; empty for an empty query or when nothing
 * matches well enough.
 */
export function searchServices(index: SearchIndex, query: string, locale: Locale, limit = 20): SearchHit[] {
  const qwords = queryWords(query).slice(0, MAX_QUERY_WORDS);
  const n = index.keys.length;
  if (qwords.length === 0 || n === 0 || limit <= 0) return [];

  const languageWeight = (language: Language) => (language === locale ? 1 : OTHER_LOCALE);
  /** per language: the best quality each vocabulary entry was matched with (for phrase coverage) */
  const matched: Record<Language, Map<number, number>> = { de: new Map(), en: new Map() };
  const cache = new Map<string, Float64Array>();

  /** per service: how well one key (in one language) matches it, weighted by field and language */
  const termScores = (language: Language, key: string, wordLength: number, fuzzy: boolean) => {
    const cacheKey = `${language}:${fuzzy ? "f" : "x"}:${wordLength >= 8 ? 8 : wordLength >= 4 ? 4 : 0}:${key}`;
    const cached = cache.get(cacheKey);
    if (cached) return cached;
    const li = index.languages[language];
    const best = new Float64Array(n * NF);
    const seen = matched[language];
    const factor = fuzzy ? 1 : SYNONYM;
    for (const [id, quality] of matchVocabulary(li.vocabulary, key, wordLength, fuzzy)) {
      if ((seen.get(id) ?? 0) < quality * factor) seen.set(id, quality * factor);
      for (const p of li.postings[id] ?? []) {
        const weighted = quality * (FIELD_WEIGHTS[FIELDS[p % NF] as SearchField] ?? 0);
        if (weighted > (best[p] ?? 0)) best[p] = weighted;
      }
    }
    const lw = languageWeight(language);
    const scores = new Float64Array(n);
    for (let s = 0; s < n; s++) {
      let top = 0;
      let sum = 0;
      for (let f = 0; f < NF; f++) {
        const v = best[s * NF + f] ?? 0;
        sum += v;
        if (v > top) top = v;
      }
      scores[s] = lw * (top + OTHER_FIELDS * (sum - top));
    }
    cache.set(cacheKey, scores);
    return scores;
  };

  const relevance = new Float64Array(n);
  const wordsMatched = new Uint16Array(n);
  for (const word of qwords) {
    const wordScore = new Float64Array(n);
    const take = (scores: Float64Array, factor: number) => {
      for (let s = 0; s < n; s++) {
        const v = factor * (scores[s] ?? 0);
        if (v > (wordScore[s] ?? 0)) wordScore[s] = v;
      }
    };
    for (const language of LANGUAGES) {
      const key = wordKey(word, language);
      take(termScores(language, key, word.length, true), 1);
      for (const phrase of synonymsOf(key, language)) {
        const phraseScore = new Float64Array(n);
        for (const k of phrase) {
          const scores = termScores(language, k, Math.max(k.length, 4), false);
          for (let s = 0; s < n; s++)
            phraseScore[s] = (phraseScore[s] ?? 0) + (scores[s] ?? 0) / phrase.length;
        }
        take(phraseScore, SYNONYM);
      }
    }
    for (let s = 0; s < n; s++) {
      const v = wordScore[s] ?? 0;
      relevance[s] = (relevance[s] ?? 0) + v;
      if (v >= MIN_WORD_SCORE) wordsMatched[s] = (wordsMatched[s] ?? 0) + 1;
    }
  }

  for (let s = 0; s < n; s++) {
    if ((wordsMatched[s] ?? 0) === 0) continue;
    let bonus = 0;
    for (const language of LANGUAGES) {
      const own = index.languages[language].phrases[s];
      if (!own) continue;
      const coverage = (ids: readonly number[]) => {
        let covered = 0;
        for (const id of ids) covered += matched[language].get(id) ?? 0;
        return ids.length > 0 ? covered / ids.length : 0;
      };
      const best = Math.max(coverage(own.name), ...own.keywords.map(coverage));
      bonus = Math.max(bonus, languageWeight(language) * PHRASE_COVERAGE * best);
    }
    const rank = index.popularity[s];
    const prior = rank ? 1 + POPULARITY * Math.max(0, 1 - (rank - 1) / 10) : 1;
    relevance[s] = ((relevance[s] ?? 0) + bonus) * prior;
  }

  const candidates: { s: number; words: number; relevance: number }[] = [];
  let bestRelevance = 0;
  for (let s = 0; s < n; s++) {
    const r = relevance[s] ?? 0;
    const w = wordsMatched[s] ?? 0;
    if (w === 0 || r < MIN_RELEVANCE) continue;
    candidates.push({ s, words: w, relevance: r });
    if (r > bestRelevance) bestRelevance = r;
  }
  return candidates
    .filter((c) => c.relevance >= MIN_SHARE_OF_BEST * bestRelevance)
    .sort((a, b) => b.words - a.words || b.relevance - a.relevance || a.s - b.s)
    .slice(0, limit)
    .map((c) => ({
      key: index.keys[c.s] as string,
      score: Math.round((c.words * 100 + Math.min(c.relevance, 99.999)) * 1000) / 1000,
    }));
}

/**
 * The vocabulary entries a query key matches, with the quality of the best match (MATCH).
 * `wordLength` is the length of the word as typed: compounds are matched from 4 letters,
 * typos from 4 (distance 1) and 8 (distance 2). Without `fuzzy` only exact and compound
 * matches count (for synonyms, which are spelled right).
 */
export function matchVocabulary(
  vocabulary: readonly string[],
  key: string,
  wordLength: number,
  fuzzy: boolean,
): [id: number, quality: number][] {
  const out: [number, number][] = [];
  const compounds = wordLength >= 4 && key.length >= 3;
  const maxTypos =
    !fuzzy || key.length < 4 ? 0 : wordLength >= 8 && key.length >= 7 ? 2 : wordLength >= 4 ? 1 : 0;
  for (let id = 0; id < vocabulary.length; id++) {
    const v = vocabulary[id] as string;
    let quality = 0;
    if (v === key) quality = MATCH.exact;
    else if (compounds && v.length > key.length && v.includes(key)) {
      quality = v.endsWith(key) ? MATCH.head : v.startsWith(key) ? MATCH.first : MATCH.inner;
    } else if (fuzzy && v.length >= 5 && key.length > v.length && key.includes(v)) {
      quality = MATCH.contained;
    }
    if (
      quality < MATCH.typo1 &&
      maxTypos > 0 &&
      v.length >= 4 &&
      Math.abs(v.length - key.length) <= maxTypos
    ) {
      const d = damerauLevenshtein(key, v, maxTypos);
      if (d === 1) quality = MATCH.typo1;
      else if (d === 2 && maxTypos >= 2 && quality < MATCH.typo2) quality = MATCH.typo2;
    }
    if (quality > 0) out.push([id, quality]);
  }
  return out;
}

/** a reusable matrix for damerauLevenshtein (queries run one at a time) */
let matrix = new Int32Array(256);

/**
 * The optimal-string-alignment distance (Levenshtein plus swapping two neighbouring
 * letters) between a and b, or max + 1 when it is above max.
 */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const big = max + 1;
  if (Math.abs(a.length - b.length) > max) return big;
  // a common beginning and end change nothing
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.min(n + m, big);
  if (n === 1 && m === 1) return 1;
  if (n === 2 && m === 2 && a[start] === b[start + 1] && a[start + 1] === b[start]) return 1;
  if (max === 1) return big; // what differs is longer than one edit
  const w = m + 1;
  if (matrix.length < (n + 1) * w) matrix = new Int32Array((n + 1) * w * 2);
  const d = matrix;
  const at = (k: number) => d[k] as number;
  for (let j = 0; j <= m; j++) d[j] = j;
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    d[row] = i;
    let rowMin = i;
    const ai = a.charCodeAt(start + i - 1);
    const aPrev = i > 1 ? a.charCodeAt(start + i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(start + j - 1);
      let v = Math.min(at(row - w + j) + 1, at(row + j - 1) + 1, at(row - w + j - 1) + (ai === bj ? 0 : 1));
      if (j > 1 && ai === b.charCodeAt(start + j - 2) && aPrev === bj)
        v = Math.min(v, at(row - 2 * w + j - 2) + 1);
      d[row + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return big;
  }
  return Math.min(at(n * w + m), big);
}
