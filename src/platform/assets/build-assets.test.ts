import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fontverter from "fontverter";
import * as hb from "harfbuzzjs";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../paths";
import type { BuiltAssets } from "./asset-directory";
import { buildAssetsCached } from "./cached-build";
import { fontSubsetText, fontSubsetUnicodeRange } from "./font-subset";

const ORIGINALS = join(PROJECT_ROOT, "node_modules/@kern-ux/native/dist/fonts/fira-sans");
const WEIGHTS = { Regular: 400, SemiBold: 600, Bold: 700 } as const;
/** What German, Turkish, French, Polish and the typography of German text need at least. */
const MUST_RENDER = "äöüßÄÖÜ ğşıİ çÇ łŁ ąę €„“–…";

async function codePointsOf(woff2: Buffer): Promise<Set<number>> {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(woff2, "sfnt")));
  return new Set(face.collectUnicodes());
}

describe("the asset build", () => {
  let assets: BuiltAssets;
  let css: string;
  const fonts = () => [...assets.files.values()].filter((a) => a.name.endsWith(".woff2"));
  beforeAll(async () => {
    // the same builder `npm run build` runs, through the cache development and tests share
    assets = await buildAssetsCached();
    css = assets.files.get(assets.stylesheet.replace("/assets/", ""))?.body.toString("utf8") ?? "";
  });

  it("names the subset's characters in the unicode-range of every @font-face", () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(3);
    for (const face of faces) expect(face).toContain(`unicode-range:${fontSubsetUnicodeRange()}`);
  });

  it("references only the subset fonts it built, one per weight, and preloads the regular one", () => {
    const urls = [...css.matchAll(/url\("?([^")]+\.woff2)"?\)/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(
      fonts()
        .map((f) => `/assets/${f.name}`)
        .sort(),
    );
    for (const weight of Object.keys(WEIGHTS)) {
      expect(fonts().filter((f) => f.name.startsWith(`FiraSans-${weight}-`))).toHaveLength(1);
    }
    expect(assets.preloadFont).toMatch(/^\/assets\/FiraSans-Regular-[A-Z0-9]+\.woff2$/);
    expect(urls).toContain(assets.preloadFont);
  });

  it("keeps the glyphs of the platform's languages and is smaller than KERN's fonts", async () => {
    for (const weight of Object.keys(WEIGHTS)) {
      const subset = fonts().find((f) => f.name.startsWith(`FiraSans-${weight}-`));
      if (!subset) throw new Error(`no ${weight} font`);
      const original = await readFile(join(ORIGINALS, `FiraSans-${weight}.woff2`));
      const kept = await codePointsOf(subset.body);
      for (const c of MUST_RENDER.replaceAll(" ", "")) {
        expect(kept.has(c.codePointAt(0) ?? 0), `${weight} ${c}`).toBe(true);
      }
      // nothing beyond the subset (the original has Greek and Cyrillic), and every subset
      // character the original has
      const wanted = new Set([...fontSubsetText()].map((c) => c.codePointAt(0) ?? 0));
      for (const c of kept) expect(wanted.has(c), `U+${c.toString(16)}`).toBe(true);
      for (const c of await codePointsOf(original)) {
        if (wanted.has(c)) expect(kept.has(c), `U+${c.toString(16)}`).toBe(true);
      }
      expect(subset.body.length).toBeLessThan(original.length / 2);
    }
  });

  it("precompresses the stylesheet and the scripts, not the fonts", () => {
    for (const a of assets.files.values()) {
      if (a.name.endsWith(".woff2")) expect(a.br).toBeUndefined();
      else expect(a.br?.length).toBeLessThan(a.body.length);
    }
  });
});
