import type { Ticket } from "./ticket";

/** An appointment counts as due this many minutes before its booked time. */
export const DUE_EARLY_MINUTES = 5;

type Waiting = Pick<Ticket, "id" | "kind" | "urgent" | "dueAt" | "arrivedAt">;

/**
 * The fair order of the waiting tickets, first to be called first:
 * 1. urgent cases, by arrival;
 * 2. appointments that are due (booked time within the next few minutes or past), by booked time;
 * 3. walk-ins, by arrival;
 * 4. appointments that came early, by booked time (they are served early when no one else waits).
 * Ties go to the lower ticket id (the earlier issued), so the order is total and stable.
 */
export function queueOrder<T extends Waiting>(waiting: readonly T[], now: Date): T[] {
  const dueBy = now.getTime() + DUE_EARLY_MINUTES * 60_000;
  const rank = (t: Waiting): [number, number] => {
    if (t.urgent) return [0, t.arrivedAt.getTime()];
    if (t.kind === "appointment" && t.dueAt && t.dueAt.getTime() <= dueBy) return [1, t.dueAt.getTime()];
    if (t.kind === "walk-in" || !t.dueAt) return [2, t.arrivedAt.getTime()];
    return [3, t.dueAt.getTime()];
  };
  return [...waiting].sort((a, b) => {
    const [ga, ka] = rank(a);
    const [gb, kb] = rank(b);
    return ga - gb || ka - kb || a.id - b.id;
  });
}

/** The ticket "call next" takes, or undefined when no one waits. */
export function chooseNext<T extends Waiting>(waiting: readonly T[], now: Date): T | undefined {
  return queueOrder(waiting, now)[0];
}
