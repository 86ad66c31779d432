import type { PrismaClient } from "../db/index";
import type { EventBus } from "./bus";
import type { LoadFeed } from "./feed";
import type { RollbackFeed } from "./rollback-feed";

/**
 * Live delivery for one server instance: the local subscribers (`events`), the feed that hands them
 * committed loads in order, and how a commit is announced: within the process, or to every instance
 * through Redis when REDIS_URL is set.
 */
export interface LiveHub {
  events: EventBus;
  feed: LoadFeed;
  /** Rollback status changes (rollbackUpdated). */
  rollbacks: RollbackFeed;
  /** Called after a recording transaction committed the load at `position`. Never throws. */
  announce(position: number): Promise<void>;
  /**
   * Called after a token was revoked: its subscriptions end on every instance (through Redis, on the
   * channel that announces loads; each instance also checks its subscribers' tokens as it polls). Never throws.
   */
  tokenRevoked(tokenId: number): Promise<void>;
  /** False while Redis is configured and unreachable. */
  readonly ready: boolean;
  /** Called when live delivery stops or starts working (Redis lost or back). */
  onReadyChange(listener: (ready: boolean) => void): void;
  close(): Promise<void>;
}

export interface LiveHubOptions {
  prisma: PrismaClient;
  logError: (message: string, error: unknown) => void;
  log?: (message: string) => void;
  /** Events a subscriber may fall behind before it is ended (default 1,000). */
  maxPending?: number;
  redisUrl?: string | null;
  /**
   * Told when Redis fails and when it answers again (the server's outage monitor): then its failures are
   * not logged one by one through `logError`.
   */
  redisHealth?: { failed(error: unknown): void; restored(): void };
}
