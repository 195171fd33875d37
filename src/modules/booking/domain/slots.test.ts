import { describe, expect, it } from "vitest";
import { OpeningPlan } from "./opening-plan";
import { expandSessions, type Session } from "./sessions";
import {
  type Channel,
  type FreeSlotsInput,
  freeSlots,
  SlotDoesNotFitError,
  sumDurations,
  unitKey,
  unitsFor,
  unitsNeeded,
} from "./slots";

const TZ = "Europe/Berlin";
const OPEN = { minDaysAhead: 0, maxDaysAhead: 1000 };

type Counters = Array<{ key: string; publicCapacity: number; staffCapacity: number }>;

function sessionsOn(
  from: string,
  to: string,
  start = "08:00",
  end = "10:00",
  counters?: Counters,
): Session[] {
  const plan = OpeningPlan.parse({
    key: "plan",
    location: "stadtbuero",
    validFrom: "2026-01-01",
    validTo: null,
    recurrence: { kind: "weekly", everyWeeks: 1 },
    windows: [{ weekdays: ["mo", "tu", "we", "th", "fr", "sa", "su"], start, end }],
    slotMinutes: 15,
    counters: counters ?? [{ key: "a", publicCapacity: 1, staffCapacity: 0 }],
    bookingWindow: { minDaysAhead: 1, maxDaysAhead: 42 },
    services: "all",
  });
  return expandSessions({ plans: [plan], closures: [], holidays: new Set(), timeZone: TZ, from, to });
}

function slots(sessions: Session[], change: Partial<FreeSlotsInput> = {}) {
  return freeSlots({
    sessions,
    durationMinutes: 15,
    now: "2026-01-01T00:00:00Z",
    bookingWindow: OPEN,
    timeZone: TZ,
    taken: new Map(),
    channel: "public",
    ...change,
  });
}

const labels = (list: { civilStart: string; counter: string }[]) =>
  list.map((s) => `${s.civilStart} ${s.counter}`);

