/**
 * Waiting-time estimates from measured service times.
 *
 * The expected length of a service is the mean of what it really took at this place over
 * the last days (a finished ticket's time from start to finish, shared out evenly over the
 * services done). A service with too few measurements falls back to the catalogue's
 * planned duration. The estimate for a waiting person is the expected work ahead of them
 * (the people before them in the queue order, plus what is left of the ones being served)
 * shared by the counters at work.
 */

export interface Measurement {
  services: string[];
  minutes: number;
}

/** Below this many measurements a service's planned duration is used instead. */
export const MIN_SAMPLES = 3;

/** Mean measured minutes per service, from finished tickets; services with few samples are left out. */
export function measuredServiceMinutes(measurements: readonly Measurement[]): Map<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const m of measurements) {
    if (m.services.length === 0 || !(m.minutes > 0)) continue;
    const share = m.minutes / m.services.length;
    for (const s of m.services) {
      const acc = sums.get(s) ?? { total: 0, n: 0 };
      acc.total += share;
      acc.n += 1;
      sums.set(s, acc);
    }
  }
  const out = new Map<string, number>();
  for (const [s, { total, n }] of sums) if (n >= MIN_SAMPLES) out.set(s, total / n);
  return out;
}

export interface EstimateInput {
  /** the waiting tickets in queue order */
  queue: readonly { id: number; services: string[] }[];
  /** tickets at a counter now, with when they were started or called */
  inService: readonly { services: string[]; since: Date }[];
  /** expected minutes of one service (measured, else planned) */
  minutesOf(service: string): number;
  /** counters at work; at least one is assumed */
  counters: number;
  now: Date;
}

/** Estimated minutes until each waiting ticket is called, by ticket id. */
export function estimateWaits(input: EstimateInput): Map<number, number> {
  const counters = Math.max(1, input.counters);
  const expected = (services: string[]) =>
    services.length === 0 ? input.minutesOf("") : services.reduce((sum, s) => sum + input.minutesOf(s), 0);
  // What is left of the ones being served (never less than a minute each: they are not done yet).
  let work = input.inService.reduce((sum, t) => {
    const elapsed = (input.now.getTime() - t.since.getTime()) / 60_000;
    return sum + Math.max(1, expected(t.services) - elapsed);
  }, 0);
  const waits = new Map<number, number>();
  for (const t of input.queue) {
    waits.set(t.id, Math.round(work / counters));
    work += expected(t.services);
  }
  return waits;
}

/** Rounds an estimate the way it is shown: to 5 minutes, never promising "0". */
export function roundedWait(minutes: number): number {
  return Math.max(5, Math.ceil(minutes / 5) * 5);
}
