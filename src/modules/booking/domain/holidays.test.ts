import { describe, expect, it } from "vitest";
import { isPublicHoliday, publicHolidays, publicHolidaysBetween } from "./holidays";

const HESSE = { country: "DE", state: "HE" } as const;

describe("public holidays", () => {
  it("knows the public holidays of Hesse in 2026", () => {
    const days = publicHolidays(HESSE, 2026);
    for (const date of [
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-06-04",
      "2026-10-03",
      "2026-12-25",
      "2026-12-26",
    ]) {
      expect(days.has(date), date).toBe(true);
    }
    expect(days.size).toBe(10);
  });

  it("does not count Christmas Eve, Easter Sunday or Reformation Day in Hesse", () => {
    const days = publicHolidays(HESSE, 2026);
    expect(days.has("2026-12-24")).toBe(false);
    expect(days.has("2026-12-31")).toBe(false);
    expect(days.has("2026-10-31")).toBe(false);
    expect(isPublicHoliday(HESSE, "2026-10-31")).toBe(false);
    expect(isPublicHoliday(HESSE, "2026-06-04")).toBe(true);
  });

  it("differs by state", () => {
    expect(isPublicHoliday({ country: "DE", state: "NI" }, "2026-10-31")).toBe(true);
    expect(isPublicHoliday({ country: "DE", state: "NI" }, "2026-06-04")).toBe(false);
  });

  it("collects a range across years and returns fresh sets", () => {
    const range = publicHolidaysBetween(HESSE, "2026-12-20", "2027-01-10");
    expect([...range].sort()).toEqual(["2026-12-25", "2026-12-26", "2027-01-01"]);
    publicHolidays(HESSE, 2026).clear();
    expect(publicHolidays(HESSE, 2026).size).toBe(10);
  });
});
