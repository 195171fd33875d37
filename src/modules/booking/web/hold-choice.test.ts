import { describe, expect, it } from "vitest";
import type { Slot } from "../domain/slots";
import type { HoldResult } from "../hold-appointment";
import { type HoldChoiceInput, holdChooser } from "./hold-choice";

/*
 * The chooser's coordination on its own: `freeOfDay` and `hold` stand for the live read and the
 * transaction (tested against the database in free-times and hold-rush tests); here they count
 * their calls and end when the test says so.
 */
const START = "2026-12-08T08:00:00.000Z";
const slot = (start: string, counter = "mobil"): Slot => ({
  planKey: "p",
  location: "mobil-cappel",
  date: "2026-12-08",
  start,
  end: start,
  civilStart: "09:00",
  civilEnd: "09:15",
  utcOffset: "+01:00",
  counter,
  unitKeys: [],
});

/** A day of two times; `taken` holds the starts held so far. */
function place() {
  const taken = new Set<string>();
  const calls = { reads: 0, holds: 0 };
  const gates: (() => void)[] = [];
  const freeNow = () => [slot(START), slot("2026-12-08T08:15:00.000Z")].filter((s) => !taken.has(s.start));
  const input = (start = START): HoldChoiceInput => ({
    location: "mobil-cappel",
    services: "personalausweis",
    choice: { start, counter: "mobil" },
    day: "2026-12-08",
    freeOfDay: async () => {
      calls.reads++;
      await new Promise<void>((resolve) => gates.push(resolve));
      return freeNow();
    },
    hold: async (): Promise<HoldResult> => {
      calls.holds++;
      await new Promise<void>((resolve) => gates.push(resolve));
      if (taken.has(start)) return { ok: false, reason: "slot-taken" };
      taken.add(start);
      return { ok: true, id: 1, code: "A", holdToken: `token-${start}` };
    },
  });
  /** Lets every read and hold waiting so far end, and the decisions run on. */
  const release = async () => {
    for (let i = 0; i < 50; i++) {
      for (const open of gates.splice(0)) open();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { input, calls, release, taken };
}

describe("holdChooser", () => {
  it("decides twenty posts for one time with one read, one transaction and one read after it", async () => {
    const p = place();
    const choose = holdChooser();
    const decisions = Promise.all(Array.from({ length: 20 }, () => choose(p.input())));
    await p.release();
    const outcomes = await decisions;
    expect(outcomes.filter((o) => o.kind === "held")).toHaveLength(1);
    const refused = outcomes.filter((o) => o.kind === "taken");
    expect(refused).toHaveLength(19);
    expect(p.calls).toEqual({ reads: 2, holds: 1 });
    for (const o of refused) {
      if (o.kind !== "taken") continue;
      // the read after the hold decided it, and the refusal shows it
      expect(o.free.map((s) => s.start)).toEqual(["2026-12-08T08:15:00.000Z"]);
      expect(o.free.some(o.refused)).toBe(false);
    }
  });

  it("refuses with the read alone when the time is taken before the post", async () => {
    const p = place();
    p.taken.add(START);
    const choose = holdChooser();
    const decision = choose(p.input());
    await p.release();
    expect((await decision).kind).toBe("taken");
    expect(p.calls).toEqual({ reads: 1, holds: 0 });
  });

  it("sends a post that read after the last attempt ended straight to the transaction", async () => {
    const p = place();
    const choose = holdChooser();
    const first = choose(p.input());
    await p.release();
    expect((await first).kind).toBe("held");
    // the other time: nothing was attempted there, so no second read before its transaction
    const second = choose(p.input("2026-12-08T08:15:00.000Z"));
    await p.release();
    expect(await second).toEqual({ kind: "held", holdToken: "token-2026-12-08T08:15:00.000Z" });
    expect(p.calls).toEqual({ reads: 2, holds: 2 });
  });

  it("reads again and never offers the time when the transaction refuses it", async () => {
    const p = place();
    const choose = holdChooser();
    const input = p.input();
    // another instance took it between the read and the transaction
    const hold = input.hold;
    const decision = choose({
      ...input,
      hold: async () => {
        p.taken.add(START);
        const result = await hold();
        p.taken.delete(START);
        return result;
      },
    });
    await p.release();
    const outcome = await decision;
    expect(outcome.kind).toBe("taken");
    if (outcome.kind === "taken") expect(outcome.free.map((s) => s.start)).not.toContain(START);
    expect(p.calls).toEqual({ reads: 2, holds: 1 });
  });
});
