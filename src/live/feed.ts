import type { PrismaClient } from "../db/index";
import type { EventBus } from "./bus";
import { loadEvents } from "./load-events";

const BATCH = 100;

/**
 * Delivers committed loads to this instance's subscribers in feed order (the order they committed, across
 * all projects), each once. It is told positions (by this instance after a commit, or by other instances
 * through Redis) and reads what it has not delivered yet from the database, so a notice that arrives late,
 * out of order or never is made up by the next one, or by `poll()`.
 */
export class LoadFeed {
  private delivered = 0;
  private known = 0;
  private pumping: Promise<void> | null = null;
  private started = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly bus: EventBus,
    private readonly logError: (message: string, error: unknown) => void,
  ) {}

  /** Starts after what is already committed: subscribers get what is recorded from now on. */
  async start(): Promise<void> {
    const latest = await this.latestPosition();
    this.delivered = latest;
    this.known = Math.max(this.known, latest);
    this.started = true;
    this.pump();
  }

  /** Position of the newest load delivered to this instance's subscribers. */
  get position(): number {
    return this.delivered;
  }

  /** A load at `position` has committed. */
  notify(position: number): void {
    if (position > this.known) this.known = position;
    this.pump();
  }

  /** Catches up with the database, for notices lost on the way (Redis outage, crash after commit). */
  async poll(): Promise<void> {
    this.notify(await this.latestPosition());
    await this.pumping;
  }

  /** Resolves once everything notified so far has been delivered. */
  async idle(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  private async latestPosition(): Promise<number> {
    const counter = await this.prisma.feedCounter.findUnique({ where: { id: 1 } });
    return counter?.position ?? 0;
  }

  private pump(): void {
    if (!this.started || this.pumping || this.delivered >= this.known) return;
    this.pumping = (async () => {
      try {
        while (this.delivered < this.known) {
          const events = await loadEvents(
            this.prisma,
            { feedPosition: { gt: this.delivered, lte: this.known } },
            BATCH,
          );
          // Positions below a committed one are committed too (the counter row is locked until commit);
          // finding none means the notice was for something not visible here (yet): wait for the next.
          if (events.length === 0) break;
          for (const event of events) {
            this.delivered = event.load.feedPosition;
            this.bus.publish(event);
          }
        }
      } catch (error) {
        this.logError("live feed could not read new loads; it retries on the next notice or poll", error);
      } finally {
        this.pumping = null;
      }
      if (this.delivered < this.known) setTimeout(() => this.pump(), 100).unref();
    })();
  }
}
