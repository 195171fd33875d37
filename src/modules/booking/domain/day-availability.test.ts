import { describe, expect, it } from "vitest";
import { nextFreeDays, whyNoTimes } from "./day-availability";
import type { Session } from "./sessions";
import type { Slot } from "./slots";

const session = (date: string, minDaysAhead = 1, maxDaysAhead = 60): Session => ({
  planKey: "p",
  location: "stadtbuero",
  date,
  start: `${date}T07:00:00Z`,
  end: `${date}T11:00:00Z`,
  slotMinutes: 15,
  counters: [{ key: "schalter-1", publicCapacity: 1, staffCapacity: 0 }],
  services: "all",
  bookingWindow: { minDaysAhead, maxDaysAhead },
});

const slot = (date: string): Slot => ({
  planKey: "p",
  location: "stadtbuero",
  date,
  start: `${date}T08:00:00Z`,
  end: `${date}T08:15:00Z`,
  civilStart: "09:00",
  civilEnd: "09:15",
  utcOffset: "+01:00",
  counter: "schalter-1",
  unitKeys: [],
});

describe("whyNoTimes", () => {
  it("calls a day without an opening window closed", () => {
    expect(whyNoTimes([], "2027-01-11")).toBe("closed");
  });

  it("calls a day with opening hours but no free time fully booked", () => {
    expect(whyNoTimes([session("2027-01-13")], "2027-01-11")).toBe("full");
  });

  it("tells a day outside the booking window apart from a full one", () => {
    expect(whyNoTimes([session("2027-01-11", 1)], "2027-01-11")).toBe("not-bookable");
    expect(whyNoTimes([session("2027-04-30", 1, 60)], "2027-01-11")).toBe("not-bookable");
    expect(whyNoTimes([session("2027-03-12", 1, 60)], "2027-01-11")).toBe("full");
  });
});

describe("nextFreeDays", () => {
  const slots = ["2027-01-12", "2027-01-12", "2027-01-14", "2027-01-15", "2027-01-18"].map(slot);

  it("offers the free days after the chosen one, with their number of free times", () => {
    expect(nextFreeDays(slots, "2027-01-13", 2)).toEqual([
      { date: "2027-01-14", free: 1 },
      { date: "2027-01-15", free: 1 },
    ]);
  });

  it("offers the first free days when none comes after the chosen one", () => {
    expect(nextFreeDays(slots, "2027-02-01", 1)).toEqual([{ date: "2027-01-12", free: 2 }]);
    expect(nextFreeDays([], "2027-01-13")).toEqual([]);
  });
});
