/**
 * One booking rush at the transaction (no HTTP): used by `booking-rush.ts` and
 * `booking-rush-http.ts`.
 */
import { performance } from "node:perf_hooks";
import type { HoldResult } from "../src/modules/booking/hold-appointment";

/** Tries to hold the slot starting at the given instant. */
export type Hold = (startsAt: Date) => Promise<HoldResult>;

export interface Rush {
  wallMs: number;
  /** from the start to the last successful hold */
  soldOutMs: number;
  /** CPU time of this Node process (user + system) during the rush */
  clientCpuMs: number;
  attempts: number;
  successes: number;
  latencies: number[];
  failures: Map<string, number>;
  errors: Map<string, number>;
  gaveUp: number;
  bookedPerSlot: number[];
}

export const bump = (m: Map<string, number>, k: string, n = 1) => m.set(k, (m.get(k) ?? 0) + n);

/**
 * All clients start at once. Each picks a slot at random among those it has not yet seen taken,
 * and on "slot-taken" (or an error) tries another, at most 1 + retries attempts; it stops at its
 * first success.
 */
export async function rush(hold: Hold, slots: Date[], clientCount: number, retries: number): Promise<Rush> {
  const r: Rush = {
    wallMs: 0,
    soldOutMs: 0,
    clientCpuMs: 0,
    attempts: 0,
    successes: 0,
    latencies: [],
    failures: new Map(),
    errors: new Map(),
    gaveUp: 0,
    bookedPerSlot: slots.map(() => 0),
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const client = async () => {
    const seenTaken = new Set<number>();
    for (let a = 0; a <= retries; a++) {
      const free = slots.map((_, i) => i).filter((i) => !seenTaken.has(i));
      const i = free[Math.floor(Math.random() * free.length)];
      if (i === undefined) break;
      r.attempts++;
      const t = performance.now();
      try {
        const result = await hold(slots[i] as Date);
        r.latencies.push(performance.now() - t);
        if (result.ok) {
          r.successes++;
          r.soldOutMs = performance.now() - t0;
          r.bookedPerSlot[i] = (r.bookedPerSlot[i] ?? 0) + 1;
          return;
        }
        bump(r.failures, result.reason);
        seenTaken.add(i);
      } catch (error) {
        r.latencies.push(performance.now() - t);
        bump(r.errors, ((error as Error).message ?? String(error)).slice(0, 80));
      }
    }
    r.gaveUp++;
  };
  await Promise.all(Array.from({ length: clientCount }, client));
  r.wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  r.clientCpuMs = (cpu.user + cpu.system) / 1000;
  return r;
}
