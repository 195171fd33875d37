/**
 * Sign-in throttling. Instead of locking an account after some failures (which lets anyone
 * lock anyone out, and which parallel attempts beat when decided after the password check),
 * every attempt first claims one row per throttle; a claim counts as a failure until the
 * attempt succeeds. After `free` failures each further attempt must wait, twice as long each
 * time, up to `maxSeconds`. Failures are forgotten after `forgetMinutes` without attempts.
 *
 * Three throttles together:
 * - `pair` (the name typed, from one address): one attacker on one account, slowed hard;
 * - `address` (every name from one address): one attacker trying many accounts;
 * - `account` (the name typed, from anywhere): many addresses on one account, slowed gently
 *   so that its owner, at another address, waits seconds and is never locked out.
 * The name typed counts whether or not an account of that name exists, so the answers
 * cannot tell the two apart.
 */

export type ThrottleKind = "pair" | "address" | "account";

export interface ThrottlePolicy {
  /** failures without any wait */
  free: number;
  /** the wait after the first failure beyond `free`; doubled for each further one */
  baseSeconds: number;
  maxSeconds: number;
  forgetMinutes: number;
}

export const THROTTLES: Record<ThrottleKind, ThrottlePolicy> = {
  pair: { free: 5, baseSeconds: 2, maxSeconds: 15 * 60, forgetMinutes: 60 },
  address: { free: 30, baseSeconds: 1, maxSeconds: 15 * 60, forgetMinutes: 60 },
  account: { free: 10, baseSeconds: 1, maxSeconds: 60, forgetMinutes: 60 },
};

/** A throttle row as stored. */
export interface ThrottleState {
  failures: number;
  nextAttemptAt: Date;
  updatedAt: Date;
}

/** Seconds to wait after the `failures`-th failure. */
export function waitAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxSeconds, policy.baseSeconds * 2 ** (failures - policy.free));
}

export type ClaimDecision =
  | { ok: true; states: ThrottleState[] }
  | {
      ok: false;
      /** when the next attempt may be made */
      retryAt: Date;
    };

/**
 * Decides an attempt against the throttles it falls under (each with its stored state, or
 * undefined when there is none yet): refused while any of them says wait; otherwise every
 * throttle counts one more failure, and the states to store are returned in the same order.
 */
export function claimAttempt(
  throttles: readonly { policy: ThrottlePolicy; state: ThrottleState | undefined }[],
  now: Date,
): ClaimDecision {
  const waiting = throttles
    .map((t) => t.state?.nextAttemptAt)
    .filter((at): at is Date => at !== undefined && at.getTime() > now.getTime());
  if (waiting.length > 0)
    return { ok: false, retryAt: new Date(Math.max(...waiting.map((d) => d.getTime()))) };
  const states = throttles.map(({ policy, state }) => {
    const stale = !state || now.getTime() - state.updatedAt.getTime() > policy.forgetMinutes * 60_000;
    const failures = (stale ? 0 : state.failures) + 1;
    return {
      failures,
      nextAttemptAt: new Date(now.getTime() + waitAfter(failures, policy) * 1000),
      updatedAt: now,
    };
  });
  return { ok: true, states };
}
