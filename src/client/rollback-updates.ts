// Following rollbacks live, for the CLI (one rollback to its end) and the agent (its deployment's requests):
// the rollbackUpdated subscription over graphql-ws, resubscribed after any lost connection with `after` set
// to the last change seen, and a catch-up query (onConnected) each time a subscription starts, so nothing
// that happened while disconnected goes unseen.
import { setTimeout as sleep } from "node:timers/promises";
import { backoffDelay } from "../domain/backoff";
import { graphql } from "./generated";
import type { RollbackStateFragment, RollbackUpdatesSubscription } from "./generated/graphql";
import { type GraphQLClient, GraphQLRequestError } from "./index";

export const ROLLBACK_STATE_FRAGMENT = graphql(`
  fragment RollbackState on Rollback {
    id
    status
    error
    claimedBy
    snapshotMatchesTarget
    snapshotDifferences
    reason
    project {
      name
      deployment {
        name
      }
    }
    toLoad {
      id
      sequence
      image
      git {
        commitHash
        repositoryUrl
      }
    }
    resultingLoad {
      id
      sequence
      status
      image
    }
  }
`);

export const ROLLBACK_STATE = graphql(`
  query RollbackStateById($id: ID!) {
    node(id: $id) {
      ... on Rollback {
        ...RollbackState
      }
    }
  }
`);

export const ROLLBACK_UPDATES = graphql(`
  subscription RollbackUpdates($deployment: String, $rollbackId: ID, $after: ID) {
    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {
      id
      status
      error
      at
      rollback {
        ...RollbackState
      }
    }
  }
`);

export type RollbackState = RollbackStateFragment;
export type RollbackUpdate = RollbackUpdatesSubscription["rollbackUpdated"];

/** Reads one rollback (null when missing or unreadable). */
export async function rollbackState(client: GraphQLClient, id: string): Promise<RollbackState | null> {
  const { node } = await client.request(ROLLBACK_STATE, { id });
  return node && "status" in node ? (node as RollbackState) : null;
}

export interface FollowHandlers {
  /** A subscription (re)started: read what may have been missed. Return true to stop. */
  onConnected(): Promise<boolean | undefined> | boolean | undefined;
  /** A status change. Return true to stop. */
  onUpdate(update: RollbackUpdate): Promise<boolean | undefined> | boolean | undefined;
  /** The connection was lost (it is retried). */
  onDisconnected?(reason: string): void;
}

/** Codes that another attempt cannot fix. */
const FATAL = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "GRAPHQL_VALIDATION_FAILED",
]);

function codeOf(errors: readonly { extensions?: { code?: unknown } }[] | undefined): string | null {
  const code = errors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "code" in error)
    return `WebSocket closed with ${String((error as { code: unknown }).code)}`;
  return String(error);
}

/**
 * Follows rollbackUpdated(variables) until a handler returns true or `signal` aborts, reconnecting with
 * backoff. A refused token or a bad argument ends it with a GraphQLRequestError.
 */
export async function followRollbacks(
  client: GraphQLClient,
  variables: { deployment?: string; rollbackId?: string },
  handlers: FollowHandlers,
  signal: AbortSignal,
): Promise<void> {
  let after: string | undefined;
  let failures = 0;
  while (!signal.aborted) {
    const iterator = client.ws.iterate<RollbackUpdatesSubscription>({
      query: ROLLBACK_UPDATES.toString(),
      variables: { ...variables, ...(after ? { after } : {}) },
    });
    const onAbort = () => void iterator.return?.();
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      // The subscription is registered before the catch-up read: a change in between is in one or both.
      const first = iterator.next();
      if (await handlers.onConnected()) return;
      for (let result = await first; !result.done; result = await iterator.next()) {
        failures = 0;
        const { data, errors } = result.value;
        if (errors?.length) {
          const code = codeOf(errors);
          if (code && FATAL.has(code)) throw new GraphQLRequestError(errors.map((e) => ({ ...e })));
          throw new Error(errors[0]?.message ?? "subscription error");
        }
        if (!data) continue;
        after = data.rollbackUpdated.id;
        if (await handlers.onUpdate(data.rollbackUpdated)) return;
      }
      if (signal.aborted) return;
      handlers.onDisconnected?.("the subscription ended");
    } catch (error) {
      if (error instanceof GraphQLRequestError) throw error;
      // graphql-ws reports the server's refusal of the operation as the array of its errors.
      if (Array.isArray(error)) {
        const code = codeOf(error);
        if (code && FATAL.has(code)) throw new GraphQLRequestError(error);
      }
      if (signal.aborted) return;
      handlers.onDisconnected?.(describe(error));
    } finally {
      signal.removeEventListener("abort", onAbort);
      // Not awaited: graphql-ws settles return() only after a next() still pending (the first one, when the
      // catch-up read already saw the end), which may never come.
      void iterator.return?.()?.catch(() => {});
    }
    failures += 1;
    try {
      await sleep(Math.min(15_000, backoffDelay(failures, 500)), undefined, { signal });
    } catch {
      return;
    }
  }
}
