import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type { Metrics } from "./metrics";

/** Yoga's request metrics at /metrics, in the app's registry, with labels that stay bounded. */
export function prometheusPlugin(metrics: Metrics): Plugin {
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
