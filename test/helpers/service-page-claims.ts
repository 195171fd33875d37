/**
 * Reads what a rendered service page says about how the service is done and lists every
 * contradiction: online called possible and not possible, a terminal claimed, presence both
 * required and not, a help point without an online application, an empty "So geht es
 * weiter". It reads the page as a resident would (text), including free texts such as notes,
 * so it also catches a sentence in the data that contradicts the facts.
 */

type Locale = "de" | "en";

const WAYS = ["online", "office", "mobile", "help-point", "terminal"] as const;

const PHRASES = {
  de: {
    positive: /^Möglich/,
    negative: /^(Noch nicht möglich|Nicht möglich)/,
    /** anywhere on the page: says it can be done online */
    onlineYes: /auch online|online möglich|online über|online beantragen|Online-Portal|geht es ohne Besuch/i,
    /** anywhere on the page: says it cannot be done online */
    onlineNo: /Online-Antrag dafür gibt es auf dieser Seite noch nicht|online nicht möglich|nicht online/i,
    terminal: /Terminal|Automat/i,
    mustCome: /Sie müssen persönlich kommen|müssen Sie persönlich kommen|persönlich erscheinen/,
    needNotCome:
      /nicht selbst kommen|nicht persönlich|Eine andere Person kann|auch schriftlich|Vorgeschrieben ist es nicht/,
  },
  en: {
    positive: /^Possible/,
    negative: /^(Not possible yet|Not possible)/,
    onlineYes: /also online|possible online|apply online|online portal|no visit is needed/i,
    onlineNo: /does not have an online application for it yet|not possible online|cannot be done online/i,
    terminal: /terminal|kiosk/i,
    mustCome: /you have to come in person|you must come in person/i,
    needNotCome: /do not have to come|Someone else can|also apply in writing|It is not required/i,
  },
} as const;

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  "#x27": "'",
  nbsp: " ",
};

/** The visible text of an HTML fragment, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? m)
    .replace(/\s+/g, " ")
    .trim();
}

function section(html: string, id: string): string | undefined {
  return html.match(new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`))?.[1];
}

export interface PageClaims {
  /** the text of each way's line, by way */
  ways: Partial<Record<(typeof WAYS)[number], string>>;
  problems: string[];
}

/**
 * What a service page claims, and its contradictions.
 * @param offered whether the service is offered (a discontinued one shows no ways)
 */
export function servicePageClaims(html: string, locale: Locale, offered: boolean): PageClaims {
  const p = PHRASES[locale];
  const problems: string[] = [];
  const main = html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
  const ways: PageClaims["ways"] = {};
  for (const [, way, inner] of main.matchAll(/<dd data-way="([\w-]+)">([\s\S]*?)<\/dd>/g)) {
    if (way === undefined || inner === undefined) continue;
    if (way in ways) problems.push(`the way "${way}" is stated twice`);
    ways[way as keyof typeof ways] = textOf(inner);
  }
  for (const way of WAYS) {
    const text = ways[way];
    if (!offered) {
      if (text !== undefined) problems.push(`a discontinued service states the way "${way}"`);
      continue;
    }
    if (text === undefined) problems.push(`the way "${way}" is not stated`);
    else if (p.positive.test(text) === p.negative.test(text))
      problems.push(`the way "${way}" is neither plainly possible nor plainly not: "${text}"`);
  }

  // the rest of the page: everything but the list of the ways
  const rest = textOf(main.replace(/<section aria-labelledby="where-title">[\s\S]*?<\/section>/, " "));
  const online = ways.online;
  const onlineYes = (online !== undefined && p.positive.test(online)) || p.onlineYes.test(rest);
  const onlineNo = (online !== undefined && p.negative.test(online)) || p.onlineNo.test(rest);
  if (onlineYes && onlineNo) problems.push("says both that it can and that it cannot be done online");
  if (ways["help-point"] && p.positive.test(ways["help-point"]) && !onlineYes)
    problems.push("offers help with an online application that does not exist");
  if (ways.terminal && !p.negative.test(ways.terminal)) problems.push("claims a self-service terminal");
  if (p.terminal.test(rest))
    problems.push(`mentions a terminal outside its line: "${rest.match(p.terminal)?.[0]}"`);

  const presence = textOf(section(main, "appearance-title") ?? "");
  if (offered && presence === "") problems.push("does not say whether one must come in person");
  if (p.mustCome.test(rest) && p.needNotCome.test(rest))
    problems.push("says both that one must come in person and that one need not");

  const next = section(main, "next-title");
  if (next === undefined) problems.push('has no "So geht es weiter" section');
  else {
    const items = [...next.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1] ?? ""));
    if (items.length === 0 || items.some((i) => i === ""))
      problems.push('"So geht es weiter" says nothing about what happens afterwards');
    const start = next.split(/<h3/)[0] ?? "";
    if (offered && !/<a [^>]*href=/.test(start)) problems.push('"So geht es weiter" offers no way to start');
  }
  return { ways, problems };
}
