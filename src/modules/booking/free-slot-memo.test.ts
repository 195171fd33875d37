import { describe, expect, it } from "vitest";
import type { Slot } from "./domain/slots";
import { FreeSlotMemo } from "./free-slot-memo";

const slot = (start: string): Slot => ({
  planKey: "p",
  location: "mobil-cappel",
  date: start.slice(0, 10),
  start,
  end: start,
  civilStart: "09:00",
  civilEnd: "09:15",
  utcOffset: "+01:00",
  counter: "mobil",
  unitKeys: [],
});

describe("FreeSlotMemo", () => {
  const file = {};
  const at = (iso: string) => new Date(iso);
  const rows = (taken: number) => [{ counter: "mobil", startsAt: at("2026-12-08T08:00:00Z"), taken }];

  it("gives the same frozen array for the same claims in the same minute, and computes again when the claims change", () => {
    const memo = new FreeSlotMemo();
    let computed = 0;
    const compute = () => {
      computed++;
      return [slot("2026-12-08T09:00:00Z")];
    };
    const first = memo.slots(file, "k", FreeSlotMemo.claimsOf(rows(1)), at("2026-12-03T10:00:10Z"), compute);
    const again = memo.slots(file, "k", FreeSlotMemo.claimsOf(rows(1)), at("2026-12-03T10:00:50Z"), compute);
    expect(again).toBe(first);
    expect(computed).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => first.push(slot("2026-12-08T10:00:00Z"))).toThrow(TypeError);

    const changed = memo.slots(
      file,
      "k",
      FreeSlotMemo.claimsOf(rows(2)),
      at("2026-12-03T10:00:55Z"),
      compute,
    );
    expect(changed).not.toBe(first);
    expect(computed).toBe(2);
  });

  it("computes again in the next minute (a time may have begun) and for another key or plans file", () => {
    const memo = new FreeSlotMemo();
    let computed = 0;
    const compute = () => {
      computed++;
      return [];
    };
    const claims = FreeSlotMemo.claimsOf(rows(1));
    memo.slots(file, "k", claims, at("2026-12-03T10:00:30Z"), compute);
    // 10:01:00.000 is still the minute ending then: a time starting at 10:01 has not begun
    memo.slots(file, "k", claims, at("2026-12-03T10:01:00Z"), compute);
    expect(computed).toBe(1);
    memo.slots(file, "k", claims, at("2026-12-03T10:01:00.001Z"), compute);
    expect(computed).toBe(2);
    memo.slots(file, "other", claims, at("2026-12-03T10:01:00.001Z"), compute);
    memo.slots({}, "k", claims, at("2026-12-03T10:01:00.001Z"), compute);
    expect(computed).toBe(4);
  });

  it("keeps at most its limit of entries", () => {
    const memo = new FreeSlotMemo(2);
    let computed = 0;
    const compute = () => {
      computed++;
      return [];
    };
    const now = at("2026-12-03T10:00:30Z");
    for (const key of ["a", "b", "c", "a"]) memo.slots(file, key, "", now, compute);
    // "c" cleared the two before it, so "a" is computed again
    expect(computed).toBe(4);
  });
});
