import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { OpeningPlan } from "./opening-plan";
import { expandSessions, type Session } from "./sessions";
import { type Channel, capacityOf, freeSlots, type Slot, unitsFor, unitsNeeded } from "./slots";

/**
 * Property tests. The oracle for civil times is `Intl.DateTimeFormat`, independent of the
 * Temporal polyfill the code uses.
 */

const TZ = "Europe/Berlin";
const SPRING = "2026-03-29";
const AUTUMN = "2026-10-25";
const DST_DAYS = new Set([SPRING, AUTUMN]);
const OPEN = { minDaysAhead: 0, maxDaysAhead: 1000 };
const RUNS = { numRuns: 150 };

const intl = new Intl.DateTimeFormat("en-GB", {
  timeZone: TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function civil(instant: string): { date: string; time: string; offsetMinutes: number } {
  const ms = Date.parse(instant);
  const p = Object.fromEntries(intl.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${p.hour}:${p.minute}`,
    offsetMinutes: (wall - ms) / 60_000,
  };
}

const ms = (instant: string) => Date.parse(instant);
const unitInstant = (key: string) => key.slice(key.lastIndexOf("/") + 1);
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

const dateArb = fc.oneof(
  fc.constantFrom(SPRING, AUTUMN, "2026-03-28", "2026-03-30", "2026-10-24", "2026-10-26"),
  fc
    .integer({ min: 0, max: 364 })
    .map((n) => Temporal.PlainDate.from("2026-01-01").add({ days: n }).toString()),
);

const windowArb = (minStart: number, maxEnd: number) =>
  fc
    .tuple(fc.integer({ min: minStart, max: maxEnd - 1 }), fc.integer({ min: 1, max: maxEnd - minStart }))
    .map(([start, length]) => ({ start, end: Math.min(start + length, maxEnd) }));

const countersArb = fc
  .array(
    fc.record({
      publicCapacity: fc.integer({ min: 0, max: 2 }),
      staffCapacity: fc.integer({ min: 0, max: 2 }),
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((list) => list.map((c, i) => ({ key: `c${i}`, ...c })));

interface Case {
  date: string;
  window: { start: number; end: number };
  slotMinutes: number;
  durationMinutes: number;
  counters: Array<{ key: string; publicCapacity: number; staffCapacity: number }>;
  channel: Channel;
}

const caseArb = (windows = windowArb(0, 24 * 60 - 1), dates = dateArb) =>
  fc.record({
    date: dates,
    window: windows,
    slotMinutes: fc.integer({ min: 5, max: 120 }),
    durationMinutes: fc.integer({ min: 1, max: 240 }),
    counters: countersArb,
    channel: fc.constantFrom<Channel>("public", "staff"),
  });

function sessionsOf(c: Case): Session[] {
  const plan = OpeningPlan.parse({
    key: "p",
    location: "stadtbuero",
    validFrom: "2026-01-01",
    validTo: null,
    recurrence: { kind: "weekly", everyWeeks: 1 },
    windows: [
      {
        weekdays: ["mo", "tu", "we", "th", "fr", "sa", "su"],
        start: hhmm(c.window.start),
        end: hhmm(c.window.end),
      },
    ],
    slotMinutes: c.slotMinutes,
    counters: c.counters,
    bookingWindow: { minDaysAhead: 0, maxDaysAhead: 100 },
    services: "all",
  });
  return expandSessions({
    plans: [plan],
    closures: [],
    holidays: new Set(),
    timeZone: TZ,
    from: c.date,
    to: c.date,
  });
}

function slotsOf(c: Case, sessions: Session[], taken: ReadonlyMap<string, number> = new Map()): Slot[] {
  const now = Temporal.PlainDate.from(c.date).subtract({ days: 2 }).toString();
  return freeSlots({
    sessions,
    durationMinutes: c.durationMinutes,
    now: `${now}T00:00:00Z`,
    bookingWindow: OPEN,
    timeZone: TZ,
    taken,
    channel: c.channel,
  });
}

describe("freeSlots properties (a): time", () => {
  it("labels, bounds, units and counts hold on any day, including both DST switches", () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        const sessions = sessionsOf(c);
        const slots = slotsOf(c, sessions);
        const session = sessions[0];
        if (!session) {
          // only a window that collapses inside the spring-forward gap has no session
          expect(c.date).toBe(SPRING);
          return;
        }
        const realMinutes = (ms(session.end) - ms(session.start)) / 60_000;
        const units = unitsNeeded(c.durationMinutes, c.slotMinutes);
        if (!DST_DAYS.has(c.date)) expect(realMinutes).toBe(c.window.end - c.window.start);
        const usable = c.counters.some((k) => capacityOf(k, c.channel) > 0);
        const expected = usable ? Math.max(0, Math.floor(realMinutes / c.slotMinutes) - units + 1) : 0;
        expect(slots).toHaveLength(expected);

        for (const slot of slots) {
          const start = civil(slot.start);
          expect(slot.date).toBe(start.date);
          expect(slot.civilStart).toBe(start.time);
          expect(slot.civilEnd).toBe(civil(slot.end).time);
          expect(slot.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
          expect(slot.end).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
          expect(slot.utcOffset).toBe(start.offsetMinutes === 120 ? "+02:00" : "+01:00");
          expect(ms(slot.start)).toBeGreaterThanOrEqual(ms(session.start));
          expect(ms(slot.end)).toBeLessThanOrEqual(ms(session.end));
          // every unit is exactly slotMinutes of elapsed time, back to back from start to end
          const starts = slot.unitKeys.map((k) => ms(unitInstant(k)));
          expect(starts).toHaveLength(units);
          expect(starts[0]).toBe(ms(slot.start));
          starts.forEach((t, i) => {
            expect(t).toBe(ms(slot.start) + i * c.slotMinutes * 60_000);
            expect((t - ms(session.start)) % (c.slotMinutes * 60_000)).toBe(0);
          });
          expect(ms(slot.end)).toBe(ms(slot.start) + units * c.slotMinutes * 60_000);
        }
        // slots of one counter: overlapping in time exactly when they share a unit (so
        // locking units catches every double booking), and never two at one start
        const violations: string[] = [];
        slots.forEach((a, i) => {
          const keys = new Set(a.unitKeys);
          for (const b of slots.slice(i + 1)) {
            if (a.start >= b.start) violations.push(`unsorted ${a.start} ${b.start}`);
            if (a.counter !== b.counter) continue;
            const overlap = ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);
            if (overlap !== b.unitKeys.some((k) => keys.has(k))) violations.push(`${a.start} ${b.start}`);
          }
        });
        expect(violations).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("freeSlots properties (b): capacity", () => {
  const countArb = fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 2 },
  );
  const capacityCase = fc.record({
    c: caseArb(windowArb(6 * 60, 20 * 60), fc.constantFrom("2026-03-02", SPRING, AUTUMN)).map((c) => ({
      ...c,
      slotMinutes: (c.slotMinutes % 30) + 5,
      durationMinutes: (c.durationMinutes % 90) + 1,
    })),
    counts: fc.array(countArb, { minLength: 1, maxLength: 400 }),
    pick: fc.nat(),
  });

  it("never uses a full unit, finds every fitting start, and a filled slot disappears", () => {
    fc.assert(
      fc.property(capacityCase, ({ c, counts, pick }) => {
        const [session] = sessionsOf(c);
        if (!session) return;
        const step = c.slotMinutes * 60_000;
        const unitCount = Math.floor((ms(session.end) - ms(session.start)) / step);
        const unitStarts = Array.from({ length: unitCount }, (_, i) =>
          new Date(ms(session.start) + i * step).toISOString().replace(".000Z", "Z"),
        );
        const taken = new Map<string, number>();
        let n = 0;
        for (const counter of c.counters) {
          for (const start of unitStarts) {
            const count = counts[n++ % counts.length] ?? 0;
            if (count > 0) taken.set(`stadtbuero/${counter.key}/${start}`, count);
          }
        }
        const slots = slotsOf(c, [session], taken);
        const capacity = (key: string, channel: Channel) => {
          const counter = c.counters.find((k) => k.key === key);
          return counter ? capacityOf(counter, channel) : 0;
        };
        for (const slot of slots) {
          for (const key of slot.unitKeys)
            expect(taken.get(key) ?? 0).toBeLessThan(capacity(slot.counter, c.channel));
        }
        // oracle via unitsFor: a start is offered exactly when some counter fits, on the first one
        const oracle = unitStarts.flatMap((start) => {
          const fits = c.counters.find((k) => {
            try {
              return unitsFor(session, k.key, start, c.durationMinutes).every(
                (key) => (taken.get(key) ?? 0) < capacityOf(k, c.channel),
              );
            } catch {
              return false;
            }
          });
          return fits ? [`${start} ${fits.key}`] : [];
        });
        expect(slots.map((s) => `${s.start} ${s.counter}`)).toEqual(oracle);
        // staff see at least what the public sees
        const staffStarts = new Set(
          slotsOf({ ...c, channel: "staff" }, [session], taken).map((s) => s.start),
        );
        for (const s of slotsOf({ ...c, channel: "public" }, [session], taken))
          expect(staffStarts.has(s.start)).toBe(true);
        // fill one returned slot's units up to capacity: no slot may use them any more
        const chosen = slots[pick % Math.max(1, slots.length)];
        if (!chosen) return;
        const filled = new Map(taken);
        for (const key of chosen.unitKeys) filled.set(key, capacity(chosen.counter, c.channel));
        const after = slotsOf(c, [session], filled);
        for (const slot of after) {
          expect(slot.unitKeys.some((k) => chosen.unitKeys.includes(k))).toBe(false);
          if (slot.start === chosen.start) expect(slot.counter).not.toBe(chosen.counter);
        }
      }),
      RUNS,
    );
  });
});

describe("freeSlots properties (c): the DST days", () => {
  const at = (date: string, start: string, end: string, slotMinutes = 15) => {
    const c: Case = {
      date,
      window: { start: 0, end: 1 },
      slotMinutes,
      durationMinutes: slotMinutes,
      counters: [{ key: "a", publicCapacity: 1, staffCapacity: 0 }],
      channel: "public",
    };
    const [h1, m1] = start.split(":").map(Number);
    const [h2, m2] = end.split(":").map(Number);
    c.window = { start: (h1 ?? 0) * 60 + (m1 ?? 0), end: (h2 ?? 0) * 60 + (m2 ?? 0) };
    const sessions = sessionsOf(c);
    return { sessions, slots: slotsOf(c, sessions) };
  };

  it("01:00–04:00 on 29 March 2026 is 2 hours of real time with only existing civil times", () => {
    const { sessions, slots } = at(SPRING, "01:00", "04:00");
    const [session] = sessions;
    expect(session && (ms(session.end) - ms(session.start)) / 3_600_000).toBe(2);
    expect(slots.map((s) => s.civilStart)).toEqual([
      "01:00",
      "01:15",
      "01:30",
      "01:45",
      "03:00",
      "03:15",
      "03:30",
      "03:45",
    ]);
    expect(slots.find((s) => s.civilStart === "01:45")?.civilEnd).toBe("03:00");
  });

  it("01:00–04:00 on 25 October 2026 is 4 hours with the repeated hour told apart by its offset", () => {
    const { sessions, slots } = at(AUTUMN, "01:00", "04:00");
    const [session] = sessions;
    expect(session && (ms(session.end) - ms(session.start)) / 3_600_000).toBe(4);
    expect(slots).toHaveLength(16);
    const twice = slots.filter((s) => s.civilStart === "02:15");
    expect(twice.map((s) => [s.start, s.utcOffset])).toEqual([
      ["2026-10-25T00:15:00Z", "+02:00"],
      ["2026-10-25T01:15:00Z", "+01:00"],
    ]);
  });

  it("for random windows around the switches: civil times exist, and equal labels are different instants", () => {
    fc.assert(
      fc.property(caseArb(windowArb(0, 6 * 60), fc.constantFrom(SPRING, AUTUMN)), (c) => {
        const slots = slotsOf(c, sessionsOf(c));
        const byLabel = new Map<string, Slot[]>();
        for (const slot of slots) {
          if (c.date === SPRING) {
            expect(slot.civilStart.startsWith("02:")).toBe(false);
            expect(slot.civilEnd.startsWith("02:")).toBe(false);
          }
          byLabel.set(slot.civilStart, [...(byLabel.get(slot.civilStart) ?? []), slot]);
        }
        for (const same of byLabel.values()) {
          expect(same.length).toBeLessThanOrEqual(2);
          if (same.length === 2) {
            expect(c.date).toBe(AUTUMN);
            expect(same[0]?.start).not.toBe(same[1]?.start);
            expect(same.map((s) => s.utcOffset)).toEqual(["+02:00", "+01:00"]);
          }
        }
      }),
      RUNS,
    );
  });
});
