/**
 * Operational metrics for Prometheus at `/metrics`: requests by route pattern, latency,
 * background jobs, call-display connections, mail failures, and the process's own. Modules
 * report through `app.metrics` (`Metrics`); nothing personal goes into a label.
 */
export { addressMatcher, LOOPBACK_ONLY, parseAddressList } from "./allow-list";
export type { Metrics } from "./app-metrics";
export { metricsPlugin } from "./plugin";
