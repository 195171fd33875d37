import { describe, expect, it } from "vitest";
import { fontSubsetText, fontSubsetUnicodeRange } from "./font-subset";

describe("the font subset", () => {
  it("holds German, Turkish, Polish and Czech letters and German typography, but no Cyrillic", () => {
    const text = fontSubsetText();
    for (const c of "äöüß ğşıİ çÇ łŁ ąę řž €„“”‚‘–—…•‹›«»\u00a0\u202f") {
      expect(text, c).toContain(c);
    }
    expect(text).not.toContain("Ж");
  });

  it("writes merged, ordered ranges as CSS unicode-range", () => {
    const range = fontSubsetUnicodeRange();
    expect(range.startsWith("U+20-7E,U+A0-17F,")).toBe(true);
    expect(range).toContain("U+20AC");
    expect(range).toMatch(/^U\+[0-9A-F]+(-[0-9A-F]+)?(,U\+[0-9A-F]+(-[0-9A-F]+)?)*$/);
  });
});
