import type { AlertSender } from "../alerts/sender";
import { authenticate } from "../auth/index";
import type { Database, PrismaClient } from "../db/index";
import type { Caller } from "../domain/roles";
import type { LiveHub } from "../live/index";
import type { LoadsDeps } from "../loads/after-commit";
import { createLoaders, type Loaders } from "./loaders";

/** Per-request state shared by every resolver. */
export interface Context {
  prisma: PrismaClient;
  /** What the use cases work with: the database and the steps after each commit (src/loads). */
  loads: LoadsDeps;
  /** The authenticated caller, or null. */
  caller: Caller | null;
  /** Why there is no caller: no token was sent, or the token is unknown or revoked. */
  authFailure: "missing" | "invalid" | null;
  loaders: Loaders;
  live: LiveHub;
  /** Sends test deliveries of alert policies. */
  alerts: AlertSender;
  /** Counts and logs a subscription that starts streaming; returns what to call when it ends. */
  subscriptionOpened(subscription: { operationName?: string; transport: "websocket" | "sse" }): () => void;
  /** Set for WebSocket connections and SSE streams: lets a subscription notice a client that stopped reading. */
  transport?: Transport;
}

export interface Transport {
  kind: "websocket" | "sse";
  /** True while more is queued for this client than it should hold; `pending`: events not yet sent. */
  isBackedUp(pending: number): boolean;
  onSlowConsumer(reason: string): void;
}

/** What stays the same for every request of one app. */
export interface ContextDeps {
  db: Database;
  loads: LoadsDeps;
  live: LiveHub;
  alerts: AlertSender;
  /** The hash of ADMIN_TOKEN, an organization admin that is never stored; null when unset. */
  adminTokenHash: string | null;
  subscriptionOpened: Context["subscriptionOpened"];
}

/** Authenticates the request's Authorization value and gives it fresh loaders. */
export async function createContext(
  deps: ContextDeps,
  authorization: string | null,
  transport?: Transport,
): Promise<Context> {
  const { caller, authFailure } = await authenticate(deps.db.prisma, authorization, deps.adminTokenHash);
  return {
    prisma: deps.db.prisma,
    loads: deps.loads,
    caller,
    authFailure,
    loaders: createLoaders(deps.db.prisma),
    live: deps.live,
    alerts: deps.alerts,
    subscriptionOpened: deps.subscriptionOpened,
    transport,
  };
}
