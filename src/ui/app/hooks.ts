// Small hooks shared by the screens: a clock for relative times, the live connection's state, live loads
// of a scope, which call back with each new load (the screen then fetches what it shows again), and one
// rollback's status changes.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type {
  UiProjectLoadedSubscription,
  UiProjectLoadedSubscriptionVariables,
  UiRollbackUpdatedSubscription,
} from "../generated/graphql";
import { print } from "./graphql-text";
import type { LiveConnection, LiveState, WatchOptions } from "./live";
import { PROJECT_LOADED, ROLLBACK_UPDATED } from "./operations";

const clockListeners = new Set<() => void>();
let clockTimer: ReturnType<typeof setInterval> | undefined;
let clockNow = Date.now();

function subscribeClock(listener: () => void): () => void {
  clockListeners.add(listener);
  clockTimer ??= setInterval(() => {
    clockNow = Date.now();
    for (const each of clockListeners) each();
  }, 30_000);
  return () => {
    clockListeners.delete(listener);
    if (clockListeners.size === 0) {
      clearInterval(clockTimer);
      clockTimer = undefined;
    }
  };
}

/** The time now, updated every 30 s: "5 minutes ago" keeps true while a page stays open. */
export function useNow(): Date {
  const now = useSyncExternalStore(subscribeClock, () => clockNow);
  return new Date(now);
}

export function useLiveState(live: LiveConnection): LiveState {
  return useSyncExternalStore(
    (listener) => live.onState(listener),
    () => live.state(),
  );
}

export type LiveLoad = UiProjectLoadedSubscription["projectLoaded"];

/**
 * Runs one live watch while mounted and `key` stays the same (null: none), calling `onData` with each
 * result; returns the server's message when it refused the subscription for good.
 */
function useWatch<T>(
  live: LiveConnection,
  key: string | null,
  watch: () => Omit<WatchOptions<T>, "onData" | "onRefused">,
  onData: (data: T) => void,
): string | null {
  const handler = useRef(onData);
  handler.current = onData;
  const options = useRef(watch);
  options.current = watch;
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    setRefused(null);
    return live.watch<T>({
      ...options.current(),
      onData: (data) => handler.current(data),
      onRefused: setRefused,
    });
  }, [live, key]);
  return refused;
}

/**
 * Follows new loads of a deployment (and project) while mounted. `after` is where to start: the newest
 * load the screen already shows, so a load recorded between its query and the subscription is not lost.
 * `onLoad` may change between renders; the subscription does not restart for it.
 */
export function useLiveLoads(
  live: LiveConnection,
  scope: UiProjectLoadedSubscriptionVariables & { enabled: boolean },
  onLoad: (load: LiveLoad) => void,
): string | null {
  const { deployment, project, after, enabled } = scope;
  return useWatch<UiProjectLoadedSubscription>(
    live,
    enabled ? JSON.stringify([deployment, project, after]) : null,
    () => ({
      query: print(PROJECT_LOADED),
      variables: { deployment, project },
      after: after ?? null,
      idOf: (data) => data.projectLoaded.id,
    }),
    (data) => onLoad(data.projectLoaded),
  );
}

export type RollbackUpdate = UiRollbackUpdatedSubscription["rollbackUpdated"];

/**
 * Follows one rollback's status changes while mounted (null: none). The server sends every change from its
 * request first, so one made before the subscription started is not missed; a reconnect resumes after the
 * last change received.
 */
export function useRollbackUpdates(
  live: LiveConnection,
  rollbackId: string | null,
  onUpdate: (update: RollbackUpdate) => void,
): string | null {
  return useWatch<UiRollbackUpdatedSubscription>(
    live,
    rollbackId,
    () => ({
      query: print(ROLLBACK_UPDATED),
      variables: { rollbackId },
      after: null,
      idOf: (data) => data.rollbackUpdated.id,
    }),
    (data) => onUpdate(data.rollbackUpdated),
  );
}
