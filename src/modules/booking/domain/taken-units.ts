import { Temporal } from "temporal-polyfill";
import { instantFromEpochMs } from "../../../domain/zoned-time";
import type { Session } from "./sessions";
import { unitKey } from "./slots";

/** An existing appointment or hold on one counter: [start, end) as ISO instants. */
export interface OccupiedInterval {
  location: string;
  counter: string;
  start: string;
  end: string;
}

/**
 * The `taken` map for `freeSlots` derived from existing appointments and holds: every unit of
 * the sessions that overlaps an interval in real time on the same location and counter counts
 * it once. Unlike counting stored unit keys, this stays correct after a plan's grid changed
 * (other slot length or window start) while appointments already existed.
 */
export function takenFromIntervals(
  sessions: readonly Session[],
  intervals: readonly OccupiedInterval[],
): Map<string, number> {
  const taken = new Map<string, number>();
  const parsed = intervals.map((o) => ({
    ...o,
    startMs: Temporal.Instant.from(o.start).epochMilliseconds,
    endMs: Temporal.Instant.from(o.end).epochMilliseconds,
  }));
  for (const session of sessions) {
    const sStart = Temporal.Instant.from(session.start).epochMilliseconds;
    const sEnd = Temporal.Instant.from(session.end).epochMilliseconds;
    const step = session.slotMinutes * 60_000;
    const count = Math.floor((sEnd - sStart) / step);
    for (const o of parsed) {
      if (o.location !== session.location || o.endMs <= sStart || o.startMs >= sEnd) continue;
      if (!session.counters.some((c) => c.key === o.counter)) continue;
      const first = Math.max(0, Math.floor((o.startMs - sStart) / step));
      const last = Math.min(count - 1, Math.ceil((o.endMs - sStart) / step) - 1);
      for (let i = first; i <= last; i++) {
        const key = unitKey(o.counter, session.location, instantFromEpochMs(sStart + i * step));
        taken.set(key, (taken.get(key) ?? 0) + 1);
      }
    }
  }
  return taken;
}
