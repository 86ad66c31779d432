import type { AlertSender } from "../alerts/sender";
import type { Database, PrismaClient } from "../db/index";
import type { Caller } from "../domain/roles";
import type { LiveHub } from "../live/index";
import type { Metrics } from "../observability/metrics";
import type { Loaders } from "./loaders";

/** Per-request state shared by every resolver. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  /** The authenticated caller, or null. */
  caller: Caller | null;
  /** Why there is no caller: no token was sent, or the token is unknown or revoked. */
  authFailure: "missing" | "invalid" | null;
  loaders: Loaders;
  live: LiveHub;
  /** Sends alert deliveries; woken when a mutation wrote some. */
  alerts: AlertSender;
  metrics: Metrics;
  /** Counts and logs a subscription that starts streaming; returns what to call when it ends. */
  subscriptionOpened(subscription: { operationName?: string; transport: "websocket" | "sse" }): () => void;
  /** Set for WebSocket connections: lets a subscription notice a client that stopped reading. */
  transport?: {
    isBackedUp(): boolean;
    onSlowConsumer(reason: string): void;
  };
}
