import { describe, expect, it } from "vitest";
import { newDataKey, parseDataKeys, SealError, Sealer, sealedKeyId } from "./sealer";

const ring = (value: string) => {
  const keys = parseDataKeys(value);
  if (typeof keys === "string") throw new Error(keys);
  return new Sealer(keys);
};

describe("sealer", () => {
  const a = newDataKey("a");
  const b = newDataKey("b");

  it("opens what it sealed, and the sealed text holds nothing of the value", () => {
    const sealer = ring(a);
    const sealed = sealer.sealJson({ familyName: "Mustermann" }, "case:1:answers");
    expect(sealed).not.toContain("Mustermann");
    expect(Buffer.from(sealed.slice(4), "base64url").toString("latin1")).not.toContain("Mustermann");
    expect(sealer.openJson(sealed, "case:1:answers")).toEqual({ familyName: "Mustermann" });
  });

  it("seals the same value differently each time", () => {
    const sealer = ring(a);
    expect(sealer.sealJson("x", "c")).not.toBe(sealer.sealJson("x", "c"));
  });

  it("refuses a value moved to another place or altered", () => {
    const sealer = ring(a);
    const sealed = sealer.sealBytes(Buffer.from("Mustermann"), "case:1:answers");
    expect(() => sealer.openBytes(sealed, "case:2:answers")).toThrow(SealError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 1;
    expect(() => sealer.openBytes(altered, "case:1:answers")).toThrow(SealError);
  });

  it("rotates: the new first key seals, the old one still opens, and old values are stale", () => {
    const old = ring(a);
    const sealed = old.sealJson([1, 2], "c");
    const rotated = ring(`${b},${a}`);
    expect(rotated.openJson(sealed, "c")).toEqual([1, 2]);
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.sealJson([1], "c"))).toBe(false);
    expect(() => ring(b).openJson(sealed, "c")).toThrow(/no key a/);
  });

  it("re-seals a value with the new key in the same context, so only the new key is needed", () => {
    const old = ring(a);
    const text = old.sealJson({ familyName: "Mustermann" }, "case:1:answers");
    const bytes = old.sealBytes(Buffer.from("%PDF-1.7"), "file:1:content");
    const rotated = ring(`${b},${a}`);
    expect(rotated.keyIds).toEqual(["b", "a"]);
    const newText = rotated.resealText(text, "case:1:answers");
    const newBytes = rotated.resealBytes(bytes, "file:1:content");
    expect([sealedKeyId(text), sealedKeyId(bytes)]).toEqual(["a", "a"]);
    expect([sealedKeyId(newText), sealedKeyId(newBytes)]).toEqual(["b", "b"]);
    expect(rotated.isStale(newText) || rotated.isStale(newBytes)).toBe(false);
    expect(ring(b).openJson(newText, "case:1:answers")).toEqual({ familyName: "Mustermann" });
    expect(ring(b).openBytes(newBytes, "file:1:content").toString()).toBe("%PDF-1.7");
    expect(() => ring(a).openJson(newText, "case:1:answers")).toThrow(/no key b/);
    // the context stays bound: a value re-sealed for another place does not open
    expect(() => rotated.resealText(text, "case:2:answers")).toThrow(SealError);
    expect(() => ring(b).resealText(text, "case:1:answers")).toThrow(/no key a/);
  });

  it("reads DATA_KEYS and says what is wrong with it", () => {
    expect(parseDataKeys("a:short")).toMatch(/32 bytes/);
    expect(parseDataKeys(`${a},${a}`)).toMatch(/twice/);
    expect(parseDataKeys("no key")).toMatch(/id:key/);
    expect(parseDataKeys(`${a},${b}`)).toHaveLength(2);
  });
});
