import type { Slot } from "./domain/slots";

interface Entry {
  /** the claims (taken units) the slots were computed from, as read live */
  claims: string;
  /** the minute they were computed in: slots start on whole minutes, so "not yet begun" holds for it */
  minute: number;
  slots: Slot[];
}

/**
 * The free times last computed per plans file, place, services and day, with the claims they
 * came from. Claims are read live on every request; only when they are the same as last time,
 * in the same minute, is the same (frozen) array given again. So a rush of refusals computes
 * the free times once per change of the day's claims, and what is rendered from an array can
 * be kept beside it (`WeakMap`), never outliving the claims it shows.
 */
export class FreeSlotMemo {
  readonly #byFile = new WeakMap<object, Map<string, Entry>>();

  constructor(private readonly maxEntries = 1000) {}

  /** The claims of `rows` as one string, in the order the query gives them. */
  static claimsOf(rows: readonly { counter: string; startsAt: Date; taken: number }[]): string {
    let claims = "";
    for (const r of rows) claims += `${r.counter}@${r.startsAt.getTime()}=${r.taken};`;
    return claims;
  }

  slots(file: object, key: string, claims: string, now: Date, compute: () => Slot[]): Slot[] {
    let entries = this.#byFile.get(file);
    if (!entries) {
      entries = new Map();
      this.#byFile.set(file, entries);
    }
    // now in (m·60 s, (m+1)·60 s]: a start on a whole minute is before now exactly when ≤ m·60 s
    const minute = Math.ceil(now.getTime() / 60_000);
    const known = entries.get(key);
    if (known && known.claims === claims && known.minute === minute) return known.slots;
    const slots = Object.freeze(compute()) as Slot[];
    if (!known && entries.size >= this.maxEntries) entries.clear();
    entries.set(key, { claims, minute, slots });
    return slots;
  }
}
