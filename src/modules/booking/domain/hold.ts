/**
 * A hold has lapsed when its few minutes are over: whether or not a booking has released its
 * units yet (status `expired`) or the row still says `held`.
 */
export function holdHasLapsed(
  a: { status: "held" | "confirmed" | "cancelled" | "expired"; holdExpiresAt: Date | null },
  now: Date,
): boolean {
  if (a.status === "expired") return true;
  return a.status === "held" && a.holdExpiresAt !== null && a.holdExpiresAt.getTime() <= now.getTime();
}
