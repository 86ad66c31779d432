import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { Registry } from "prom-client";
import type { Metrics } from "./metrics";

/** The `operationName` label of an operation the project does not ship. */
export const OTHER_OPERATION = "other";

type Labels = Record<string, string | number | undefined>;

/**
 * Makes every metric registered from now on report `operationName` only for known operations, and
 * `other` for the rest (their error `path` too, which holds client-chosen aliases): a client choosing
 * names cannot grow the series. The Prometheus plugins take the name from the request, so the bound is
 * applied where labels reach prom-client, for every metric alike.
 */
function boundOperationLabels(registry: Registry, known: ReadonlySet<string>): void {
  const bound = (labels: unknown): unknown => {
    if (typeof labels !== "object" || labels === null || !("operationName" in labels)) return labels;
    const name = (labels as Labels).operationName;
    if (typeof name === "string" && known.has(name)) return labels;
    const bounded: Labels = { ...(labels as Labels), operationName: OTHER_OPERATION };
    if ("path" in bounded) bounded.path = OTHER_OPERATION;
    return bounded;
  };
  const register = registry.registerMetric.bind(registry);
  registry.registerMetric = (metric) => {
    for (const method of ["labels", "observe", "inc", "startTimer"]) {
      const wrap = (original: unknown) =>
        typeof original === "function"
          ? (first: unknown, ...rest: unknown[]) => original.call(metric, bound(first), ...rest)
          : original;
      let current = wrap((metric as unknown as Record<string, unknown>)[method]);
      // prom-client's constructors assign some methods after registering (Histogram's observe): a
      // setter wraps whatever comes.
      Object.defineProperty(metric, method, {
        configurable: true,
        get: () => current,
        set: (value: unknown) => {
          current = wrap(value);
        },
      });
    }
    register(metric);
  };
}

/**
 * Yoga's request metrics at /metrics, in the app's registry, with labels that stay bounded: `operationName`
 * is kept for the operations in `knownOperations` (the project's own) and is `other` otherwise.
 */
export function prometheusPlugin(metrics: Metrics, knownOperations: ReadonlySet<string>): Plugin {
  boundOperationLabels(metrics.registry, knownOperations);
  return usePrometheus({
    registry: metrics.registry,
    endpoint: "/metrics",
    // Request URLs carry query text (GET): unbounded, so not a label.
    labels: { url: false },
    metrics: {
      graphql_yoga_http_duration: true,
      // Not per subscription event: a hook on each event of each subscriber wraps every stream (with
      // thousands of subscribers, a third more CPU per delivery). Subscriptions have their own metrics.
      graphql_envelop_request_duration: ["execute"],
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: ["parse", "validate", "context", "execute"],
      graphql_envelop_request: ["execute"],
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
    },
  });
}
