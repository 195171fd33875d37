import { describe, expect, it } from "vitest";
import { claimAttempt, THROTTLES, type ThrottleState, waitAfter } from "./throttle";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 8, 0, seconds));

describe("sign-in throttles", () => {
  it("lets the free failures through, then doubles the wait up to its limit", () => {
    const policy = THROTTLES.pair;
    expect([1, 2, 3, 4].map((n) => waitAfter(n, policy))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => waitAfter(n, policy))).toEqual([2, 4, 8, 16]);
    expect(waitAfter(40, policy)).toBe(policy.maxSeconds);
    expect(waitAfter(1000, THROTTLES.account)).toBe(THROTTLES.account.maxSeconds);
  });

  it("refuses while any throttle waits, and counts nothing then", () => {
    const waiting: ThrottleState = { failures: 6, nextAttemptAt: at(10), updatedAt: at(0) };
    const decision = claimAttempt(
      [
        { policy: THROTTLES.account, state: undefined },
        { policy: THROTTLES.pair, state: waiting },
      ],
      at(5),
    );
    expect(decision).toEqual({ ok: false, retryAt: at(10) });
  });

  it("counts one failure per claim in every throttle, so parallel attempts cannot all pass", () => {
    let state: ThrottleState | undefined;
    const passed: number[] = [];
    // sixty claims in the same instant, one after another as the row lock orders them
    for (let i = 0; i < 60; i++) {
      const decision = claimAttempt([{ policy: THROTTLES.account, state }], at(0));
      if (decision.ok) {
        passed.push(i);
        state = decision.states[0];
      }
    }
    expect(passed).toHaveLength(THROTTLES.account.free);
  });

  it("forgets failures after a quiet time", () => {
    const old: ThrottleState = { failures: 9, nextAttemptAt: at(0), updatedAt: at(0) };
    const later = new Date(at(0).getTime() + (THROTTLES.pair.forgetMinutes + 1) * 60_000);
    const decision = claimAttempt([{ policy: THROTTLES.pair, state: old }], later);
    expect(decision.ok && decision.states[0]?.failures).toBe(1);
  });
});