describe("freeSlots", () => {
  it("offers each unit start of a free session with civil labels", () => {
    const result = slots(sessionsOn("2026-03-02", "2026-03-02", "08:00", "09:00"));
    expect(labels(result)).toEqual(["08:00 a", "08:15 a", "08:30 a", "08:45 a"]);
    expect(result[0]).toEqual({
      planKey: "plan",
      location: "stadtbuero",
      date: "2026-03-02",
      start: "2026-03-02T07:00:00Z",
      end: "2026-03-02T07:15:00Z",
      civilStart: "08:00",
      civilEnd: "08:15",
      utcOffset: "+01:00",
      counter: "a",
      unitKeys: ["stadtbuero/a/2026-03-02T07:00:00Z"],
    });
  });

  it("needs 3 free consecutive units on one counter for 45 minutes in 15-minute units", () => {
    const sessions = sessionsOn("2026-03-02", "2026-03-02");
    const taken = new Map([[unitKey("a", "stadtbuero", "2026-03-02T08:30:00+01:00"), 1]]);
    const result = slots(sessions, { durationMinutes: 45, taken });
    expect(labels(result)).toEqual(["08:45 a", "09:00 a", "09:15 a"]);
    expect(result[0]?.civilEnd).toBe("09:30");
    expect(result[0]?.unitKeys).toHaveLength(3);
  });

  it("uses counter B where a unit is taken on counter A", () => {
    const counters = [
      { key: "a", publicCapacity: 1, staffCapacity: 0 },
      { key: "b", publicCapacity: 1, staffCapacity: 0 },
    ];
    const sessions = sessionsOn("2026-03-02", "2026-03-02", "08:00", "09:00", counters);
    const taken = new Map([[unitKey("a", "stadtbuero", "2026-03-02T07:15:00Z"), 1]]);
    expect(labels(slots(sessions, { durationMinutes: 30, taken }))).toEqual([
      "08:00 b",
      "08:15 b",
      "08:30 a",
    ]);
  });

  it("keeps staff capacity back from online booking", () => {
    const counters = [
      { key: "a", publicCapacity: 1, staffCapacity: 1 },
      { key: "staff", publicCapacity: 0, staffCapacity: 1 },
    ];
    const sessions = sessionsOn("2026-03-02", "2026-03-02", "08:00", "08:30", counters);
    const key = unitKey("a", "stadtbuero", "2026-03-02T07:00:00Z");
    const run = (channel: Channel, count: number) =>
      labels(slots(sessions, { channel, taken: new Map([[key, count]]) }));
    expect(run("public", 0)).toEqual(["08:00 a", "08:15 a"]);
    expect(run("public", 1)).toEqual(["08:15 a"]);
    expect(run("staff", 1)).toEqual(["08:00 a", "08:15 a"]);
    expect(run("staff", 2)).toEqual(["08:00 staff", "08:15 a"]);
  });

  it("keeps to the booking window in civil days of the zone and never offers the past", () => {
    const sessions = sessionsOn("2026-03-02", "2026-03-08");
    const window = { minDaysAhead: 1, maxDaysAhead: 3 };
    // 23:30 UTC on 2 March is already 3 March in Marburg
    const result = slots(sessions, { now: "2026-03-02T23:30:00Z", bookingWindow: window });
    expect([...new Set(result.map((s) => s.date))]).toEqual(["2026-03-04", "2026-03-05", "2026-03-06"]);
    // each session carries its plan's window (1–42 days) when none is given
    const own = slots(sessions, { now: "2026-03-02T12:00:00Z", bookingWindow: undefined });
    expect(own[0]?.date).toBe("2026-03-03");
    const today = slots(sessions, {
      now: "2026-03-02T08:20:00+01:00",
      bookingWindow: { minDaysAhead: 0, maxDaysAhead: 0 },
    });
    expect(labels(today)).toEqual(["08:30 a", "08:45 a", "09:00 a", "09:15 a", "09:30 a", "09:45 a"]);
    const exactly = slots(sessions, {
      now: "2026-03-02T08:30:00+01:00",
      bookingWindow: { minDaysAhead: 0, maxDaysAhead: 0 },
    });
    expect(exactly[0]?.civilStart).toBe("08:30");
  });

  it("offers nothing when the appointment is longer than the session", () => {
    expect(slots(sessionsOn("2026-03-02", "2026-03-02"), { durationMinutes: 121 })).toEqual([]);
    expect(slots(sessionsOn("2026-03-02", "2026-03-02"), { durationMinutes: 120 })).toHaveLength(1);
  });

  it("rejects durations that are not positive whole minutes", () => {
    expect(() => slots(sessionsOn("2026-03-02", "2026-03-02"), { durationMinutes: 0 })).toThrow(RangeError);
    expect(() => unitsNeeded(7.5, 15)).toThrow(RangeError);
  });

  it("gives one slot per start even where sessions of two plans meet", () => {
    const sessions = [...sessionsOn("2026-03-02", "2026-03-02"), ...sessionsOn("2026-03-02", "2026-03-02")];
    expect(slots(sessions)).toHaveLength(8);
  });
});

describe("unitsFor", () => {
  const [session] = sessionsOn("2026-03-02", "2026-03-02");
  if (!session) throw new Error("no session");

  it("returns the units a slot occupies", () => {
    const slot = slots([session], { durationMinutes: 40 })[2];
    expect(slot && unitsFor(session, slot.counter, slot.start, 40)).toEqual(slot?.unitKeys);
    expect(unitsFor(session, "a", "2026-03-02T08:30:00+01:00", 20)).toEqual([
      "stadtbuero/a/2026-03-02T07:30:00Z",
      "stadtbuero/a/2026-03-02T07:45:00Z",
    ]);
  });

  it.each([
    ["unknown-counter", "b", "2026-03-02T07:00:00Z", 15],
    ["off-grid", "a", "2026-03-02T07:05:00Z", 15],
    ["outside-session", "a", "2026-03-02T06:45:00Z", 15],
    ["outside-session", "a", "2026-03-02T08:30:00Z", 45],
  ])("throws %s", (reason, counter, start, minutes) => {
    let error: unknown;
    try {
      unitsFor(session, counter, start, minutes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SlotDoesNotFitError);
    expect(error).toMatchObject({ name: "SlotDoesNotFitError", reason });
  });
});

describe("unitKey and sumDurations", () => {
  it("names a unit by its instant whatever the offset notation", () => {
    expect(unitKey("a", "stadtbuero", "2026-03-30T08:00:00+02:00")).toBe(
      unitKey("a", "stadtbuero", "2026-03-30T06:00:00.000Z"),
    );
  });

  it("adds up the durations of several services", () => {
    expect(sumDurations([20, 10])).toBe(30);
    expect(unitsNeeded(sumDurations([20, 10]), 15)).toBe(2);
    expect(() => sumDurations([])).toThrow(RangeError);
    expect(() => sumDurations([10, 0])).toThrow(RangeError);
  });
});
