import type { PrismaClient } from "../db/index";
import type { Prisma } from "../generated/prisma/client";
import { type EventBus, type EventSubscription, SlowConsumerError } from "./bus";
import { type LoadEvent, loadEvents } from "./load-events";

export interface LiveFilter {
  deployment: string | null;
  project: string | null;
  /** Deployments the caller may read; null: all. */
  readable: string[] | null;
}

export interface LiveOptions {
  prisma: PrismaClient;
  events: EventBus;
  filter: LiveFilter;
  /** Resume after this feed position: loads recorded after it are sent first, from the database. */
  afterPosition: number | null;
  /** Without `afterPosition`: the feed position when the subscription started (nothing older is sent). */
  startPosition: number;
  /** The stored token of the caller (null: ADMIN_TOKEN): revoking it ends the stream. */
  tokenId?: number | null;
  /**
   * True while the transport has more unsent data than it should hold for this client; `pending`: events
   * queued here that the transport has not taken yet.
   */
  isBackedUp?: (pending: number) => boolean;
  /** Ends the client's connection (WebSocket: close code 1013) when it is too slow. */
  onSlowConsumer?: (reason: string) => void;
  /** Called once when the stream ends, however it ends (metrics and logs; no per-event hook needed). */
  onEnd?: () => void;
}

const CATCH_UP_BATCH = 100;

export function matches(filter: LiveFilter, event: LoadEvent): boolean {
  return (
    (filter.deployment === null || event.deployment.name === filter.deployment) &&
    (filter.project === null || event.project.name === filter.project) &&
    (filter.readable === null || filter.readable.includes(event.deployment.name))
  );
}

function whereOf(filter: LiveFilter): Prisma.ProjectLoadWhereInput {
  const deploymentNames = [
    ...(filter.deployment === null ? [] : [{ name: filter.deployment }]),
    ...(filter.readable === null ? [] : [{ name: { in: filter.readable } }]),
  ];
  return {
    project: {
      ...(filter.project === null ? {} : { name: filter.project }),
      ...(deploymentNames.length === 0 ? {} : { deployment: { AND: deploymentNames } }),
    },
  };
}

/**
 * Every load matching the filter, recorded after the stream starts (or after `afterPosition`), in the order
 * they were committed, each once. The live feed is opened before the catch-up query runs, so a load
 * committed during catch-up is in one or both of them; feed positions drop what was already sent.
 */
export function liveLoads(options: LiveOptions): AsyncIterableIterator<LoadEvent> {
  const live = options.events.subscribe((event) => {
    if (!matches(options.filter, event)) return false;
    // Checked as events are published, not as they are sent: a transport stuck on a client that stopped
    // reading never asks for the next event, so the check would never run there.
    if (options.isBackedUp?.(live.pending)) {
      const reason = "This client reads too slowly; reconnect and subscribe with after: <last load id>";
      queueMicrotask(() => {
        live.fail(new SlowConsumerError(live.pending));
        options.onSlowConsumer?.(reason);
      });
      return false;
    }
    return true;
  }, options.tokenId ?? null);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    options.onEnd?.();
  };
  const stream = streamLoads(options, live, end);
  // An async generator waiting on an event would only see return() after that event arrives; ending the
  // live feed first wakes it, so a client that unsubscribes or disconnects is freed at once.
  return {
    next: () => stream.next(),
    return: async () => {
      await live.return();
      end();
      return stream.return(undefined);
    },
    throw: async (error: unknown) => {
      await live.return();
      end();
      return stream.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

async function* streamLoads(
  options: LiveOptions,
  live: EventSubscription,
  end: () => void,
): AsyncGenerator<LoadEvent, undefined> {
  try {
    // Feed positions order loads as they committed, across projects: resuming and dropping what was sent
    // both compare positions.
    let lastSent = options.afterPosition ?? options.startPosition;
    if (options.afterPosition !== null) {
      for (;;) {
        const events = await loadEvents(
          options.prisma,
          { ...whereOf(options.filter), feedPosition: { gt: lastSent } },
          CATCH_UP_BATCH,
        );
        for (const event of events) {
          lastSent = event.load.feedPosition;
          yield event;
        }
        if (events.length < CATCH_UP_BATCH) break;
      }
    }
    for (;;) {
      let next: IteratorResult<LoadEvent>;
      try {
        next = await live.next();
      } catch (error) {
        // Other failures (a revoked token, live delivery interrupted) end this stream alone, with their error.
        if (error instanceof SlowConsumerError) options.onSlowConsumer?.(error.message);
        throw error;
      }
      if (next.done) return;
      if (next.value.load.feedPosition <= lastSent) continue;
      lastSent = next.value.load.feedPosition;
      yield next.value;
    }
  } finally {
    await live.return();
    end();
  }
}
