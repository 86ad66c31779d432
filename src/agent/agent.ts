// The recording agent: watches a Dagster webserver and records every load of its code locations in the
// history, exactly once, with no state of its own that matters.
//
//   every pollInterval: locationStatusesOrError ─ new versionKey? ─ workspaceLocationEntryOrError(name)
//     ─ loaded: snapshotOf / failed: failureOf (once per distinct error) / gone: disappearedFailure
//     ─ queue per location ─ Recorder.record ─ recordProjectLoad (idempotency key from the location's state)
//
// With a deploy command (options.rollbacks), the RollbackExecutor (executor.ts) claims the deployment's
// requested rollbacks and runs the command; the poll then tags the first load with the target's image (or a
// load error after the command) with the claim, and the recorder sends it as the rollback's load.
//
// Start-up checks every Dagster operation against the live schema and the token's role, then treats each
// location as new: the recorder's keys and its read of the newest load make that a no-op for what the history
// has already, so restarts and concurrent agents record nothing twice. When Dagster or the history server is
// away, the agent retries with backoff, logs the outage once (and its end), shows it in health(), and keeps
// what it observed queued until the history server takes it.
import { createServer, type Server } from "node:http";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { type GraphQLClient, GraphQLRequestError } from "../client";
import { backoffDelay } from "../domain/backoff";
import { createLogger, type Logger } from "../observability/logger";
import { type DagsterClient, DagsterSchemaError, DagsterUnavailableError } from "./dagster-client";
import type { LocationEntry, LocationStatus, RepositoryLocation } from "./dagster-operations";
import { RollbackExecutor } from "./executor";
import { checkToken, type Observation, type RecordedLoad, Recorder } from "./history";
import { disappearedFailure, failureOf, loadFieldsOf, type SnapshotOptions, snapshotOf } from "./snapshot";

export const DEFAULT_POLL_INTERVAL_MS = 5_000;
export const DEFAULT_MAX_BACKOFF_MS = 60_000;
/** Observations kept per location while the history server is away; beyond it the oldest are dropped. */
const MAX_QUEUED_PER_LOCATION = 500;

export interface AgentOptions {
  dagster: DagsterClient;
  history: GraphQLClient;
  /** The history deployment the loads go to; the token needs EDITOR there. */
  deployment: string;
  pollIntervalMs?: number;
  /** Only these code locations (default: all). */
  locations?: readonly string[];
  snapshot?: SnapshotOptions;
  logger?: Logger;
  /** Longest pause between retries while Dagster or the history server is away. */
  maxBackoffMs?: number;
  /** Serve GET /health (JSON, 200 or 503) on this port of `healthHost` (default 127.0.0.1). 0: a free one. */
  healthPort?: number;
  healthHost?: string;
  /** Carry out the deployment's rollbacks with this deploy command (src/agent/executor.ts). */
  rollbacks?: {
    command: string;
    /** How long after its claim a rollback may take to show up in Dagster (default 10 min). */
    timeoutMs?: number;
    leaseSeconds?: number;
    /** Shown as the claimant (default: host name and process ID). */
    label?: string;
  };
}

export interface DependencyHealth {
  ok: boolean;
  /** When it last changed between ok and not. */
  since: string;
  error: string | null;
}

export interface AgentHealth {
  status: "starting" | "ok" | "degraded" | "stopped";
  dagster: DependencyHealth & { version: string | null };
  history: DependencyHealth;
  lastPollAt: string | null;
  /** Observations waiting for the history server. */
  pending: number;
  locations: Record<string, { state: "loaded" | "failed" | "gone"; versionKey: string | null }>;
}

/** A condition that stops the agent: a Dagster version it cannot read, or a token that cannot record. */
export class AgentFatalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AgentFatalError";
  }
}

type Observed =
  | { state: "loaded"; versionKey: string }
  | { state: "failed"; versionKey: string | null; fingerprint: string }
  | { state: "gone"; versionKey: null; fingerprint: string };

