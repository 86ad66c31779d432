// Live loads for the screens, over graphql-ws (`graphql-transport-ws` on /graphql, the token in
// connectionParams). A watch subscribes to `projectLoaded`, remembers the id of the last load it received
// and, when the connection drops (network, server restart, 1013 from a slow consumer), subscribes again
// with `after:` that id after a growing pause, so no load is missed or shown twice (the CLI's `watch` does
// the same). The connection's state is kept here for the header's indicator.
//
// graphql-ws's own retry would resubscribe with the first `after`, so it is off (retryAttempts: 0) and each
// watch runs its own loop.
import { type Client, createClient } from "graphql-ws";

export type LiveState =
  /** No watch is running: nothing to show. */
  | "idle"
  | "connecting"
  | "live"
  /** The connection dropped; a new attempt is scheduled. */
  | "reconnecting"
  /** The server refused (a revoked token, a missing role): no more attempts. */
  | "refused";

export interface LiveConnectionOptions {
  /** ws:// or wss:// URL of /graphql. */
  url: string;
  token: string;
  /** Node's `ws` in tests; the browser's WebSocket otherwise. */
  webSocketImpl?: unknown;
  /** The pause before reconnect attempt `attempt` (0-based). */
  reconnectDelay?: (attempt: number) => number;
}

export interface WatchOptions<T> {
  /** The subscription's text. */
  query: string;
  variables: Record<string, unknown>;
  /** Resume point: loads recorded after this load's id come first. */
  after: string | null;
  /** The load's id in one result, which becomes the next `after`. */
  idOf: (data: T) => string;
  onData: (data: T) => void;
  /** The server refused the subscription for good; the message is the API's. */
  onRefused?: (message: string) => void;
}

export interface LiveConnection {
  readonly client: Client;
  state(): LiveState;
  /** Listens for state changes; returns the function that stops listening. */
  onState(listener: (state: LiveState) => void): () => void;
  /** Starts a watch; returns the function that stops it. */
  watch<T>(options: WatchOptions<T>): () => void;
  dispose(): Promise<void>;
}

/** Close codes no new attempt can fix (a refused token, a protocol mismatch). */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429]);
/** API error codes worth subscribing again after: the server's live feed had a problem. */
const TRANSIENT_CODES = new Set(["UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);
const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

/** Doubling from 0.5 s to 15 s, with jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(15_000, 500 * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

interface ErrorLike {
  message?: string;
  extensions?: { code?: unknown };
}

/** What ended one subscription: subscribe again, or give up with the server's message. */
export function classifyEnding(error: unknown): { retry: true } | { retry: false; message: string } {
  if (Array.isArray(error)) {
    const first = error[0] as ErrorLike | undefined;
    const code = typeof first?.extensions?.code === "string" ? first.extensions.code : "";
    if (TRANSIENT_CODES.has(code)) return { retry: true };
    return { retry: false, message: first?.message ?? "The server refused live updates" };
  }
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "number") {
    if (error.code === 4403)
      return { retry: false, message: "The server refused the connection: the token is unknown or revoked" };
    if (FATAL_CLOSE_CODES.has(error.code))
      return { retry: false, message: `The server closed live updates (${error.code})` };
  }
  return { retry: true };
}

export function createLiveConnection(options: LiveConnectionOptions): LiveConnection {
  let state: LiveState = "idle";
  let running = 0;
  const listeners = new Set<(state: LiveState) => void>();
  const setState = (next: LiveState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  };
  let pongTimeout: ReturnType<typeof setTimeout> | undefined;
  const client = createClient({
    url: options.url,
    connectionParams: { authorization: `Bearer ${options.token}` },
    lazy: true,
    retryAttempts: 0,
    keepAlive: KEEP_ALIVE_MS,
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
    on: {
      connecting: () => {
        if (running > 0 && state !== "reconnecting") setState("connecting");
      },
      connected: () => setState("live"),
      closed: () => {
        clearTimeout(pongTimeout);
        if (running === 0) setState("idle");
        else if (state !== "refused") setState("reconnecting");
      },
      // A connection that died without a close (a sleeping laptop, a dropped route) shows by its missing pong.
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimeout);
        pongTimeout = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimeout);
      },
    },
  });
  const delayOf = options.reconnectDelay ?? ((attempt: number) => reconnectDelay(attempt));

  return {
    client,
    state: () => state,
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch<T>(watch: WatchOptions<T>) {
      running++;
      let stopped = false;
      let after = watch.after;
      let attempt = 0;
      let unsubscribe = () => {};
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Ids received lately: a catch-up racing a live event must not show a load twice.
      const seen = new Set<string>();
      const retry = () => {
        if (stopped) return;
        setState("reconnecting");
        timer = setTimeout(start, delayOf(attempt++));
      };
      const refuse = (message: string) => {
        setState("refused");
        watch.onRefused?.(message);
      };
      function start() {
        if (stopped) return;
        let done = false;
        unsubscribe = client.subscribe<T>(
          { query: watch.query, variables: { ...watch.variables, after } },
          {
            next: (result) => {
              if (result.errors?.length) {
                const ending = classifyEnding(result.errors);
                done = true;
                unsubscribe();
                if (ending.retry) retry();
                else refuse(ending.message);
                return;
              }
              if (!result.data) return;
              attempt = 0;
              const id = watch.idOf(result.data);
              if (seen.has(id)) return;
              seen.add(id);
              if (seen.size > 1_000) seen.delete(seen.values().next().value as string);
              after = id;
              watch.onData(result.data);
            },
            error: (error) => {
              if (done) return;
              done = true;
              const ending = classifyEnding(error);
              if (ending.retry) retry();
              else refuse(ending.message);
            },
            complete: () => {
              if (done || stopped) return;
              done = true;
              retry();
            },
          },
        );
      }
      start();
      return () => {
        if (stopped) return;
        stopped = true;
        clearTimeout(timer);
        unsubscribe();
        running--;
        if (running === 0) setState("idle");
      };
    },
    async dispose() {
      clearTimeout(pongTimeout);
      await client.dispose();
      setState("idle");
    },
  };
}
