import { describe, expect, it } from "vitest";
import { durationsInMinutes, isCancellation, isNoShow, mean, median, percentile } from "./figures";

describe("percentile", () => {
  it("interpolates linearly between the closest ranks", () => {
    expect(percentile([10, 20, 30, 40], 90)).toBeCloseTo(37, 10);
    expect(percentile([40, 10, 30, 20], 90)).toBeCloseTo(37, 10); // order does not matter
    expect(percentile([3, 10, 10, 15, 20, 30, 40], 90)).toBeCloseTo(34, 10);
    expect(percentile([10, 15], 90)).toBeCloseTo(14.5, 10);
  });

  it("gives the smallest and largest value at 0 and 100, and the value itself for one value", () => {
    expect(percentile([5, 1, 9], 0)).toBe(1);
    expect(percentile([5, 1, 9], 100)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
  });

  it("is null for an empty sample and refuses a percentile outside 0–100", () => {
    expect(percentile([], 90)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it("does not change the sample it is given", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("median and mean", () => {
  it("takes the middle value of an odd sample and the mean of the two middle values of an even one", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 20, 30, 40])).toBe(25);
    expect(median([7.5, 15])).toBe(11.25);
    expect(median([])).toBeNull();
  });

  it("averages", () => {
    expect(mean([10, 20, 45])).toBe(25);
    expect(mean([])).toBeNull();
  });
});

describe("durationsInMinutes", () => {
  it("turns seconds into minutes and leaves out negative and non-finite durations", () => {
    expect(durationsInMinutes([600, 90, 0, -60, Number.NaN])).toEqual([10, 1.5, 0]);
  });
});

describe("isNoShow", () => {
  const today = "2026-11-21";

  it("counts a confirmed appointment of a past day without a ticket, or with a missed ticket", () => {
    expect(isNoShow({ status: "confirmed", date: "2026-11-20", ticketStatus: null }, today)).toBe(true);
    expect(isNoShow({ status: "confirmed", date: "2026-11-20", ticketStatus: "missed" }, today)).toBe(true);
  });

  it("does not count someone who checked in, whatever became of the ticket but missed", () => {
    for (const ticketStatus of ["waiting", "called", "serving", "done", "cancelled"] as const) {
      expect(isNoShow({ status: "confirmed", date: "2026-11-20", ticketStatus }, today)).toBe(false);
    }
  });

  it("does not count today or later days, nor appointments that are not confirmed", () => {
    expect(isNoShow({ status: "confirmed", date: today, ticketStatus: null }, today)).toBe(false);
    expect(isNoShow({ status: "confirmed", date: "2026-11-22", ticketStatus: null }, today)).toBe(false);
    expect(isNoShow({ status: "cancelled", date: "2026-11-20", ticketStatus: null }, today)).toBe(false);
    expect(isNoShow({ status: "expired", date: "2026-11-20", ticketStatus: null }, today)).toBe(false);
  });
});

describe("isCancellation", () => {
  it("counts a cancelled booking, but not a moved one or an abandoned hold", () => {
    expect(isCancellation({ status: "cancelled", wasConfirmed: true, rescheduled: false })).toBe(true);
    expect(isCancellation({ status: "cancelled", wasConfirmed: true, rescheduled: true })).toBe(false);
    expect(isCancellation({ status: "cancelled", wasConfirmed: false, rescheduled: false })).toBe(false);
    expect(isCancellation({ status: "confirmed", wasConfirmed: true, rescheduled: false })).toBe(false);
  });
});
