import type { FastifyBaseLogger } from "fastify";
import type { Clock } from "./clock";

declare module "fastify" {
  interface FastifyInstance {
    /** jobs the modules register; `serve` runs them, tests call them directly */
    jobs: Job[];
  }
}

export interface Job {
  name: string;
  everySeconds: number;
  run(now: Date): Promise<unknown>;
}

/**
 * Runs jobs at fixed intervals in this process. Jobs must be safe to run in several
 * instances at once (they claim their work with row locks), so no leader election is needed.
 * A run that is still busy is not started again; a failing run is logged and retried next time.
 */
export class Scheduler {
  private timers: NodeJS.Timeout[] = [];
  private busy = new Set<string>();

  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly clock: Clock,
  ) {}

  start(jobs: Job[]): void {
    for (const job of jobs) {
      const timer = setInterval(() => void this.tick(job), job.everySeconds * 1000);
      timer.unref();
      this.timers.push(timer);
    }
  }

  private async tick(job: Job): Promise<void> {
    if (this.busy.has(job.name)) return;
    this.busy.add(job.name);
    try {
      await job.run(this.clock.now());
    } catch (error) {
      this.log.error({ err: error, job: job.name }, "scheduled job failed");
    } finally {
      this.busy.delete(job.name);
    }
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }
}
