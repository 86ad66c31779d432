/**
 * Live delivery: how a committed load reaches every subscriber, on every instance, in commit order, once.
 *
 *   recordLoad / rollback (src/loads)        the transaction gives the load a gap-free feed position
 *     -> AfterCommit.announce(position)      after commit; in-process, or PUBLISH on Redis (redis.ts)
 *     -> LoadFeed.notify (feed.ts)           one feed per instance; reads committed loads it has not yet
 *                                            delivered from the database, in feed order (load-events.ts)
 *     -> EventBus.publish (bus.ts)           fans each event out to this instance's subscriptions, each
 *                                            with its own bounded queue (a slow one is ended)
 *     -> liveLoads (subscriber-stream.ts)    one per subscriber: catch-up from the database after `after`,
 *                                            then the bus, filtered by deployment, project and access
 *     -> sharedSubscriptionResults           the GraphQL result of an event is computed once per distinct
 *        (shared-results.ts)                 operation and shared by its subscribers, then written to
 *                                            graphql-ws sockets or SSE streams (src/app)
 *
 * A notice lost on the way (Redis down, a crash after commit) is made up by the feed's database poll.
 */
import type { PrismaClient } from "../db/index";
import { Unavailable } from "../domain/errors";
import { type EventBus, InProcessEventBus } from "./bus";
import { LoadFeed } from "./feed";
import { redisHub } from "./redis";

/** How long a lost notice can delay delivery at most: the feed also polls the database this often. */
const POLL_MS = 5_000;

/**
 * Live delivery for one server instance: the local subscribers (`events`), the feed that hands them
 * committed loads in order, and how a commit is announced: within the process, or to every instance
 * through Redis when REDIS_URL is set.
 */
export interface LiveHub {
  events: EventBus;
  feed: LoadFeed;
  /** Called after a recording transaction committed the load at `position`. Never throws. */
  announce(position: number): Promise<void>;
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
}

export async function createLiveHub(options: LiveHubOptions): Promise<LiveHub> {
  const events = new InProcessEventBus(options.maxPending);
  const feed = new LoadFeed(options.prisma, events, options.logError);
  await feed.start();
  const poll = setInterval(() => void feed.poll().catch(() => {}), POLL_MS);
  poll.unref();
  if (!options.redisUrl) {
    return {
      events,
      feed,
      ready: true,
      onReadyChange: () => {},
      announce: async (position) => feed.notify(position),
      close: async () => {
        clearInterval(poll);
        await events.close();
      },
    };
  }
  return redisHub(options, options.redisUrl, events, feed, poll);
}

/** What a subscriber is told while live delivery is interrupted. */
export function liveUnavailable(): Unavailable {
  return new Unavailable(
    "Live updates are interrupted (the event broker is unreachable); subscribe again shortly with after: <last load id>",
  );
}
