import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../config";
import { AppError } from "../errors";
import { addressMatcher } from "./allow-list";
import { AppMetrics, type Metrics } from "./app-metrics";

declare module "fastify" {
  interface FastifyInstance {
    /** where modules report what `/metrics` shows (see `Metrics`) */
    metrics: Metrics;
  }
}

/** Headers a proxy adds: a request carrying one did not come straight from the scraper. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip", "via"];

/**
 * Whether a request may read `/metrics`. The socket's peer must be in `METRICS_ALLOW`, and
 * the request must not have come through a proxy. Not the client address that `TRUST_PROXY`
 * resolves: a reverse proxy on the same machine connects from loopback for every visitor, and
 * `X-Forwarded-For` is written by the client up to the first trusted proxy, so neither the
 * peer alone nor the forwarded address says that the scraper itself is asking. Prometheus
 * scrapes each instance directly anyway (through a load balancer it would see a different
 * instance's counters on every scrape).
 */
function mayRead(request: FastifyRequest, allowed: (address: string | undefined) => boolean): boolean {
  if (FORWARDING_HEADERS.some((h) => request.headers[h] !== undefined)) return false;
  return allowed(request.socket.remoteAddress);
}

/**
 * The app's metrics: decorates `app.metrics`, counts every request by route pattern, counts
 * the runs of the jobs in `app.jobs` (wrapped once the app is ready, so the scheduler and
 * anyone else running them are counted), and serves `/metrics` in the Prometheus text format
 * to the addresses of `METRICS_ALLOW`. Others get the ordinary 404 page; with an empty list
 * the route does not exist. Register it before the modules, so its hook sees every route.
 */
export const metricsPlugin = fp(
  async (app: FastifyInstance, { config }: { config: Pick<Config, "metricsAllow"> }) => {
    const metrics = new AppMetrics();
    app.decorate("metrics", metrics satisfies Metrics as Metrics);

    app.addHook("onResponse", async (request, reply) => {
      metrics.request(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime / 1000);
    });
    app.addHook("onReady", async () => {
      app.jobs.splice(0, app.jobs.length, ...app.jobs.map((job) => metrics.observeJob(job)));
    });

    if (config.metricsAllow.length === 0) return;
    const allowed = addressMatcher(config.metricsAllow);
    app.get(
      "/metrics",
      {
        schema: { hide: true },
        // a scraper every few seconds is expected; the address check comes before anything else
        config: { rateLimit: false },
        onRequest: async (request) => {
          if (!mayRead(request, allowed)) throw new AppError("not-found");
        },
      },
      async (_request, reply) =>
        reply
          .type(metrics.contentType)
          .header("cache-control", "no-store")
          .send(await metrics.text()),
    );
  },
  { name: "metrics" },
);
