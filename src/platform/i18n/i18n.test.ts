import { describe, expect, it } from "vitest";
import { formatDate, formatEuro, localeOfUrl, localizedPath, messagesFor } from "./i18n";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe("i18n", () => {
  it("has the same keys and kinds of entry in German and English", () => {
    const de = messagesFor("de");
    const en = messagesFor("en");
    expect(keyPaths(en).sort()).toEqual(keyPaths(de).sort());
  });

  it("maps paths to and from the locale prefix", () => {
    expect(localizedPath("de", "/leistungen")).toBe("/leistungen");
    expect(localizedPath("en", "/leistungen")).toBe("/en/leistungen");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localeOfUrl("/en/leistungen/reisepass")).toEqual({ locale: "en", path: "/leistungen/reisepass" });
    expect(localeOfUrl("/en")).toEqual({ locale: "en", path: "/" });
    expect(localeOfUrl("/en?x=1")).toEqual({ locale: "en", path: "/?x=1" });
    expect(localeOfUrl("/entwurf")).toEqual({ locale: "de", path: "/entwurf" });
  });

  it("never yields a path that a browser reads as another site", () => {
    for (const [url, path] of [
      ["/en//evil.example/x", "/evil.example/x"],
      ["//evil.example", "/evil.example"],
      ["/en/\\evil.example", "/%5Cevil.example"],
      ["/\\evil.example", "/%5Cevil.example"],
      ["/\t/evil.example", "/%09/evil.example"],
      ["/en/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ] as const) {
      const { path: below } = localeOfUrl(url);
      expect(below, url).toBe(path);
      for (const locale of ["de", "en"] as const) {
        const href = localizedPath(locale, below);
        expect(href, url).toMatch(/^\/(?![/\\])/);
        expect(new URL(href, "https://stadt.example/").host, url).toBe("stadt.example");
      }
    }
  });

  it("formats euro amounts and dates per language", () => {
    expect(formatEuro("de", 2760)).toBe("27,60\u00a0€");
    expect(formatEuro("en", 2760)).toBe("€27.60");
    expect(formatDate("de", "2026-02-07")).toBe("7. Februar 2026");
    expect(formatDate("en", "2026-02-07")).toBe("7 February 2026");
  });
});
