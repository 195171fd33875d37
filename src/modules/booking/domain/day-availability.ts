import { Temporal } from "temporal-polyfill";
import type { Session } from "./sessions";
import type { Slot } from "./slots";

/**
 * Why a day offers no free time at a place, in the words a resident needs: the place is
 * closed that day (no opening window in the plan for these services, a closure or a public
 * holiday), the day lies outside the booking window (too soon or too far ahead to book
 * online), or every time is taken (or already past).
 */
export type NoTimesReason = "closed" | "not-bookable" | "full";

/**
 * The reason for a day without free times, from the sessions of that day at the place that
 * offer the chosen services (`sessionsOfDay`) and today's civil date in the tenant's zone.
 */
export function whyNoTimes(sessionsOfDay: readonly Session[], today: string): NoTimesReason {
  if (sessionsOfDay.length === 0) return "closed";
  const base = Temporal.PlainDate.from(today);
  const inWindow = sessionsOfDay.some((s) => {
    const earliest = base.add({ days: s.bookingWindow.minDaysAhead }).toString();
    const latest = base.add({ days: s.bookingWindow.maxDaysAhead }).toString();
    return earliest <= s.date && s.date <= latest;
  });
  return inWindow ? "full" : "not-bookable";
}

/**
 * The next days with free times after `day` (at most `count`), to offer instead of a day
 * without any; when none comes after it, the first free days there are.
 */
export function nextFreeDays(
  slots: readonly Slot[],
  day: string,
  count = 5,
): { date: string; free: number }[] {
  const byDay = new Map<string, number>();
  for (const s of slots) byDay.set(s.date, (byDay.get(s.date) ?? 0) + 1);
  const all = [...byDay].map(([date, free]) => ({ date, free })).sort((a, b) => (a.date < b.date ? -1 : 1));
  const after = all.filter((d) => d.date > day);
  return (after.length > 0 ? after : all).slice(0, count);
}
