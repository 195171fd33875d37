import { describe, expect, it } from "vitest";
import { Closure, OpeningPlan, OpeningPlansFile, OpeningWindow } from "./opening-plan";

const validPlan = {
  key: "stadtbuero-2026",
  location: "stadtbuero",
  validFrom: "2026-01-01",
  validTo: null,
  recurrence: { kind: "weekly", everyWeeks: 1 },
  windows: [{ weekdays: ["mo", "tu"], start: "08:00", end: "12:00" }],
  slotMinutes: 15,
  counters: [{ key: "schalter-1", publicCapacity: 1, staffCapacity: 0 }],
  bookingWindow: { minDaysAhead: 1, maxDaysAhead: 42 },
  services: "all",
};

describe("opening plan schemas", () => {
  it("accepts a valid plan", () => {
    expect(OpeningPlan.safeParse(validPlan).success).toBe(true);
  });

  it("rejects a window whose start is not before its end", () => {
    expect(OpeningWindow.safeParse({ weekdays: ["mo"], start: "12:00", end: "12:00" }).success).toBe(false);
    expect(OpeningWindow.safeParse({ weekdays: [], start: "08:00", end: "12:00" }).success).toBe(false);
    expect(OpeningWindow.safeParse({ weekdays: ["mo"], start: "8:00", end: "12:00" }).success).toBe(false);
  });

  it.each([
    ["everyWeeks 0", { recurrence: { kind: "weekly", everyWeeks: 0 } }],
    ["everyWeeks 9", { recurrence: { kind: "weekly", everyWeeks: 9 } }],
    ["nth 0", { recurrence: { kind: "monthly", nth: 0 } }],
    ["nth 6", { recurrence: { kind: "monthly", nth: 6 } }],
    ["slotMinutes 4", { slotMinutes: 4 }],
    ["slotMinutes 121", { slotMinutes: 121 }],
    ["no counters", { counters: [] }],
    ["negative capacity", { counters: [{ key: "a", publicCapacity: -1, staffCapacity: 0 }] }],
    [
      "duplicate counters",
      {
        counters: [
          { key: "a", publicCapacity: 1, staffCapacity: 0 },
          { key: "a", publicCapacity: 1, staffCapacity: 0 },
        ],
      },
    ],
    ["validTo before validFrom", { validTo: "2025-12-31" }],
    ["maxDaysAhead 0", { bookingWindow: { minDaysAhead: 0, maxDaysAhead: 0 } }],
    ["min after max", { bookingWindow: { minDaysAhead: 10, maxDaysAhead: 5 } }],
    ["no windows", { windows: [] }],
    [
      "overlapping windows",
      {
        windows: [
          { weekdays: ["mo", "tu"], start: "08:00", end: "12:00" },
          { weekdays: ["tu"], start: "11:00", end: "13:00" },
        ],
      },
    ],
    ["bad service key", { services: ["Reisepass"] }],
  ])("rejects %s", (_, change) => {
    expect(OpeningPlan.safeParse({ ...validPlan, ...change }).success).toBe(false);
  });

  it("accepts touching windows and the monthly kinds", () => {
    const windows = [
      { weekdays: ["tu"], start: "08:00", end: "12:00" },
      { weekdays: ["tu"], start: "12:00", end: "14:00" },
    ];
    expect(OpeningPlan.safeParse({ ...validPlan, windows }).success).toBe(true);
    for (const nth of [1, 2, 3, 4, 5, -1]) {
      expect(OpeningPlan.safeParse({ ...validPlan, recurrence: { kind: "monthly", nth } }).success).toBe(
        true,
      );
    }
  });

  it("checks closures and the file", () => {
    const reason = { de: "Geschlossen", en: "Closed" };
    expect(Closure.safeParse({ location: "all", from: "2026-12-24", to: "2026-12-31", reason }).success).toBe(
      true,
    );
    expect(Closure.safeParse({ location: "all", from: "2026-12-31", to: "2026-12-24", reason }).success).toBe(
      false,
    );
    const file = {
      timeZone: "Europe/Berlin",
      holidayRegion: { country: "DE", state: "HE" },
      plans: [validPlan],
      closures: [],
    };
    expect(OpeningPlansFile.safeParse(file).success).toBe(true);
    expect(OpeningPlansFile.safeParse({ ...file, timeZone: "Europe/Marburg" }).success).toBe(false);
    expect(
      OpeningPlansFile.safeParse({ ...file, holidayRegion: { country: "AT", state: "W" } }).success,
    ).toBe(false);
    expect(OpeningPlansFile.safeParse({ ...file, plans: [validPlan, validPlan] }).success).toBe(false);
  });
});
