import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { ADMIN_TOKEN, RECORD } from "../helpers";
import { PROJECT_LOADED } from "../live/live-helpers";

/**
 * The fault scenarios' workload (issue 16): recorders that retry each load with its idempotency key until
 * it is acknowledged, and subscribers that resume with `after` whenever their subscription ends, spread
 * over the instances given. The figures at the end are what the scenarios assert: every acknowledged load
 * stored once and delivered to every subscriber once, in order.
 */
export interface Endpoint {
  http: string;
  ws: string;
}

export interface WorkloadOptions {
  /** Where requests go; a recorder or subscriber moves to the next one when one fails. */
  endpoints: () => Endpoint[];
  project: string;
  recorders: number;
  loadsPerRecorder: number;
  subscribers: number;
  /** Pause between one recorder's loads, so that the fault lands mid-load. */
  paceMs?: number;
}

export interface Figures {
  acknowledged: number;
  stored: number;
  /** Per subscriber: how many distinct acknowledged loads it received. */
  delivered: number[];
  duplicates: number;
  gaps: number;
  outOfOrder: number;
  /** From the end of the fault to the first load acknowledged after it. */
  recoveryMs: number | null;
  /** From the end of the fault until every subscriber had every load acknowledged by then. */
  catchUpMs: number | null;
}

interface Subscriber {
  ids: string[];
  sequences: number[];
  client: Client | null;
  stop: boolean;
}

