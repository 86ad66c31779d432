import type { PrismaClient } from "../db/index";
import { Unavailable } from "../domain/errors";
import { type EventBus, InProcessEventBus, tokenRevoked } from "./bus";
import { LoadFeed } from "./feed";
import type { LiveHub, LiveHubOptions } from "./live-hub";
import { redisHub } from "./redis";
import { RollbackFeed } from "./rollback-feed";

/** How long a lost notice can delay delivery at most: the feed also polls the database this often. */
const POLL_MS = 5_000;

export async function createLiveHub(options: LiveHubOptions): Promise<LiveHub> {
  const events = new InProcessEventBus(options.maxPending);
  const feed = new LoadFeed(options.prisma, events, options.logError);
  await feed.start();
  const poll = setInterval(() => {
    void feed.poll().catch(() => {});
    void endRevoked(options.prisma, events).catch(() => {});
  }, POLL_MS);
  poll.unref();
  const rollbacks = new RollbackFeed(options.prisma);
  if (!options.redisUrl) {
    return {
      events,
      feed,
      rollbacks,
      ready: true,
      onReadyChange: () => {},
      announce: async (position) => feed.notify(position),
      tokenRevoked: async (tokenId) => events.failToken(tokenId, tokenRevoked()),
      close: async () => {
        clearInterval(poll);
        rollbacks.close();
        await events.close();
      },
    };
  }
  return redisHub(options, options.redisUrl, events, feed, rollbacks, poll);
}

/**
 * Ends the subscriptions whose token was revoked: what makes revocation reach this instance within one poll
 * even if its notice never arrived (Redis away at the time).
 */
async function endRevoked(prisma: PrismaClient, events: EventBus): Promise<void> {
  const ids = events.tokenIds();
  if (ids.length === 0) return;
  const revoked = await prisma.apiToken.findMany({
    where: { id: { in: ids }, revokedAt: { not: null } },
    select: { id: true },
  });
  for (const { id } of revoked) events.failToken(id, tokenRevoked());
}

/** What a subscriber is told while live delivery is interrupted. */
export function liveUnavailable(): Unavailable {
  return new Unavailable(
    "Live updates are interrupted (the event broker is unreachable); subscribe again shortly with after: <last load id>",
  );
}

export type { LiveHub, LiveHubOptions } from "./live-hub";
export type { RollbackFilter } from "./rollback-feed";
