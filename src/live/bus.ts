import { SlowConsumer, Unauthenticated } from "../domain/errors";
import type { LoadEvent } from "./load-events";

/**
 * Raised into a subscription whose consumer fell too far behind; it should resume with `after`. It has its
 * own code, so that clients can tell it from a failure of the server.
 */
export class SlowConsumerError extends SlowConsumer {
  constructor(readonly pending: number) {
    super(
      `This subscription fell ${pending} events behind and was ended; subscribe again with after: <the last load's id> to resume without losing any`,
    );
  }
}

/** What a subscriber is told when its token is revoked. */
export function tokenRevoked(): Unauthenticated {
  return new Unauthenticated("The token of this subscription was revoked");
}

/** A live feed of the events that pass a filter, buffered up to a bound. */
export class EventSubscription implements AsyncIterableIterator<LoadEvent> {
  private readonly queue: LoadEvent[] = [];
  private waiting: ((result: IteratorResult<LoadEvent>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private failure: Error | null = null;
  private ended = false;

  constructor(
    private readonly filter: (event: LoadEvent) => boolean,
    private readonly maxPending: number,
    private readonly onEnd: (subscription: EventSubscription) => void,
    /** The stored token whose caller opened it (null: ADMIN_TOKEN or none): revoking the token ends it. */
    readonly tokenId: number | null = null,
  ) {}

  /** Called by the bus for every event; never blocks the publisher. */
  offer(event: LoadEvent): void {
    if (this.ended || !this.filter(event)) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.failWaiting = null;
      resolve({ value: event, done: false });
      return;
    }
    this.queue.push(event);
    // A consumer that stops reading must not make the server buffer without bound.
    if (this.queue.length > this.maxPending) this.fail(new SlowConsumerError(this.queue.length));
  }

  get pending(): number {
    return this.queue.length;
  }

  fail(error: Error): void {
    if (this.ended) return;
    this.failure = error;
    this.queue.length = 0;
    this.finish();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = null;
      this.failWaiting = null;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<LoadEvent>> {
    const event = this.queue.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<LoadEvent>> {
    this.queue.length = 0;
    this.finish();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd(this);
  }
}

export interface EventBus {
  publish(event: LoadEvent): void;
  subscribe(filter: (event: LoadEvent) => boolean, tokenId?: number | null): EventSubscription;
  /** Ends every subscription with `error` (live delivery was interrupted). */
  failAll(error: Error): void;
  /** Ends the subscriptions opened with this token with `error` (it was revoked). */
  failToken(tokenId: number, error: Error): void;
  /** The tokens that have subscriptions open here. */
  tokenIds(): number[];
  /** Live subscriptions, for metrics and tests. */
  readonly size: number;
  close(): Promise<void>;
}

/** Events within one process: each subscription keeps its own bounded queue. */
export class InProcessEventBus implements EventBus {
  private readonly subscriptions = new Set<EventSubscription>();

  constructor(private readonly maxPending = 1_000) {}

  publish(event: LoadEvent): void {
    for (const subscription of this.subscriptions) subscription.offer(event);
  }

  subscribe(filter: (event: LoadEvent) => boolean, tokenId: number | null = null): EventSubscription {
    const subscription = new EventSubscription(
      filter,
      this.maxPending,
      (ended) => this.subscriptions.delete(ended),
      tokenId,
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  get size(): number {
    return this.subscriptions.size;
  }

  failAll(error: Error): void {
    for (const subscription of [...this.subscriptions]) subscription.fail(error);
  }

  failToken(tokenId: number, error: Error): void {
    for (const subscription of [...this.subscriptions])
      if (subscription.tokenId === tokenId) subscription.fail(error);
  }

  tokenIds(): number[] {
    const ids = new Set<number>();
    for (const subscription of this.subscriptions)
      if (subscription.tokenId !== null) ids.add(subscription.tokenId);
    return [...ids];
  }

  async close(): Promise<void> {
    for (const subscription of [...this.subscriptions]) await subscription.return();
  }
}
