import { describe, expect, it } from "vitest";
import { OpeningPlan } from "./opening-plan";
import { expandSessions } from "./sessions";
import { freeSlots } from "./slots";
import { takenFromIntervals } from "./taken-units";

function sessions(slotMinutes: number) {
  const plan = OpeningPlan.parse({
    key: "p",
    location: "stadtbuero",
    validFrom: "2026-01-01",
    validTo: null,
    recurrence: { kind: "weekly", everyWeeks: 1 },
    windows: [{ weekdays: ["mo"], start: "08:00", end: "10:00" }],
    slotMinutes,
    counters: [
      { key: "a", publicCapacity: 1, staffCapacity: 0 },
      { key: "b", publicCapacity: 1, staffCapacity: 0 },
    ],
    bookingWindow: { minDaysAhead: 0, maxDaysAhead: 100 },
    services: "all",
  });
  return expandSessions({
    plans: [plan],
    closures: [],
    holidays: new Set(),
    timeZone: "Europe/Berlin",
    from: "2026-03-02",
    to: "2026-03-02",
  });
}

describe("takenFromIntervals", () => {
  it("counts the units of booked slots", () => {
    const current = sessions(15);
    const [slot] = freeSlots({
      sessions: current,
      durationMinutes: 40,
      now: "2026-03-01T00:00:00Z",
      timeZone: "Europe/Berlin",
      taken: new Map(),
      channel: "public",
    });
    if (!slot) throw new Error("no slot");
    const taken = takenFromIntervals(current, [slot, { ...slot, counter: "a" }]);
    expect([...taken]).toEqual(slot.unitKeys.map((k) => [k, 2]));
  });

  it("maps appointments made on an older grid onto every overlapping unit of the current one", () => {
    const taken = takenFromIntervals(sessions(15), [
      // 08:10–08:40 on a 10-minute grid
      { location: "stadtbuero", counter: "b", start: "2026-03-02T07:10:00Z", end: "2026-03-02T07:40:00Z" },
      { location: "mobil-cappel", counter: "b", start: "2026-03-02T07:10:00Z", end: "2026-03-02T07:40:00Z" },
      { location: "stadtbuero", counter: "x", start: "2026-03-02T07:10:00Z", end: "2026-03-02T07:40:00Z" },
      { location: "stadtbuero", counter: "b", start: "2026-03-02T09:00:00Z", end: "2026-03-02T09:30:00Z" },
    ]);
    expect([...taken.keys()]).toEqual([
      "stadtbuero/b/2026-03-02T07:00:00Z",
      "stadtbuero/b/2026-03-02T07:15:00Z",
      "stadtbuero/b/2026-03-02T07:30:00Z",
    ]);
  });
});