/** Tracks one dependency's outages: logged when one starts and when it ends, not on every retry. */
class Dependency {
  health: DependencyHealth = { ok: true, since: new Date().toISOString(), error: null };
  private failures = 0;
  private downSince = 0;

  constructor(
    private readonly name: string,
    private readonly logger: Logger,
  ) {}

  get attempts(): number {
    return this.failures;
  }

  fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.failures += 1;
    if (this.failures === 1) {
      this.downSince = Date.now();
      this.health = { ok: false, since: new Date().toISOString(), error: message };
      this.logger.warn(
        { dependency: this.name, error: message },
        `${this.name} is unavailable; retrying with backoff`,
      );
    } else {
      this.health = { ...this.health, error: message };
    }
  }

  succeed(): void {
    if (this.failures > 0) {
      const seconds = Math.round((Date.now() - this.downSince) / 1000);
      this.logger.info(
        { dependency: this.name, downSeconds: seconds },
        `${this.name} is back after ${seconds} s`,
      );
      this.health = { ok: true, since: new Date().toISOString(), error: null };
    }
    this.failures = 0;
  }
}

function isRetryableHistoryError(error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError)) return true;
  return error.code === "UNAVAILABLE" || error.code === "INTERNAL_SERVER_ERROR" || (error.status ?? 0) >= 500;
}

