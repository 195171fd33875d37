import type { z } from "zod";
import { type ActorKind, CaseActor } from "./actor";
import type { CaseState } from "./case-state";
import type { CaseEventType } from "./events";
import type { CaseStatus } from "./status";
import type { TimelineEntry } from "./timeline";

/**
 * Why an event was refused. Refusals are values, never exceptions: the offline client replays
 * queued events and must learn which ones no longer apply.
 */
export type CaseRefusal =
  /** the event, the actor or the time is not well formed (a missing reason, an empty message) */
  | { code: "invalid-input"; issues: { path: string; message: string }[] }
  /** the event cannot happen in the case's status */
  | { code: "transition-not-allowed"; status: CaseStatus; event: CaseEventType }
  /** this kind of actor may not cause the event (on this case) */
  | { code: "actor-not-allowed"; actor: ActorKind; event: CaseEventType | "open" }
  /** an approved case is completed only when its fee is paid */
  | { code: "payment-outstanding"; outstandingCents: number }
  /** a fee cannot be set below what has been paid already */
  | { code: "fee-below-paid"; paidCents: number }
  /** a payment cannot be recorded while there is no fee, or it is not known yet */
  | { code: "no-fee-to-pay"; fee: "none" | "unknown" };

/** An applied event: the case's new state and the entry for its timeline, or a refusal. */
export type CaseStep =
  | { ok: true; state: CaseState; entry: TimelineEntry }
  | { ok: false; refusal: CaseRefusal };

/** Validates an event, its actor and its time, collecting every issue. */
export function checkInput<S extends z.ZodType>(
  schema: S,
  event: unknown,
  actor: unknown,
  at: Date,
): { ok: true; event: z.output<S>; actor: CaseActor } | { ok: false; refusal: CaseRefusal } {
  const issues: { path: string; message: string }[] = [];
  const parsedEvent = schema.safeParse(event);
  if (!parsedEvent.success)
    for (const i of parsedEvent.error.issues)
      issues.push({ path: ["event", ...i.path].join("."), message: i.message });
  const parsedActor = CaseActor.safeParse(actor);
  if (!parsedActor.success)
    for (const i of parsedActor.error.issues)
      issues.push({ path: ["actor", ...i.path].join("."), message: i.message });
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    issues.push({ path: "at", message: "a valid time" });
  if (!parsedEvent.success || !parsedActor.success || issues.length > 0)
    return { ok: false, refusal: { code: "invalid-input", issues } };
  return { ok: true, event: parsedEvent.data, actor: parsedActor.data };
}
