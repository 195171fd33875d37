/** A ticket of the waiting queue: a number, never a name. */
export type TicketStatus = "waiting" | "called" | "serving" | "done" | "missed" | "cancelled";
export type TicketKind = "appointment" | "walk-in";

export interface Ticket {
  id: number;
  location: string;
  /** the civil day (YYYY-MM-DD) in the tenant's zone */
  date: string;
  /** e.g. "T-017" for an appointment, "W-042" for a walk-in */
  number: string;
  kind: TicketKind;
  appointmentId: number | null;
  services: string[];
  urgent: boolean;
  status: TicketStatus;
  /** an appointment's booked start */
  dueAt: Date | null;
  arrivedAt: Date;
  calledAt: Date | null;
  callCount: number;
  counter: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  servicesDone: string[] | null;
}

/** The series letter of a ticket number. */
export const SERIES: Record<TicketKind, string> = { appointment: "T", "walk-in": "W" };

export function ticketNumber(kind: TicketKind, n: number): string {
  return `${SERIES[kind]}-${String(n).padStart(3, "0")}`;
}

/** What a clerk may do with a ticket in each status (the counter's buttons follow this). */
export const TRANSITIONS = {
  recall: ["called"],
  missed: ["called"],
  start: ["called"],
  finish: ["serving"],
  requeue: ["missed"],
} as const satisfies Record<string, readonly TicketStatus[]>;
export type TicketAction = keyof typeof TRANSITIONS;

export function allows(action: TicketAction, status: TicketStatus): boolean {
  return (TRANSITIONS[action] as readonly TicketStatus[]).includes(status);
}
