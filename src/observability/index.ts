/**
 * Observability: what an operator reads.
 *   logger.ts      pino JSON lines (pretty on a terminal), with secrets scrubbed from every line
 *   plugin.ts      one log line per HTTP request and WebSocket operation, error codes counted
 *   metrics.ts     the service's own Prometheus metrics (loads, rollbacks, errors, alerts, subscriptions)
 *   prometheus.ts  Yoga's request metrics, with bounded labels; both served at /metrics (src/app)
 *   dependency.ts  outages of the database and Redis: one line lost, a count every 10 s, one line back;
 *                  project_history_dependency_up{dependency}
 */

export { createDependencyMonitor, type DependencyMonitor } from "./dependency";
export { createLogger, type Logger } from "./logger";
export { createMetrics, type Metrics } from "./metrics";
