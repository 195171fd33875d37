/**
 * The life of a visit request, as one pure state machine:
 *
 *            ┌────reopen─────┐  (its visit of the mobile Stadtbüro was cancelled)
 *            ▼               │
 *   new ──schedule──▶ scheduled ──done──▶ done
 *    │                 │  ▲ reschedule
 *    │                 └──┘
 *    └──cancel──▶ cancelled ◀──cancel── scheduled
 *
 * `done` and `cancelled` are final. A request is marked done only after a scheduled visit.
 * Staff never reopen by hand: a cancelled mobile visit sets its requests back to new.
 */
export const VISIT_REQUEST_STATUSES = ["new", "scheduled", "done", "cancelled"] as const;
export type VisitRequestStatus = (typeof VISIT_REQUEST_STATUSES)[number];

/** Requests staff still have to handle. */
export const OPEN_STATUSES = ["new", "scheduled"] as const satisfies readonly VisitRequestStatus[];

/** How a request is scheduled: into a visit of the mobile Stadtbüro at a stop, or a visit at its own time. */
export const SCHEDULED_KINDS = ["mobile-visit", "home-visit"] as const;
export type ScheduledKind = (typeof SCHEDULED_KINDS)[number];

/** The final states staff set by hand (scheduling has its own form). */
export const CLOSING_STATUSES = ["done", "cancelled"] as const satisfies readonly VisitRequestStatus[];
export type ClosingStatus = (typeof CLOSING_STATUSES)[number];

const NEXT: Record<VisitRequestStatus, readonly VisitRequestStatus[]> = {
  new: ["scheduled", "cancelled"],
  scheduled: ["scheduled", "new", "done", "cancelled"],
  done: [],
  cancelled: [],
};

/**
 * True when a request in status `from` may move to `to` (scheduled → scheduled is a
 * reschedule, scheduled → new a reopening).
 */
export function mayChangeStatus(from: VisitRequestStatus, to: VisitRequestStatus): boolean {
  return NEXT[from].includes(to);
}

/** The state a page showed, so a change made from it can tell whether someone else changed the request since. */
export interface VisitRequestVersion {
  status: VisitRequestStatus;
  /** the scheduled instant ("…Z"), or null when none is set */
  scheduledAt: string | null;
}

/**
 * A version as a form field: `scheduled@2026-11-24T08:00:00Z`, or just the status.
 * @example versionToken({ status: "new", scheduledAt: null }) // "new"
 */
export function versionToken(version: VisitRequestVersion): string {
  return version.scheduledAt ? `${version.status}@${version.scheduledAt}` : version.status;
}

/** The version of a form field, or undefined when it is not one. */
export function parseVersionToken(token: string | undefined): VisitRequestVersion | undefined {
  if (!token) return undefined;
  const match = /^([a-z]+)(?:@(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z))?$/.exec(token);
  const status = VISIT_REQUEST_STATUSES.find((s) => s === match?.[1]);
  if (!match || !status) return undefined;
  return { status, scheduledAt: match[2] ?? null };
}

/** True when two versions name the same state. */
export function sameVersion(a: VisitRequestVersion, b: VisitRequestVersion): boolean {
  return a.status === b.status && a.scheduledAt === b.scheduledAt;
}