const RETRY_MS = 200;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Workload {
  readonly acknowledged = new Map<string, { id: string; sequence: number; at: number }>();
  /** Answers other than success while the fault lasted, by code (UNAVAILABLE, network, ...). */
  readonly failures = new Map<string, number>();
  private readonly subscribers: Subscriber[] = [];
  private recording: Promise<void> | null = null;
  private faultEndedAt: number | null = null;
  private caughtUpAt: number | null = null;
  private seedId = "";

  constructor(private readonly options: WorkloadOptions) {}

  private endpoint(index: number): Endpoint {
    const all = this.options.endpoints();
    const endpoint = all[index % all.length];
    if (!endpoint) throw new Error("no endpoint");
    return endpoint;
  }

  /** Records until acknowledged; every attempt uses the same idempotency key. */
  async recordOnce(key: string, start: number): Promise<void> {
    for (let attempt = start; ; attempt++) {
      const outcome = await this.attempt(this.endpoint(attempt), key);
      if (outcome.ok) {
        this.acknowledged.set(key, { id: outcome.id, sequence: outcome.sequence, at: Date.now() });
        return;
      }
      this.failures.set(outcome.code, (this.failures.get(outcome.code) ?? 0) + 1);
      await sleep(RETRY_MS);
    }
  }

  private async attempt(
    endpoint: Endpoint,
    key: string,
  ): Promise<{ ok: true; id: string; sequence: number } | { ok: false; code: string }> {
    try {
      const response = await fetch(endpoint.http, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({
          query: RECORD.toString(),
          variables: {
            input: { project: this.options.project, image: key, assets: [], idempotencyKey: key },
          },
        }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as {
        data?: { recordProjectLoad: { load: { id: string; sequence: number } } } | null;
        errors?: { extensions?: { code?: string } }[];
      };
      const load = body.data?.recordProjectLoad.load;
      if (load && !body.errors?.length) return { ok: true, id: load.id, sequence: load.sequence };
      return { ok: false, code: `${response.status} ${body.errors?.[0]?.extensions?.code ?? "no data"}` };
    } catch (error) {
      return {
        ok: false,
        code: `network ${(error as { cause?: { code?: string } }).cause?.code ?? ""}`.trim(),
      };
    }
  }

  /** The seed load (subscribers start after it, so that each always resumes with `after`), then subscribers. */
  async startSubscribers(): Promise<void> {
    await this.recordOnce("seed", 0);
    this.seedId = this.acknowledged.get("seed")?.id ?? "";
    this.acknowledged.delete("seed");
    for (let i = 0; i < this.options.subscribers; i++) {
      const subscriber: Subscriber = { ids: [], sequences: [], client: null, stop: false };
      this.subscribers.push(subscriber);
      this.subscribe(subscriber, i);
    }
  }

  private subscribe(subscriber: Subscriber, attempt: number): void {
    if (subscriber.stop) return;
    const endpoint = this.endpoint(attempt);
    const client = createClient({
      url: endpoint.ws,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
      retryAttempts: 0,
      lazy: true,
    });
    subscriber.client = client;
    let resumed = false;
    const resume = () => {
      if (resumed) return;
      resumed = true;
      void client.dispose();
      setTimeout(() => this.subscribe(subscriber, attempt + 1), RETRY_MS);
    };
    client.subscribe<{ projectLoaded: { id: string; sequence: number } }>(
      {
        query: PROJECT_LOADED.toString(),
        variables: { project: this.options.project, after: subscriber.ids.at(-1) ?? this.seedId },
      },
      {
        next: (result) => {
          const load = result.data?.projectLoaded;
          if (result.errors?.length || !load) return resume();
          subscriber.ids.push(load.id);
          subscriber.sequences.push(load.sequence);
        },
        error: resume,
        complete: resume,
      },
    );
  }

  /** Subscriptions registered on the server side: polled by the caller through its own means. */
  get subscriberCount(): number {
    return this.subscribers.length;
  }

  startRecorders(): void {
    const { recorders, loadsPerRecorder, paceMs = 50 } = this.options;
    this.recording = Promise.all(
      Array.from({ length: recorders }, async (_, r) => {
        for (let n = 0; n < loadsPerRecorder; n++) {
          await this.recordOnce(`r${r}-${n}`, r + n);
          await sleep(paceMs);
        }
      }),
    ).then(() => {});
  }

  /** Resolves once `count` loads are acknowledged. */
  async acknowledgedAtLeast(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged.size < count) {
      if (Date.now() > deadline)
        throw new Error(`only ${this.acknowledged.size} of ${count} loads acknowledged`);
      await sleep(20);
    }
  }

  faultEnded(): void {
    this.faultEndedAt = Date.now();
    const by = [...this.acknowledged.values()].map((load) => load.id);
    const watch = setInterval(() => {
      if (this.subscribers.every((s) => by.every((id) => s.ids.includes(id)))) {
        this.caughtUpAt = Date.now();
        clearInterval(watch);
      }
    }, 50);
    watch.unref();
  }

  /** Waits for the recorders, then for every subscriber to have every acknowledged load (or the deadline). */
  async finish(timeoutMs: number): Promise<void> {
    await this.recording;
    const expected = new Set([...this.acknowledged.values()].map((load) => load.id));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.subscribers.every((s) => [...expected].every((id) => s.ids.includes(id)))) break;
      await sleep(100);
    }
    // A moment for duplicates to show, should any be on their way.
    await sleep(500);
    for (const subscriber of this.subscribers) {
      subscriber.stop = true;
      await subscriber.client?.dispose();
    }
  }

  figures(stored: number): Figures {
    const expected = new Set([...this.acknowledged.values()].map((load) => load.id));
    let duplicates = 0;
    let gaps = 0;
    let outOfOrder = 0;
    const delivered: number[] = [];
    for (const subscriber of this.subscribers) {
      const seen = new Set<string>();
      for (const id of subscriber.ids) {
        if (seen.has(id)) duplicates++;
        seen.add(id);
      }
      for (const id of expected) if (!seen.has(id)) gaps++;
      for (let i = 1; i < subscriber.sequences.length; i++) {
        if ((subscriber.sequences[i] ?? 0) <= (subscriber.sequences[i - 1] ?? 0)) outOfOrder++;
      }
      delivered.push([...seen].filter((id) => expected.has(id)).length);
    }
    const after = [...this.acknowledged.values()]
      .map((load) => load.at)
      .filter((at) => this.faultEndedAt !== null && at >= this.faultEndedAt);
    return {
      acknowledged: this.acknowledged.size,
      stored,
      delivered,
      duplicates,
      gaps,
      outOfOrder,
      recoveryMs:
        this.faultEndedAt === null || after.length === 0 ? null : Math.min(...after) - this.faultEndedAt,
      catchUpMs:
        this.faultEndedAt === null || this.caughtUpAt === null ? null : this.caughtUpAt - this.faultEndedAt,
    };
  }
}

/** The row a scenario prints (pasted into the closing note). */
export function tableRow(scenario: string, figures: Figures, recovery?: string): string {
  const min = Math.min(...figures.delivered);
  const max = Math.max(...figures.delivered);
  const delivered = min === max ? `${min} each (${figures.delivered.length} subscribers)` : `${min}..${max}`;
  const seconds = (ms: number | null) => (ms === null ? "n/a" : `${(ms / 1000).toFixed(1)} s`);
  const recoveryText =
    recovery ?? `writes ${seconds(figures.recoveryMs)}, subscribers caught up ${seconds(figures.catchUpMs)}`;
  return `| ${scenario} | ${figures.acknowledged} | ${figures.stored} | ${delivered} | ${figures.duplicates} | ${figures.gaps} | ${recoveryText} |`;
}
