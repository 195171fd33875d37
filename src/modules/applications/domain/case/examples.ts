import type { CaseFee } from "../payment/fee";
import type { CaseActor } from "./actor";
import { applyCaseEvent } from "./apply-event";
import type { CaseState } from "./case-state";
import type { CaseEventInput } from "./events";
import { openCase } from "./open-case";
import { formatCaseReference } from "./reference";
import type { CaseStatus } from "./status";
import type { TimelineEntry } from "./timeline";

/*
 * Cases in every status, reached through the status machine itself (never written by hand), for
 * tests and demo data. Each step is one minute after the last, from a start the caller chooses.
 */

export const EXAMPLE_RESIDENT: CaseActor = { kind: "resident" };
export const EXAMPLE_CLERK: CaseActor = { kind: "staff", staffId: 7 };

/** The events that lead from a new draft to `status`, with who causes them. */
export const PATH_TO: Record<CaseStatus, readonly [CaseEventInput, CaseActor][]> = {
  draft: [],
  submitted: [[{ type: "submit" }, EXAMPLE_RESIDENT]],
  "in-review": [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "start-review" }, EXAMPLE_CLERK],
  ],
  "needs-information": [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "start-review" }, EXAMPLE_CLERK],
    [{ type: "request-information", message: "Bitte laden Sie den Mietvertrag hoch." }, EXAMPLE_CLERK],
  ],
  approved: [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "start-review" }, EXAMPLE_CLERK],
    [{ type: "approve" }, EXAMPLE_CLERK],
  ],
  rejected: [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "start-review" }, EXAMPLE_CLERK],
    [{ type: "reject", reason: "duplicate" }, EXAMPLE_CLERK],
  ],
  completed: [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "start-review" }, EXAMPLE_CLERK],
    [{ type: "approve" }, EXAMPLE_CLERK],
    [{ type: "complete" }, EXAMPLE_CLERK],
  ],
  withdrawn: [
    [{ type: "submit" }, EXAMPLE_RESIDENT],
    [{ type: "withdraw" }, EXAMPLE_RESIDENT],
  ],
};

/**
 * An online case of `serviceKey` (no fee unless given) in `status`, and its timeline.
 * @throws Error when the machine refuses a step of the path: the examples follow the rules, so
 *   `completed` with a fixed fee is refused (nothing has been paid)
 */
export function exampleCase(
  status: CaseStatus,
  options: { start: Date; fee?: CaseFee; number?: number; serviceKey?: string },
): { state: CaseState; timeline: TimelineEntry[] } {
  const at = (step: number) => new Date(options.start.getTime() + step * 60_000);
  const opened = openCase(
    {
      type: "open",
      reference: formatCaseReference({ year: options.start.getUTCFullYear(), number: options.number ?? 1 }),
      serviceKey: options.serviceKey ?? "meldebescheinigung",
      channel: "online",
      assistedBy: null,
      fee: options.fee ?? { kind: "none" },
    },
    EXAMPLE_RESIDENT,
    at(0),
  );
  if (!opened.ok) throw new Error(`the example case cannot be opened: ${opened.refusal.code}`);
  let state = opened.state;
  const timeline = [opened.entry];
  for (const [i, [event, actor]] of PATH_TO[status].entries()) {
    const step = applyCaseEvent(state, event, actor, at(i + 1));
    if (!step.ok) throw new Error(`the example path to ${status} is refused: ${step.refusal.code}`);
    state = step.state;
    timeline.push(step.entry);
  }
  return { state, timeline };
}
