import type { PrismaClient } from "../db/index";
import type { Prisma, RollbackEvent } from "../generated/prisma/client";

/** How often a subscriber looks for status changes made on other instances (or missed wake-ups). */
const POLL_MS = 1_000;
const BATCH = 100;

export interface RollbackFilter {
  deployment: string | null;
  project: string | null;
  rollbackId: number | null;
  /** Deployments the caller may read; null: all. */
  readable: string[] | null;
}

function whereOf(filter: RollbackFilter, after: number): Prisma.RollbackEventWhereInput {
  const deployments = [
    ...(filter.deployment === null ? [] : [{ name: filter.deployment }]),
    ...(filter.readable === null ? [] : [{ name: { in: filter.readable } }]),
  ];
  return {
    id: { gt: after },
    ...(filter.rollbackId === null ? {} : { rollbackId: filter.rollbackId }),
    rollback: {
      project: {
        ...(filter.project === null ? {} : { name: filter.project }),
        ...(deployments.length === 0 ? {} : { deployment: { AND: deployments } }),
      },
    },
  };
}

/**
 * Rollback status changes for live subscribers. Each change is a RollbackEvent row written in the
 * transaction that makes it, numbered in commit order, so a subscriber reads the rows after the last one it
 * sent: none missed, none twice, resumable with `after`. This instance's changes wake subscribers at once
 * (wake()); other instances' are found by a poll every second while a subscription is open. Rollbacks are
 * rare and their subscribers few (agents, a CLI following one), so no broker is involved.
 */
export class RollbackFeed {
  private waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly prisma: PrismaClient) {}

  wake(): void {
    for (const waiter of this.waiters) waiter();
    this.waiters.clear();
  }

  close(): void {
    this.closed = true;
    this.wake();
  }

  /** The newest event's ID: where a subscription without `after` starts. */
  async latest(): Promise<number> {
    const row = await this.prisma.rollbackEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    return row?.id ?? 0;
  }

  /** Every change matching the filter after event `after`, in order, until the consumer stops. */
  subscribe(filter: RollbackFilter, after: number): AsyncIterableIterator<RollbackEvent> {
    let cursor = after;
    let done = false;
    let buffered: RollbackEvent[] = [];
    let stop: (() => void) | null = null;
    const pause = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(finish, POLL_MS);
        function finish() {
          clearTimeout(timer);
          stop = null;
          resolve();
        }
        stop = finish;
        this.waiters.add(finish);
      });
    const iterator: AsyncIterableIterator<RollbackEvent> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        while (!done && !this.closed) {
          const next = buffered.shift();
          if (next) {
            cursor = next.id;
            return { value: next, done: false };
          }
          buffered = await this.prisma.rollbackEvent.findMany({
            where: whereOf(filter, cursor),
            orderBy: { id: "asc" },
            take: BATCH,
          });
          if (buffered.length === 0) await pause();
        }
        return { value: undefined, done: true };
      },
      return: async () => {
        done = true;
        (stop as (() => void) | null)?.();
        return { value: undefined, done: true };
      },
    };
    return iterator;
  }
}
