import { Counter, Gauge, Registry } from "prom-client";

/**
 * The service's own Prometheus metrics, besides the request metrics of the Yoga Prometheus plugin. One
 * registry per app, so two apps in one process (tests, benchmarks) do not add up. Labels are bounded sets
 * (codes, statuses, deployment names); never tokens, URLs or free text.
 */
export interface Metrics {
  registry: Registry;
  loadsRecorded: Counter<"deployment" | "status" | "trigger">;
  rollbacks: Counter<"deployment">;
  /** GraphQL errors answered, by contract code (INTERNAL_SERVER_ERROR for masked ones). */
  errors: Counter<"code">;
  alertDeliveries: Counter<"status">;
}

export interface MetricsSources {
  /** Subscriptions open on this instance now, by transport. */
  activeSubscriptions: () => { websocket: number; sse: number };
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    loadsRecorded: new Counter({
      name: "project_history_loads_recorded_total",
      help: "Project loads recorded by this instance (replays of an idempotency key excluded).",
      labelNames: ["deployment", "status", "trigger"],
      registers: [registry],
    }),
    rollbacks: new Counter({
      name: "project_history_rollbacks_total",
      help: "Rollbacks performed by this instance.",
      labelNames: ["deployment"],
      registers: [registry],
    }),
    errors: new Counter({
      name: "project_history_graphql_errors_total",
      help: "GraphQL errors answered, by extensions.code.",
      labelNames: ["code"],
      registers: [registry],
    }),
    alertDeliveries: new Counter({
      name: "project_history_alert_delivery_attempts_total",
      help: "Alert delivery attempts by outcome: delivered, retrying (will be tried again) or failed (given up).",
      labelNames: ["status"],
      registers: [registry],
    }),
  };
}

/** Gauges read when scraped, from the live state of the instance. */
export function registerGauges(metrics: Metrics, sources: MetricsSources): void {
  new Gauge({
    name: "project_history_active_subscriptions",
    help: "Subscriptions open on this instance, by transport.",
    labelNames: ["transport"],
    registers: [metrics.registry],
    collect() {
      const open = sources.activeSubscriptions();
      this.set({ transport: "websocket" }, open.websocket);
      this.set({ transport: "sse" }, open.sse);
    },
  });
}
