import { describe, expect, it } from "vitest";
import { estimateWaits, measuredServiceMinutes, roundedWait } from "./wait-estimate";

describe("measuredServiceMinutes", () => {
  it("averages what services really took, shared out over the services of a visit", () => {
    const m = measuredServiceMinutes([
      { services: ["ausweis"], minutes: 10 },
      { services: ["ausweis"], minutes: 14 },
      { services: ["ausweis", "meldebescheinigung"], minutes: 24 },
      { services: ["meldebescheinigung"], minutes: 4 },
    ]);
    expect(m.get("ausweis")).toBe(12);
    // two samples only: left to the planned duration
    expect(m.has("meldebescheinigung")).toBe(false);
  });

  it("ignores visits without services or without a positive duration", () => {
    const m = measuredServiceMinutes([
      { services: [], minutes: 10 },
      { services: ["a"], minutes: 0 },
      { services: ["a"], minutes: 6 },
      { services: ["a"], minutes: 6 },
      { services: ["a"], minutes: 6 },
    ]);
    expect(m.get("a")).toBe(6);
  });
});

describe("estimateWaits", () => {
  const now = new Date("2026-11-23T09:00:00Z");
  const minutesOf = (s: string) => ({ ausweis: 12, melde: 6 })[s] ?? 10;

  it("adds up the work ahead and shares it among the counters", () => {
    const waits = estimateWaits({
      queue: [
        { id: 1, services: ["ausweis"] },
        { id: 2, services: ["melde"] },
        { id: 3, services: ["ausweis", "melde"] },
      ],
      inService: [],
      minutesOf,
      counters: 2,
      now,
    });
    expect([...waits]).toEqual([
      [1, 0],
      [2, 6],
      [3, 9],
    ]);
  });

  it("counts what is left of the people being served", () => {
    const waits = estimateWaits({
      queue: [{ id: 7, services: ["melde"] }],
      inService: [{ services: ["ausweis"], since: new Date(now.getTime() - 4 * 60_000) }],
      minutesOf,
      counters: 1,
      now,
    });
    expect(waits.get(7)).toBe(8);
  });

  it("assumes one counter when none is known to be at work", () => {
    const waits = estimateWaits({
      queue: [
        { id: 1, services: ["melde"] },
        { id: 2, services: ["melde"] },
      ],
      inService: [],
      minutesOf,
      counters: 0,
      now,
    });
    expect(waits.get(2)).toBe(6);
  });
});

describe("roundedWait", () => {
  it("rounds up to five minutes and never shows zero", () => {
    expect(roundedWait(0)).toBe(5);
    expect(roundedWait(11)).toBe(15);
    expect(roundedWait(15)).toBe(15);
  });
});
