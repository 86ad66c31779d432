import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";
import { redactUrl } from "../db/index";
import { StartupError } from "../domain/errors";
import { type EventBus, tokenRevoked } from "./bus";
import type { LoadFeed } from "./feed";
import type { LiveHub, LiveHubOptions } from "./live-hub";
import type { RollbackFeed } from "./rollback-feed";

const CHANNEL = "project-history:loads";

/**
 * Live delivery across instances: a commit's feed position is published on one Redis channel, and every
 * instance's feed reads the load from the database. Redis carries only positions, never data. A revoked
 * token's id goes on the same channel (`{ revokedToken }`), and every instance ends its subscriptions.
 */
export async function redisHub(
  options: LiveHubOptions,
  url: string,
  events: EventBus,
  feed: LoadFeed,
  rollbacks: RollbackFeed,
  poll: NodeJS.Timeout,
): Promise<LiveHub> {
  const log = options.log ?? ((message: string) => console.log(message));
  const health = options.redisHealth;
  // No offline queue: while Redis is away a notice fails at once (the load is recorded all the same, and
  // other instances make it up from the database when Redis is back).
  const redisOptions = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
  const publishClient = new Redis(url, redisOptions);
  const subscribeClient = new Redis(url, { ...redisOptions, enableOfflineQueue: true });
  const listeners: ((ready: boolean) => void)[] = [];
  let ready = false;
  const setReady = (value: boolean) => {
    if (value === ready) return;
    ready = value;
    if (value) {
      if (health && connected) health.restored();
      else log("live delivery: Redis connected");
      // Whatever was announced while it was away is read from the database now.
      void feed.poll().catch(() => {});
    } else if (health) {
      health.failed(new Error("connection lost; reconnecting"));
    } else {
      log("live delivery: Redis connection lost; reconnecting");
    }
    for (const listener of listeners) listener(value);
  };
  let connected = false;
  for (const client of [publishClient, subscribeClient]) {
    // Before the first connection, failing to connect is the start-up error itself.
    client.on("error", (error: Error) => {
      if (!connected) return;
      if (health) health.failed(error);
      else options.logError("Redis", error.message);
    });
    client.on("close", () => setReady(false));
    client.on("ready", () =>
      setReady(publishClient.status === "ready" && subscribeClient.status === "ready"),
    );
  }
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw new StartupError(
      `cannot reach Redis at ${redactUrl(url)}: ${error instanceof Error ? error.message : error}`,
    );
  }
  connected = true;
  const target = createRedisEventTarget<CustomEvent<{ position?: number; revokedToken?: number }>>({
    publishClient,
    subscribeClient,
  });
  target.addEventListener(CHANNEL, (event) => {
    const revoked = Number(event.detail?.revokedToken);
    if (Number.isInteger(revoked)) events.failToken(revoked, tokenRevoked());
    const position = Number(event.detail?.position);
    if (Number.isInteger(position)) feed.notify(position);
  });
  setReady(true);
  return {
    events,
    feed,
    rollbacks,
    get ready() {
      return ready;
    },
    onReadyChange: (listener) => listeners.push(listener),
    announce: async (position) => {
      // Published directly rather than through the event target's dispatchEvent, which would leave a
      // failed publish as an unhandled rejection.
      try {
        await publishClient.publish(CHANNEL, JSON.stringify({ position }));
      } catch (error) {
        if (health) health.failed(error);
        else
          options.logError(
            "could not announce a load through Redis; other instances will poll for it",
            error,
          );
        feed.notify(position);
      }
    },
    tokenRevoked: async (tokenId) => {
      try {
        await publishClient.publish(CHANNEL, JSON.stringify({ revokedToken: tokenId }));
      } catch (error) {
        // Here at once; other instances end them at their next poll.
        options.logError(
          "could not announce a revoked token through Redis; other instances will poll",
          error,
        );
        events.failToken(tokenId, tokenRevoked());
      }
    },
    close: async () => {
      clearInterval(poll);
      rollbacks.close();
      await events.close();
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
