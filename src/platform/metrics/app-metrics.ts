import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Job } from "../scheduler";

/** Every metric of the app is named `stadtbuero_…`. */
const PREFIX = "stadtbuero_";

/**
 * What modules and platform parts report through (`app.metrics`). Labels carry only fixed
 * names (a route pattern, a job's name), never anything a request or a resident supplied.
 */
export interface Metrics {
  /** A gauge read at every scrape, named `stadtbuero_<name>` (e.g. open connections of this process). */
  gauge(spec: { name: string; help: string; read(): number }): void;
  /** Counts one message the mailer could not hand over. */
  mailFailed(): void;
  /** The same job, with its runs, failures and duration counted under its name. */
  observeJob(job: Job): Job;
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

let processRegistry: Registry | undefined;

/**
 * Process metrics (CPU, memory, event-loop lag, GC) belong to the process, not to an app: one
 * registry for them, made once, so that tests building many apps do not start a collector
 * each. It is not prom-client's global registry, which nothing here uses.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: PREFIX });
  }
  return processRegistry;
}

/** The metrics of one app, in a registry of its own (several apps share a process in tests). */
export class AppMetrics implements Metrics {
  private readonly registry = new Registry();
  private readonly requests = new Counter({
    name: `${PREFIX}http_requests_total`,
    help: "HTTP requests answered, by method, route pattern and status code",
    labelNames: ["method", "route", "status"] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: "Time from receiving a request to the end of its reply, by method and route pattern",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly jobRuns = new Counter({
    name: `${PREFIX}job_runs_total`,
    help: "Finished runs of a background job (failed ones included)",
    labelNames: ["job"] as const,
    registers: [this.registry],
  });
  private readonly jobFailures = new Counter({
    name: `${PREFIX}job_failures_total`,
    help: "Runs of a background job that failed",
    labelNames: ["job"] as const,
    registers: [this.registry],
  });
  private readonly jobDuration = new Histogram({
    name: `${PREFIX}job_duration_seconds`,
    help: "Duration of a background job's run",
    labelNames: ["job"] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });
  private readonly mailFailures = new Counter({
    name: `${PREFIX}mail_failures_total`,
    help: "Messages the mailer could not hand over (SMTP refused or unreachable, outbox not writable)",
    registers: [this.registry],
  });

  /** One request's reply; `route` is the pattern (`/termin/:token`), never the URL. */
  request(method: string, route: string | undefined, status: number, seconds: number): void {
    const m = METHODS.has(method) ? method : "OTHER";
    const r = route ?? "(unmatched)";
    this.requests.inc({ method: m, route: r, status: String(status) });
    this.latency.observe({ method: m, route: r }, seconds);
  }

  gauge({ name, help, read }: { name: string; help: string; read(): number }): void {
    const gauge: Gauge = new Gauge({
      name: `${PREFIX}${name}`,
      help,
      registers: [this.registry],
      collect: () => gauge.set(read()),
    });
  }

  mailFailed(): void {
    this.mailFailures.inc();
  }

  observeJob(job: Job): Job {
    const labels = { job: job.name };
    // the series exist from the start, so a rate over them is defined before the first failure
    this.jobRuns.inc(labels, 0);
    this.jobFailures.inc(labels, 0);
    return {
      name: job.name,
      everySeconds: job.everySeconds,
      run: async (now) => {
        const done = this.jobDuration.startTimer(labels);
        try {
          return await job.run(now);
        } catch (error) {
          this.jobFailures.inc(labels);
          throw error;
        } finally {
          done();
          this.jobRuns.inc(labels);
        }
      },
    };
  }

  /** The Prometheus text format (version 0.0.4) of the process's and this app's metrics. */
  async text(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;
}
