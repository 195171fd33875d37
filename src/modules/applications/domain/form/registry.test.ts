import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FormDefinitionError } from "./define-form";
import { exampleForm } from "./example-form";
import { canonicalJson } from "./fingerprint";
import { createFormRegistry } from "./registry";

/** A stand-in for the server's hash: the canonical text itself is an exact identity. */
const identity = (canonical: string) => canonical;

describe("canonicalJson", () => {
  it("sorts keys at every depth and leaves out undefined", () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }], e: undefined })).toBe(
      '{"a":[{"c":null,"d":true}],"b":1}',
    );
  });

  it("gives the same text whatever the order of keys, and another text for another value", () => {
    const json = fc.jsonValue();
    fc.assert(
      fc.property(json, (value) => {
        const reordered = JSON.parse(JSON.stringify(value), (_k, v) =>
          v && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalJson(reordered)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it("refuses what is not JSON", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(() => 1)).toThrow(TypeError);
  });
});

describe("createFormRegistry", () => {
  const v2 = { ...exampleForm, version: 2, title: { de: "Beispiel, neu", en: "Example, new" } };

  it("finds a version, the newest version, and fingerprints each", () => {
    const registry = createFormRegistry([exampleForm, v2], identity);
    expect(registry.find("beispiel", 1)?.definition).toBe(registry.get("beispiel", 1).definition);
    expect(registry.findLatest("beispiel")?.definition.version).toBe(2);
    expect(registry.findLatest("nothing")).toBeUndefined();
    expect(registry.find("beispiel", 3)).toBeUndefined();
    expect(() => registry.get("beispiel", 3)).toThrow('no form "beispiel" of version 3');
    expect(registry.list()).toHaveLength(2);
    expect(registry.get("beispiel", 1).fingerprint).toBe(canonicalJson(exampleForm));
  });

  it("notices a changed definition by its fingerprint, not by the order of its keys", () => {
    const reordered = Object.fromEntries(Object.entries(exampleForm).reverse()) as typeof exampleForm;
    const changed = {
      ...exampleForm,
      pages: exampleForm.pages.map((p, i) => (i === 0 ? { ...p, hint: { de: "Neu", en: "New" } } : p)),
    };
    const fingerprint = (form: typeof exampleForm) =>
      createFormRegistry([form], identity).get("beispiel", 1).fingerprint;
    expect(fingerprint(reordered)).toBe(fingerprint(exampleForm));
    expect(fingerprint(changed)).not.toBe(fingerprint(exampleForm));
  });

  it("refuses the same version twice and a definition that does not pass the check", () => {
    expect(() => createFormRegistry([exampleForm, exampleForm], identity)).toThrow(FormDefinitionError);
    const broken = { ...v2, pages: [...v2.pages, v2.pages[0]] } as typeof v2;
    expect(() => createFormRegistry([broken], identity)).toThrow(/page "name": another page has the same id/);
  });
});
