import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  GraphQLError,
} from "graphql";
import type { Plugin } from "graphql-yoga";

/**
 * Subscribers of one operation (same document, operation name and variables) get the same result for the
 * same event: every type reachable from a load checks VIEWER in the load's own deployment, and each
 * subscription's stream only carries events of deployments its caller may read. So each event is executed
 * once per distinct operation and the result is shared, instead of once per subscriber: with thousands of
 * dashboards on the same query, fan-out costs a serialisation and a socket write per subscriber.
 */
export function sharedSubscriptionResults(options: { eventTimeoutMs: number }): Plugin {
  const operationKeys = new WeakMap<DocumentNode, Map<string, string>>();
  let nextKey = 0;
  const operationKey = (args: ExecutionArgs): string => {
    let byVariables = operationKeys.get(args.document);
    if (!byVariables) {
      byVariables = new Map();
      operationKeys.set(args.document, byVariables);
    }
    const variables = `${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}`;
    let key = byVariables.get(variables);
    if (!key) {
      key = String(nextKey++);
      byVariables.set(variables, key);
    }
    return key;
  };
  // Results live as long as their event object: once no subscriber holds the event, they are collected.
  const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const source = await createSourceEventStream(args);
        if (!isAsyncIterable(source)) return source;
        const key = operationKey(args);
        return mapStream(source, (event) => {
          if (typeof event !== "object" || event === null)
            return executeFor(args, event, options.eventTimeoutMs);
          let results = resultsByEvent.get(event);
          if (!results) {
            results = new Map();
            resultsByEvent.set(event, results);
          }
          let result = results.get(key);
          if (!result) {
            result = executeFor(args, event, options.eventTimeoutMs);
            results.set(key, result);
          }
          return result;
        });
      });
    },
  };
}

/**
 * A subscription operation executed with the event as root value: what graphql-js does per event. An event
 * whose execution takes longer than its bound answers QUERY_TIMEOUT to its subscribers instead, so one slow
 * event cannot hold every later one back (graphql-js 16 takes no abort signal: the late execution finishes
 * unseen, bounded by the statement timeout of its queries).
 */
async function executeFor(args: ExecutionArgs, event: unknown, timeoutMs: number): Promise<ExecutionResult> {
  const result = execute({ ...args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>;
  if (!(result instanceof Promise)) return result;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ExecutionResult>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          errors: [
            new GraphQLError(
              `Executing this event ran longer than ${timeoutMs} ms and was abandoned (SUBSCRIPTION_EVENT_TIMEOUT_MS)`,
              { extensions: { code: "QUERY_TIMEOUT" } },
            ),
          ],
        }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([result, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** Maps an async iterable; ending the mapped stream ends the source at once. */
function mapStream<T, U>(source: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const next = await iterator.next();
      return next.done ? { value: undefined, done: true } : { value: await map(next.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
