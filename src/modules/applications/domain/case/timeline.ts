import { z } from "zod";
import { CaseActor } from "./actor";
import { applyCaseEvent } from "./apply-event";
import type { CaseState } from "./case-state";
import type { CaseRefusal } from "./case-step";
import { CaseEvent } from "./events";
import { OpenCaseEvent, openCase } from "./open-case";
import { CaseStatus } from "./status";

/** Any event of a timeline: the opening, then the status machine's events. */
export const TimelineEvent = z.discriminatedUnion("type", [OpenCaseEvent, CaseEvent]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** One line of a case's timeline: what happened, when, caused by whom, from which status to which. */
export const TimelineEntry = z.object({
  at: z.date(),
  actor: CaseActor,
  event: TimelineEvent,
  /** null for the opening */
  from: CaseStatus.nullable(),
  to: CaseStatus,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export type Replay =
  | { ok: true; state: CaseState }
  | {
      ok: false;
      /** the position of the first entry that does not follow */
      index: number;
      refusal: CaseRefusal | { code: "not-opened" } | { code: "entry-mismatch" };
    };

/**
 * Derives a case's state from its timeline by applying every entry in order: the one truth of
 * what a case is, for the server and the offline client alike. Refuses a timeline that does not
 * start with the opening, that holds an event the machine refuses, or whose recorded statuses
 * differ from what the events give. Never throws.
 */
export function caseFromTimeline(entries: readonly TimelineEntry[]): Replay {
  const [first, ...rest] = entries;
  if (first?.event.type !== "open") return { ok: false, index: 0, refusal: { code: "not-opened" } };
  const opened = openCase(first.event, first.actor, first.at);
  if (!opened.ok) return { ok: false, index: 0, refusal: opened.refusal };
  if (first.from !== null || first.to !== "draft")
    return { ok: false, index: 0, refusal: { code: "entry-mismatch" } };
  let state = opened.state;
  for (const [i, entry] of rest.entries()) {
    const index = i + 1;
    if (entry.event.type === "open") return { ok: false, index, refusal: { code: "entry-mismatch" } };
    const step = applyCaseEvent(state, entry.event, entry.actor, entry.at);
    if (!step.ok) return { ok: false, index, refusal: step.refusal };
    if (entry.from !== step.entry.from || entry.to !== step.entry.to)
      return { ok: false, index, refusal: { code: "entry-mismatch" } };
    state = step.state;
  }
  return { ok: true, state };
}
