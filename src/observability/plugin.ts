import { randomUUID } from "node:crypto";
import { type DocumentNode, type ExecutionResult, type GraphQLError, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";

/** What is known about one HTTP request by the time its response is sent. */
interface RequestRecord {
  requestId: string;
  startedAt: number;
  operationName?: string;
  operationType?: string;
  errorCodes: string[];
}

/** A request ID sent by a proxy or client is kept if it is short and plain; otherwise a new one is made. */
const PLAIN_REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdFrom(header: string | null | undefined): string {
  return header && PLAIN_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Paths polled by machines: logged at debug level so they do not drown the requests people make. */
const PROBES = new Set(["/health", "/ready", "/metrics"]);

function operationOf(document: DocumentNode, operationName: string | null | undefined) {
  const operation = getOperationAST(document, operationName);
  return { name: operation?.name?.value ?? operationName ?? undefined, type: operation?.operation };
}

function codesOf(errors: readonly GraphQLError[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
}

interface ObservedContext {
  request?: Request;
  transport?: unknown;
}

/**
 * One structured log line per HTTP request (request ID, operation, duration, status, error codes) and per
 * WebSocket operation; errors by code in the metrics. The request ID is the client's `x-request-id` when it
 * is plain, else a new one, and is sent back in `x-request-id`. (Not carried to other log lines through
 * AsyncLocalStorage: enabling it makes every promise in the process dearer, a third more CPU per live
 * delivery with thousands of subscribers.)
 */
export function observabilityPlugin(options: { logger: Logger; metrics: Metrics }): Plugin<ObservedContext> {
  const { logger, metrics } = options;
  const requests = new WeakMap<Request, RequestRecord>();
  const countErrors = (codes: string[]) => {
    for (const code of codes) metrics.errors.inc({ code });
  };
  const noteOperation = (context: ObservedContext, document: DocumentNode, operationName?: string | null) => {
    const record = context.request ? requests.get(context.request) : undefined;
    if (!record) return;
    const operation = operationOf(document, operationName);
    record.operationName = operation.name;
    record.operationType = operation.type;
  };

  return {
    onRequest({ request }) {
      requests.set(request, {
        requestId: requestIdFrom(request.headers.get("x-request-id")),
        startedAt: performance.now(),
        errorCodes: [],
      });
    },
    onExecute({ args }) {
      const context = args.contextValue as ObservedContext;
      noteOperation(context, args.document, args.operationName);
      if (context.request) return;
      // Queries and mutations over WebSocket have no HTTP response to log: logged when they finish.
      const startedAt = performance.now();
      const operation = operationOf(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          const codes = codesOf(result.errors);
          countErrors(codes);
          logger.info(
            {
              transport: "websocket",
              operationName: operation.name,
              operationType: operation.type,
              durationMs: Math.round(performance.now() - startedAt),
              ...(codes.length ? { errorCodes: codes } : {}),
            },
            "operation",
          );
        },
      };
    },
    onSubscribe({ args }) {
      const context = args.contextValue as ObservedContext;
      noteOperation(context, args.document, args.operationName);
      if (context.request) return;
      return {
        // Only a refusal (no access, a bad `after`) is seen here; a stream is not wrapped, because a hook on
        // every event of every subscriber costs CPU on each delivery. Streams report their own end
        // (subscriptionTracker).
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) countErrors(codesOf((result as ExecutionResult).errors));
        },
      };
    },
    onResultProcess({ request, result }) {
      const record = requests.get(request);
      if (!record) return;
      // Streams (SSE) are not looked into: a hook on every event would cost every delivery.
      const results = Array.isArray(result) ? result : [result];
      for (const single of results) {
        if (Symbol.asyncIterator in single) continue;
        const codes = codesOf((single as ExecutionResult).errors as GraphQLError[] | undefined);
        record.errorCodes.push(...codes);
        countErrors(codes);
      }
    },
    onResponse({ request, response }) {
      const record = requests.get(request);
      if (!record) return;
      response.headers.set("x-request-id", record.requestId);
      const path = new URL(request.url).pathname;
      const fields = {
        requestId: record.requestId,
        method: request.method,
        path,
        status: response.status,
        durationMs: Math.round((performance.now() - record.startedAt) * 10) / 10,
        ...(record.operationName ? { operationName: record.operationName } : {}),
        ...(record.operationType ? { operationType: record.operationType } : {}),
        ...(record.errorCodes.length ? { errorCodes: record.errorCodes } : {}),
      };
      if (response.status >= 500 || record.errorCodes.includes("INTERNAL_SERVER_ERROR"))
        logger.warn(fields, "request");
      else if (PROBES.has(path)) logger.debug(fields, "request");
      else logger.info(fields, "request");
    },
  };
}

/**
 * Subscriptions open on this instance, by transport, for the gauge; a log line when each ends. Called by
 * the subscription itself as it starts streaming, with the function to call when it ends.
 */
export function subscriptionTracker(logger: Logger) {
  const open = { websocket: 0, sse: 0 };
  return {
    open: () => ({ ...open }),
    opened({ operationName, transport }: { operationName?: string; transport: "websocket" | "sse" }) {
      open[transport]++;
      const startedAt = performance.now();
      logger.debug({ transport, operationName }, "subscription started");
      return () => {
        open[transport]--;
        logger.info(
          {
            transport,
            operationName,
            operationType: "subscription",
            durationMs: Math.round(performance.now() - startedAt),
          },
          "subscription ended",
        );
      };
    },
  };
}
