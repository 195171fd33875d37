/**
 * The one source of the current instant for business code. `serve` uses the wall clock;
 * tests give the app a clock of their own and so choose their instant.
 */
export interface Clock {
  now(): Date;
}

/** The machine's clock: the only place besides tests that reads the wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at `instant` until moved (for tests and benchmarks). */
export function fixedClock(
  instant: Date | string,
): Clock & { set(to: Date | string): void; advance(ms: number): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set(to) {
      current = new Date(to);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

declare module "fastify" {
  interface FastifyInstance {
    /** the current instant for business code (see `Clock`) */
    clock: Clock;
  }
}
