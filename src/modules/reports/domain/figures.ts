/**
 * How the statistics' figures are defined. Pure: the queries only group and count rows; the
 * rules that turn those counts and durations into figures live here, with their tests.
 */

/** The status of an appointment (`appointments.status`). */
export type AppointmentStatus = "held" | "confirmed" | "cancelled" | "expired";
/** The status of a waiting-queue ticket (`queue_tickets.status`). */
export type TicketStatus = "waiting" | "called" | "serving" | "done" | "missed" | "cancelled";

/**
 * The p-th percentile (0–100) of a sample, by linear interpolation between the closest ranks
 * (as PostgreSQL's `percentile_cont`, Excel's `PERCENTILE.INC`, R's type 7): with the values
 * sorted as x₀ ≤ … ≤ xₙ₋₁ and h = (n − 1) · p / 100, the result is
 * x⌊h⌋ + (h − ⌊h⌋) · (x⌊h⌋₊₁ − x⌊h⌋). Null for an empty sample.
 * @throws RangeError when p is outside 0–100
 * @example percentile([10, 20, 30, 40], 90) // 37
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(h);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (h - below) * (upper - lower);
}

/**
 * The median: the middle value of the sorted sample, or the mean of the two middle values
 * when the sample has an even size (the 50th percentile above). Null for an empty sample.
 */
export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}

/** The arithmetic mean; null for an empty sample. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Durations in seconds as minutes, leaving out negative ones: a negative duration can only come
 * from a wrong clock and would distort every figure computed from it.
 */
export function durationsInMinutes(seconds: readonly number[]): number[] {
  return seconds.filter((s) => Number.isFinite(s) && s >= 0).map((s) => s / 60);
}

/**
 * True when a confirmed appointment counts as a no-show: its day (civil date in the tenant's
 * zone) is over (before `today`), and nobody checked in for it (no ticket) or its ticket ended
 * `missed` (called, but the person did not come to the counter). Appointments of today and of
 * later days are never no-shows; a checked-in appointment whose ticket was cancelled is not one
 * either (the person came).
 */
export function isNoShow(
  appointment: { status: AppointmentStatus; date: string; ticketStatus: TicketStatus | null },
  today: string,
): boolean {
  if (appointment.status !== "confirmed") return false;
  if (appointment.date >= today) return false;
  return appointment.ticketStatus === null || appointment.ticketStatus === "missed";
}

/**
 * True when a cancelled appointment counts as a cancellation: it had been confirmed (an
 * abandoned hold is no booking) and was not moved to another time (a moved appointment is
 * counted once more, on its new day, as booked).
 */
export function isCancellation(appointment: {
  status: AppointmentStatus;
  wasConfirmed: boolean;
  rescheduled: boolean;
}): boolean {
  return appointment.status === "cancelled" && appointment.wasConfirmed && !appointment.rescheduled;
}