function isAuthError(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class DagsterAgent {
  private readonly recorder: Recorder;
  private readonly logger: Logger;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly watch: ((name: string) => boolean) | null;
  private readonly dagsterHealth: Dependency;
  private readonly historyHealth: Dependency;
  private readonly observed = new Map<string, Observed>();
  private readonly queues = new Map<string, Observation[]>();
  private readonly controller = new AbortController();
  private status: AgentHealth["status"] = "starting";
  private dagsterVersion: string | null = null;
  private lastPollAt: string | null = null;
  /** While the history server is away: when the queue is tried again. */
  private historyRetryAt = 0;
  private tokenName: string | null = null;
  private healthServer: Server | null = null;
  private running: Promise<void> | null = null;
  /** Resolved after each completed poll (tests and benchmarks wait on it). */
  private pollWaiters: (() => void)[] = [];
  /** Loads this agent wrote (not counting ones the history had already). */
  readonly recorded: RecordedLoad[] = [];
  /** Set with options.rollbacks: claims and carries out the deployment's rollbacks. */
  private readonly executor: RollbackExecutor | null;

  constructor(private readonly options: AgentOptions) {
    this.recorder = new Recorder(options.history, options.deployment);
    this.logger = (options.logger ?? createLogger()).child({ component: "dagster-agent" });
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
    const only = options.locations && options.locations.length > 0 ? new Set(options.locations) : null;
    this.watch = only ? (name) => only.has(name) : null;
    this.dagsterHealth = new Dependency("Dagster webserver", this.logger);
    this.historyHealth = new Dependency("history server", this.logger);
    const rollbacks = options.rollbacks;
    this.executor = rollbacks
      ? new RollbackExecutor({
          history: options.history,
          deployment: options.deployment,
          command: rollbacks.command,
          locations: options.locations,
          timeoutMs: rollbacks.timeoutMs,
          leaseSeconds: rollbacks.leaseSeconds,
          label: rollbacks.label ?? `${hostname()}:${process.pid}`,
          logger: this.logger.child({ component: "rollback-executor" }),
        })
      : null;
  }

  private watches(name: string): boolean {
    return this.watch === null || this.watch(name);
  }

  health(): AgentHealth {
    const pending = [...this.queues.values()].reduce((sum, queue) => sum + queue.length, 0);
    const locations: AgentHealth["locations"] = {};
    for (const [name, observed] of this.observed) {
      locations[name] = { state: observed.state, versionKey: observed.versionKey };
    }
    const status =
      this.status === "stopped" || this.status === "starting"
        ? this.status
        : this.dagsterHealth.health.ok && this.historyHealth.health.ok
          ? "ok"
          : "degraded";
    return {
      status,
      dagster: { ...this.dagsterHealth.health, version: this.dagsterVersion },
      history: this.historyHealth.health,
      lastPollAt: this.lastPollAt,
      pending,
      locations,
    };
  }

  /** The health endpoint's address, once listening. */
  healthAddress(): { host: string; port: number } | null {
    const address = this.healthServer?.address();
    return address && typeof address === "object" ? { host: address.address, port: address.port } : null;
  }

  /**
   * Checks Dagster's schema and the token (waiting, with backoff, for either to answer), then polls until
   * stop(). Resolves once polling has started; rejects with AgentFatalError when it cannot work at all.
   */
  async start(): Promise<void> {
    if (this.options.healthPort !== undefined) await this.listenHealth(this.options.healthPort);
    try {
      await this.untilReady();
    } catch (error) {
      await this.stop();
      throw error;
    }
    if (this.controller.signal.aborted) return;
    this.status = "ok";
    this.logger.info(
      {
        webserver: this.options.dagster.baseUrl,
        dagsterVersion: this.dagsterVersion,
        deployment: this.options.deployment,
        token: this.tokenName,
        pollIntervalMs: this.pollIntervalMs,
        locations: this.options.locations ?? "all",
      },
      "recording Dagster code location loads",
    );
    this.running = this.loop();
    if (this.executor) {
      this.executor.start();
      this.logger.info("carrying out rollbacks with the deploy command");
    }
  }

  /** Resolves when stop() ends the loop; rejects if the loop stopped on a fatal error. */
  async done(): Promise<void> {
    await this.running;
  }

  async stop(): Promise<void> {
    if (this.status === "stopped") return;
    this.status = "stopped";
    this.controller.abort();
    await this.executor?.stop();
    await this.running?.catch(() => {});
    const server = this.healthServer;
    this.healthServer = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const waiter of this.pollWaiters.splice(0)) waiter();
  }

  /** Resolves after the next `count` polls have completed (or at stop). */
  polls(count = 1): Promise<void> {
    return new Promise((resolve) => {
      let left = count;
      const waiter = () => {
        left -= 1;
        if (left <= 0 || this.status === "stopped") resolve();
        else this.pollWaiters.push(waiter);
      };
      this.pollWaiters.push(waiter);
    });
  }

  private async listenHealth(port: number): Promise<void> {
    const server = createServer((request, response) => {
      const health = this.health();
      response.writeHead(health.status === "ok" ? 200 : 503, { "content-type": "application/json" });
      response.end(request.method === "HEAD" ? undefined : JSON.stringify(health));
    });
    this.healthServer = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, this.options.healthHost ?? "127.0.0.1", () => resolve());
    });
  }

  private async pause(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.controller.signal });
    } catch {
      // stop() aborted the pause.
    }
  }

  /** The pause after `attempts` failures in a row: the poll interval, doubling, up to maxBackoffMs. */
  private backoff(attempts: number): number {
    if (attempts === 0) return this.pollIntervalMs;
    return Math.min(this.maxBackoffMs, backoffDelay(attempts, this.pollIntervalMs));
  }

  private async untilReady(): Promise<void> {
    let dagsterReady = false;
    let historyReady = false;
    while (!this.controller.signal.aborted) {
      if (!dagsterReady) {
        try {
          const info = await this.options.dagster.checkOperations();
          this.dagsterVersion = info.dagster_webserver_version ?? info.dagster_version ?? null;
          this.dagsterHealth.succeed();
          dagsterReady = true;
        } catch (error) {
          if (error instanceof DagsterSchemaError) throw new AgentFatalError(error.message);
          this.dagsterHealth.fail(error);
        }
      }
      if (!historyReady) {
        try {
          this.tokenName = await checkToken(this.options.history, this.options.deployment);
          this.historyHealth.succeed();
          historyReady = true;
        } catch (error) {
          if (isAuthError(error)) throw new AgentFatalError(describe(error));
          this.historyHealth.fail(error);
        }
      }
      if (dagsterReady && historyReady) return;
      await this.pause(this.backoff(Math.max(this.dagsterHealth.attempts, this.historyHealth.attempts)));
    }
  }

  private async loop(): Promise<void> {
    let first = true;
    while (!this.controller.signal.aborted) {
      try {
        if (await this.observe(first)) first = false;
        await this.drain();
      } catch (error) {
        if (error instanceof AgentFatalError) {
          this.logger.error({ error: error.message }, "the agent stops");
          this.status = "stopped";
          this.controller.abort();
          throw error;
        }
        // A bug, not an outage: logged with its stack, and the next poll tries again.
        this.logger.error({ err: error }, "unexpected error in the poll loop");
      }
      this.lastPollAt = new Date().toISOString();
      for (const waiter of this.pollWaiters.splice(0)) waiter();
      if (this.controller.signal.aborted) break;
      // Only Dagster's outages slow the poll: while the history server is away, Dagster is still watched at
      // the usual pace so that no load goes unseen, and the queue is retried on its own backoff.
      await this.pause(this.backoff(this.dagsterHealth.attempts));
    }
  }

  private enqueue(location: string, observation: Observation): void {
    const queue = this.queues.get(location) ?? [];
    queue.push(observation);
    if (queue.length > MAX_QUEUED_PER_LOCATION) {
      queue.shift();
      this.logger.error(
        { location, kept: MAX_QUEUED_PER_LOCATION },
        "too many loads waiting for the history server: the oldest was dropped",
      );
    }
    this.queues.set(location, queue);
  }

  /** One poll of Dagster; false when Dagster (or, on the first poll, the history server) did not answer. */
  private async observe(first: boolean): Promise<boolean> {
    let statuses: LocationStatus[];
    try {
      const result = await this.options.dagster.locationStatuses();
      const answer = result.locationStatusesOrError;
      if (answer.__typename === "PythonError") {
        throw new DagsterUnavailableError(`locationStatusesOrError: ${answer.message}`);
      }
      statuses = answer.entries.filter((entry) => this.watches(entry.name));
      for (const status of statuses) {
        if (status.loadStatus !== "LOADED") continue;
        // While a rollback of the location waits for its load, the location is looked at on every poll: the
        // target may be served already (a deploy tool that did nothing, or a claim taken over).
        const unchanged = this.observed.get(status.name)?.versionKey === status.versionKey;
        if (unchanged && !this.executor?.watching(status.name)) continue;
        await this.observeLocation(status.name);
      }
    } catch (error) {
      if (error instanceof AgentFatalError) throw error;
      this.dagsterHealth.fail(error);
      return false;
    }
    this.dagsterHealth.succeed();

    const listed = new Set(statuses.map((status) => status.name));
    for (const [name, observed] of this.observed) {
      if (listed.has(name) || observed.state === "gone") continue;
      this.markGone(name);
    }
    if (first) return this.goneSinceLastRun(listed);
    return true;
  }

  private markGone(name: string): void {
    const failure = disappearedFailure(name, this.options.dagster.baseUrl);
    this.observed.set(name, { state: "gone", versionKey: null, fingerprint: failure.fingerprint });
    this.logger.warn({ location: name }, "code location left the Dagster workspace");
    this.enqueue(name, { kind: "failed", failure });
  }

  /**
   * At start-up: projects whose newest load this agent's token recorded and that Dagster no longer lists
   * disappeared while no agent was watching. (Each agent should have a token of its own.)
   */
  private async goneSinceLastRun(listed: ReadonlySet<string>): Promise<boolean> {
    let projects: Awaited<ReturnType<Recorder["projects"]>>;
    try {
      projects = await this.recorder.projects();
    } catch (error) {
      if (isAuthError(error)) throw new AgentFatalError(describe(error));
      this.historyHealth.fail(error);
      return false; // Asked again on the next poll.
    }
    for (const project of projects) {
      if (listed.has(project.name) || this.observed.has(project.name) || !this.watches(project.name))
        continue;
      if (project.latestLoad?.recordedBy !== this.tokenName) continue;
      this.markGone(project.name);
    }
    return true;
  }

  private async observeLocation(name: string): Promise<void> {
    const { workspaceLocationEntryOrError: answer } = await this.options.dagster.locationEntry(name);
    if (!answer) return; // Gone between the two queries: the next poll sees it missing.
    if (answer.__typename === "PythonError") throw new DagsterUnavailableError(answer.message);
    const entry: LocationEntry = answer;
    const loaded = entry.locationOrLoadError;
    if (entry.loadStatus !== "LOADED" || loaded === null) return;
    const previous = this.observed.get(name);
    if (loaded.__typename === "RepositoryLocation") {
      this.observed.set(name, { state: "loaded", versionKey: entry.versionKey });
      const location: RepositoryLocation = loaded;
      const snapshot = snapshotOf(entry, location, this.options.snapshot);
      const rollback = this.executor?.claimFor(name, { kind: "loaded", image: snapshot.image }) ?? null;
      // Looked at again only for a waiting rollback, and not its target yet: nothing new to record.
      if (!rollback && previous?.versionKey === entry.versionKey) return;
      if (rollback) this.executor?.tagged(rollback);
      this.logger.info(
        {
          location: name,
          image: snapshot.image,
          assets: snapshot.assets.length,
          rollback: rollback?.rollbackId,
        },
        rollback ? "code location loaded the rollback's target" : "code location loaded",
      );
      this.enqueue(name, {
        kind: "loaded",
        versionKey: entry.versionKey,
        snapshot,
        ...(rollback ? { rollback } : {}),
      });
      return;
    }
    const failure = failureOf(loaded);
    this.observed.set(name, {
      state: "failed",
      versionKey: entry.versionKey,
      fingerprint: failure.fingerprint,
    });
    const rollback = this.executor?.claimFor(name, { kind: "failed" }) ?? null;
    // A failed location gets a new versionKey on every refresh: the same error is one failure (but a
    // rollback waiting for its load ends with it).
    if (!rollback && previous?.state === "failed" && previous.fingerprint === failure.fingerprint) return;
    if (rollback) this.executor?.tagged(rollback);
    this.logger.warn({ location: name, error: failure.error }, "code location failed to load");
    const { git } = loadFieldsOf(entry, [], this.options.snapshot);
    this.enqueue(name, { kind: "failed", failure, git, ...(rollback ? { rollback } : {}) });
  }

  /** Sends what is queued, in order per location; stops at the first outage of the history server. */
  private async drain(): Promise<void> {
    if (Date.now() < this.historyRetryAt) return;
    for (const [location, queue] of this.queues) {
      while (queue.length > 0) {
        const observation = queue[0] as Observation;
        try {
          const result = await this.recorder.record(location, observation);
          this.historyHealth.succeed();
          queue.shift();
          if (observation.rollback) this.executor?.reported(observation.rollback);
          if (result.outcome === "recorded") {
            this.recorded.push(result.load);
            this.logger.info(
              { location, sequence: result.load.sequence, status: result.load.status },
              `recorded load #${result.load.sequence} of ${location}`,
            );
          } else {
            this.logger.debug(
              { location, sequence: result.load?.sequence },
              "the history has this load already",
            );
          }
        } catch (error) {
          if (isAuthError(error)) throw new AgentFatalError(describe(error));
          if (isRetryableHistoryError(error)) {
            this.historyHealth.fail(error);
            this.historyRetryAt = Date.now() + this.backoff(this.historyHealth.attempts);
            return;
          }
          // The server refused this load for good (BAD_USER_INPUT: over a limit, say): retrying cannot help.
          queue.shift();
          if (observation.rollback) this.executor?.reported(observation.rollback);
          this.logger.error(
            { location, error: describe(error) },
            "the history server refused a load; skipped",
          );
        }
      }
    }
  }
}
