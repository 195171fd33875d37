import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseNext, queueOrder } from "./queue-order";

const now = new Date("2026-11-23T09:00:00Z");
const min = (m: number) => new Date(now.getTime() + m * 60_000);
let id = 0;
const walkIn = (arrived: number, urgent = false) => ({
  id: ++id,
  kind: "walk-in" as const,
  urgent,
  dueAt: null,
  arrivedAt: min(arrived),
});
const appointment = (due: number, arrived: number) => ({
  id: ++id,
  kind: "appointment" as const,
  urgent: false,
  dueAt: min(due),
  arrivedAt: min(arrived),
});

describe("queueOrder", () => {
  it("calls a due appointment before walk-ins who came earlier", () => {
    const w = walkIn(-30);
    const a = appointment(0, -2);
    expect(chooseNext([w, a], now)).toBe(a);
  });

  it("counts an appointment as due a few minutes before its time", () => {
    const w = walkIn(-30);
    const a = appointment(4, -10);
    expect(chooseNext([w, a], now)).toBe(a);
    const early = appointment(20, -10);
    expect(chooseNext([w, early], now)).toBe(w);
  });

  it("calls walk-ins by arrival, and early appointments only when no walk-in waits", () => {
    const w1 = walkIn(-20);
    const w2 = walkIn(-10);
    const early = appointment(30, -25);
    expect(queueOrder([early, w2, w1], now)).toEqual([w1, w2, early]);
  });

  it("calls urgent cases first", () => {
    const due = appointment(-5, -10);
    const urgent = walkIn(-1, true);
    expect(chooseNext([due, urgent], now)).toBe(urgent);
  });

  it("orders due appointments by booked time, not by arrival", () => {
    const later = appointment(0, -30);
    const earlier = appointment(-10, -1);
    expect(queueOrder([later, earlier], now)).toEqual([earlier, later]);
  });

  it("is a total order: the same set gives the same order whatever its input order", () => {
    const ticket = fc.record({
      id: fc.integer({ min: 1, max: 1_000_000 }),
      kind: fc.constantFrom("walk-in" as const, "appointment" as const),
      urgent: fc.boolean(),
      due: fc.integer({ min: -120, max: 120 }),
      arrived: fc.integer({ min: -120, max: 0 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(ticket, { selector: (t) => t.id, maxLength: 30 }), (raw) => {
        const tickets = raw.map((t) => ({
          id: t.id,
          kind: t.kind,
          urgent: t.urgent,
          dueAt: t.kind === "appointment" ? min(t.due) : null,
          arrivedAt: min(t.arrived),
        }));
        const a = queueOrder(tickets, now).map((t) => t.id);
        const b = queueOrder([...tickets].reverse(), now).map((t) => t.id);
        expect(a).toEqual(b);
        expect(a).toHaveLength(tickets.length);
      }),
    );
  });
});
