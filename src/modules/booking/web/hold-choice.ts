import { isAppError } from "../../../platform/errors";
import { KeyedSerial } from "../../../platform/keyed-serial";
import type { Slot } from "../domain/slots";
import type { HoldResult } from "../hold-appointment";

/** What became of a resident's post of "hold this time". */
export type HoldOutcome =
  | { kind: "held"; holdToken: string }
  | { kind: "too-many" }
  /**
   * The time is taken. `free`: the free times of the chosen time's day as read for this
   * decision (the refusal shows what decided it); `refused` tells the chosen time.
   */
  | { kind: "taken"; free: Slot[]; day: string; refused: (s: Slot) => boolean };

export interface HoldChoiceInput {
  location: string;
  /** what the free times depend on besides place and day (the chosen services) */
  services: string;
  choice: { start: string; counter: string };
  /** the civil date of the chosen start in the tenant's zone */
  day: string;
  /** the free times of a day at the place for the chosen services, read live */
  freeOfDay: (day: string) => Promise<Slot[]>;
  /** the hold's transaction, which alone decides */
  hold: () => Promise<HoldResult>;
}

interface Read {
  /** when the read began, on this chooser's sequence */
  seq: number;
  slots: Promise<Slot[]>;
}

/** Above this many remembered times the memory is dropped; forgetting only costs a read or a transaction. */
const MAX_REMEMBERED = 10_000;

/**
 * Decides hold posts, in one process. Most posts of a rush are for a time taken meanwhile:
 * - The day's free times, read live, refuse them without a transaction. Posts that come while
 *   a read of the same place, services and day is under way share it.
 * - Posts for one time at one counter go to the transaction one after another. One that finds
 *   a hold attempt finished there since its read began reads again first, sharing that read
 *   with the others behind the same attempt; so a rush of 300 residents over 10 times starts
 *   about 10 transactions and 10 reads after them here, rather than one of each per resident.
 * The transaction alone decides: another instance's hold, or one of an overlapping time, is
 * refused there.
 */
export function holdChooser(): (input: HoldChoiceInput) => Promise<HoldOutcome> {
  const serial = new KeyedSerial();
  let seq = 0;
  const underWay = new Map<string, Read>();
  /** per time and counter: the sequence number at which its last hold attempt ended */
  const lastAttempt = new Map<string, number>();
  /** per time and counter: a read begun after its last hold attempt ended */
  const readAfter = new Map<string, Read>();

  const read = (input: HoldChoiceInput): Read => {
    const key = `${input.location}|${input.services}|${input.day}`;
    const current = underWay.get(key);
    if (current) return current;
    const started: Read = { seq: ++seq, slots: input.freeOfDay(input.day) };
    underWay.set(key, started);
    const done = () => {
      if (underWay.get(key) === started) underWay.delete(key);
    };
    started.slots.then(done, done);
    return started;
  };

  return async (input) => {
    const at = new Date(input.choice.start).getTime();
    // the time at the chosen counter: another counter free at the same start stays on offer
    const refused = (s: Slot) => new Date(s.start).getTime() === at && s.counter === input.choice.counter;
    const taken = (free: Slot[]): HoldOutcome => ({ kind: "taken", free, day: input.day, refused });
    const first = read(input);
    const free = await first.slots;
    if (!free.some(refused)) return taken(free);
    const key = `${input.location}|${input.choice.counter}|${at}|${input.services}`;
    const result = await serial.run(key, async (): Promise<HoldResult | Slot[]> => {
      const last = lastAttempt.get(key);
      if (last !== undefined && last > first.seq) {
        let again = readAfter.get(key);
        if (!again || again.seq < last) {
          again = { seq: ++seq, slots: input.freeOfDay(input.day) };
          if (readAfter.size >= MAX_REMEMBERED) readAfter.clear();
          readAfter.set(key, again);
        }
        const now = await again.slots;
        if (!now.some(refused)) return now;
      }
      try {
        // A time that no longer fits the plan (changed meanwhile) counts as taken.
        return await input.hold().catch((error: unknown): HoldResult => {
          if (isAppError(error, "slot-taken")) return { ok: false, reason: "slot-taken" };
          throw error;
        });
      } finally {
        if (lastAttempt.size >= MAX_REMEMBERED) lastAttempt.clear();
        lastAttempt.set(key, ++seq);
      }
    });
    if (Array.isArray(result)) return taken(result);
    if (result.ok) return { kind: "held", holdToken: result.holdToken };
    if (result.reason === "too-many") return { kind: "too-many" };
    // Lost the race in the transaction: read again, and never offer the refused time.
    return taken((await input.freeOfDay(input.day)).filter((s) => !refused(s)));
  };
}
