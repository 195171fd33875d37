const HOUR_MS = 3_600_000;

/**
 * When the reminder of an appointment is due: `reminderHours` before it starts. An appointment
 * booked (or moved) later than that gets no reminder at all: its confirmation has just told
 * the resident everything, and a "reminder" a minute after it would only confuse.
 * @returns the instant, or null for no reminder
 */
export function reminderDueAt(startsAt: Date, bookedAt: Date, reminderHours: number): Date | null {
  const due = new Date(startsAt.getTime() - reminderHours * HOUR_MS);
  return due.getTime() > bookedAt.getTime() ? due : null;
}
