/**
 * The characters the self-hosted fonts keep: what German, English and the planned Latin-script
 * languages (Turkish, Polish, Czech, …) need, plus the typographic punctuation German text
 * uses. Anything else (Arabic, Cyrillic) falls back to the system font, which the
 * `unicode-range` of each @font-face tells the browser before it downloads a font.
 */
export const FONT_SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (NBSP, ä ö ü ß, « », §, °, ×)
  [0x0100, 0x017f], // Latin Extended-A (ğ ş ı İ, ł ą ę, č ř ž, ő ű)
  [0x0218, 0x021b], // Romanian ș ț
  [0x02c6, 0x02c7], // modifier circumflex and caron
  [0x02d8, 0x02dd], // breve, dot, ring, ogonek, tilde, double acute
  [0x2009, 0x200b], // thin and hair space, zero-width space
  [0x2010, 0x2014], // hyphen, figure dash, – —
  [0x2018, 0x201e], // ‘ ’ ‚ “ ” „
  [0x2020, 0x2022], // † ‡ •
  [0x2026, 0x2026], // …
  [0x202f, 0x202f], // narrow no-break space (between number and unit)
  [0x2030, 0x2030], // ‰
  [0x2032, 0x2033], // ′ ″
  [0x2039, 0x203a], // ‹ ›
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // ← ↑ → ↓ (links and steps)
  [0x2212, 0x2212], // minus sign
];

/** Every character of the subset, as the text a subsetter keeps glyphs for. */
export function fontSubsetText(): string {
  let text = "";
  for (const [from, to] of FONT_SUBSET_RANGES) {
    for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  }
  return text;
}

const hex = (c: number) => c.toString(16).toUpperCase();

/** The subset as a CSS `unicode-range` value, e.g. `U+20-7E,U+A0-17F,…`. */
export function fontSubsetUnicodeRange(): string {
  const merged: [number, number][] = [];
  for (const [from, to] of FONT_SUBSET_RANGES) {
    const last = merged.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(",");
}
