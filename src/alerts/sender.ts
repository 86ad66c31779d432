import { randomUUID } from "node:crypto";
import type { Database } from "../db/index";
import { commitUrl } from "../domain/git";
import { encodeGlobalId } from "../domain/ids";
import type { AlertDelivery } from "../generated/prisma/client";
import { DEFAULT_BACKOFF_BASE_MS, DEFAULT_MAX_ATTEMPTS, nextStep } from "./backoff";
import { errorClassOf, errorText, POLICY_DISABLED } from "./delivery-error";
import { type AlertEvent, type AlertFormat, isAlertEvent, isAlertFormat } from "./events";
import { createAgents, postWebhook } from "./http";
import {
  type AlertNetworkRules,
  createWebhookGuard,
  type HostResolver,
  type WebhookGuard,
} from "./network-guard";
import {
  type ClaimedDelivery,
  claimDue,
  loadClaimed,
  recordAttempt,
  recordDelivered,
  renewClaims,
} from "./outbox";
import { type AlertSubject, formatPayload } from "./payload";
import { signatureHeader } from "./signing";

/** The sender's knobs. The defaults are the contract's; tests shrink the times. */
export interface SenderSettings {
  /** How often the outbox is checked for due deliveries (retries and other instances' alerts). */
  pollIntervalMs: number;
  /** One attempt (connect, answer, body) may take this long. */
  timeoutMs: number;
  /** The first retry waits about this long; each next one twice as long, with jitter. */
  backoffBaseMs: number;
  maxAttempts: number;
  /**
   * A claim expires after this long unless renewed: a delivery whose instance died is sent by another
   * after it. The sender renews its claims every third of it while attempts run (heartbeat).
   */
  leaseMs: number;
  /** Attempts in flight at once per instance. */
  concurrency: number;
  /** At most this much of a response body is read. */
  maxResponseBytes: number;
  /** Jitter source, in [0, 1). */
  random: () => number;
}

export const DEFAULT_SENDER_SETTINGS: SenderSettings = {
  pollIntervalMs: 1_000,
  timeoutMs: 5_000,
  backoffBaseMs: DEFAULT_BACKOFF_BASE_MS,
  maxAttempts: DEFAULT_MAX_ATTEMPTS,
  leaseMs: 15_000,
  concurrency: 32,
  maxResponseBytes: 64 * 1024,
  random: Math.random,
};

export interface AlertSenderOptions extends Partial<SenderSettings> {
  db: Database;
  logError?: (message: string, error: unknown) => void;
  /** Where a delivery that failed for good is reported (default: console.warn). */
  log?: (message: string) => void;
  /** Told the outcome of each attempt that got an answer or an error (metrics). */
  onAttempt?: (outcome: "delivered" | "retrying" | "failed") => void;
  /**
   * Which networks webhooks may reach besides the public internet (default: none). The server reads them
   * from ALERT_ALLOWED_NETWORKS and ALERT_ALLOW_PRIVATE_NETWORKS (alertNetworksFromEnv).
   */
  network?: AlertNetworkRules;
  /** Resolves webhook host names (default: the system resolver); tests inject answers. */
  resolve?: HostResolver;
}

export interface AlertSender {
  readonly settings: SenderSettings;
  /** The sender's network rules: policies are checked with it when written, as every send is. */
  readonly guard: WebhookGuard;
  /** Starts the background loop: due deliveries now, then every poll interval. */
  start(): void;
  /** A recording transaction committed new deliveries: look now rather than at the next poll. */
  wake(): void;
  /** Writes a test delivery already claimed by this instance, makes its first attempt now, returns it. */
  sendTest(test: { policyId: number; loadId: number; event: AlertEvent }): Promise<AlertDelivery>;
  /**
   * Stops claiming, lets attempts in flight finish for up to `graceMs`, then aborts the rest (they stay
   * PENDING and are due at once for the next instance to start). Resolves once every outcome is recorded.
   */
  close(graceMs?: number): Promise<void>;
}

const USER_AGENT = "project-history-alerts/1";
/** Accepted deliveries are recorded in batches: at most this many per UPDATE, at most this late. */
const FLUSH_SIZE = 64;
const FLUSH_MS = 20;
/** How long after a recording wrote deliveries the loop looks for them. */
const WAKE_DELAY_MS = 10;

export function createAlertSender(options: AlertSenderOptions): AlertSender {
  const { db, logError = (message, error) => console.error(message, error) } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const settings: SenderSettings = { ...DEFAULT_SENDER_SETTINGS };
  for (const [key, value] of Object.entries(options)) {
    if (key in settings && value !== undefined) Object.assign(settings, { [key]: value });
  }
  if (settings.leaseMs < 300) {
    // Renewed every third of it: shorter would be a query every few milliseconds.
    throw new Error(`leaseMs (${settings.leaseMs}) must be at least 300`);
  }
  const prisma = db.prisma;
  const agents = createAgents();
  const guard = createWebhookGuard({ rules: options.network, resolve: options.resolve });
  const refillBatch = Math.max(1, Math.ceil(settings.concurrency / 4));
  const inFlight = new Map<number, { token: string; abort: AbortController; done: Promise<void> }>();
  let started = false;
  let stopped = false;
  let pumping: Promise<void> | null = null;
  let pumpAgain = false;
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Number.POSITIVE_INFINITY;
  // Accepted deliveries waiting to be recorded together (see flushDelivered), by claim and status.
  const delivered = new Map<string, { token: string; status: number; ids: number[] }>();
  let flushing: Promise<void> = Promise.resolve();
  let flushTimer: NodeJS.Timeout | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let renewing: Promise<void> = Promise.resolve();

  /** Every claim this instance holds: attempts in flight, and accepted deliveries not yet recorded. */
  function heldClaims(): { id: number; token: string }[] {
    const held = [...inFlight].map(([id, entry]) => ({ id, token: entry.token }));
    for (const batch of delivered.values()) for (const id of batch.ids) held.push({ id, token: batch.token });
    return held;
  }

  /** The heartbeat: extends the lease of every claim held, one renewal at a time. */
  function renew(): void {
    const held = heldClaims();
    if (held.length === 0) return;
    renewing = renewing.then(() =>
      renewClaims(prisma, held, settings.leaseMs).then(
        () => {},
        (error: unknown) =>
          logError("alerts: cannot renew claims; they expire unless renewed in time", error),
      ),
    );
  }

  /** Queues an accepted delivery's outcome; batches go out within FLUSH_MS or at FLUSH_SIZE. */
  function queueDelivered(token: string, status: number, id: number): Promise<void> {
    const key = `${token}:${status}`;
    const batch = delivered.get(key) ?? { token, status, ids: [] };
    batch.ids.push(id);
    delivered.set(key, batch);
    if (batch.ids.length >= FLUSH_SIZE) return flushDelivered();
    flushTimer ??= setTimeout(() => void flushDelivered(), FLUSH_MS);
    return Promise.resolve();
  }

  /** Writes every queued batch; calls chain, so awaiting the latest one awaits them all. */
  function flushDelivered(): Promise<void> {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = null;
    const batches = [...delivered.values()];
    delivered.clear();
    flushing = flushing.then(async () => {
      for (const batch of batches) {
        try {
          await recordDelivered(prisma, batch.token, batch.ids, batch.status);
        } catch (error) {
          // Left claimed: the deliveries are sent again when the lease runs out (at least once).
          logError("alerts: cannot record delivered deliveries", error);
        }
      }
    });
    return flushing;
  }

  /** Wakes the loop at `at` (epoch ms) unless it is already due to wake earlier. */
  function wakeAt(at: number): void {
    if (stopped || !started || at >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        timerAt = Number.POSITIVE_INFINITY;
        pump();
        wakeAt(Date.now() + settings.pollIntervalMs);
      },
      Math.max(0, at - Date.now()),
    );
    timer.unref();
  }

  /** Claims as many due deliveries as there is room for and starts them; one pass runs at a time. */
  function pump(): void {
    if (stopped || !started) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumpAgain = false;
    // Cleared in a callback, never synchronously inside fill(): a pass that finds no room returns at once.
    pumping = fill()
      .catch((error: unknown) => {
        if (!stopped) logError("alerts: cannot claim deliveries; trying again at the next poll", error);
      })
      .finally(() => {
        pumping = null;
        if (pumpAgain) pump();
      });
  }

  async function fill(): Promise<void> {
    while (!stopped && inFlight.size < settings.concurrency) {
      const room = settings.concurrency - inFlight.size;
      const claim = await claimDue(db, room, settings.leaseMs);
      if (claim.ids.length > 0) {
        for (const delivery of await loadClaimed(prisma, claim.ids)) launch(delivery, claim.token);
      }
      if (claim.ids.length < room) break;
    }
  }

  function launch(delivery: ClaimedDelivery, token: string): void {
    const abort = new AbortController();
    const done = attempt(delivery, token, abort.signal)
      .catch((error: unknown) => logError(`alerts: delivery ${delivery.id} could not be recorded`, error))
      .finally(() => {
        inFlight.delete(delivery.id);
        // Claim in batches: a claim costs a few queries whatever its size, so under a backlog the loop
        // waits for a quarter of the slots to free up rather than claiming one row per finished attempt.
        if (settings.concurrency - inFlight.size >= refillBatch || inFlight.size === 0) pump();
      });
    inFlight.set(delivery.id, { token, abort, done });
  }

  /** One attempt and its outcome. `sync`: record it before returning (testAlertPolicy answers with it). */
  async function attempt(
    delivery: ClaimedDelivery,
    token: string,
    signal?: AbortSignal,
    sync = false,
  ): Promise<void> {
    const { policy } = delivery;
    if (!policy.enabled && !delivery.isTest) {
      await recordAttempt(prisma, delivery.id, token, {
        status: "FAILED",
        responseStatus: null,
        ...POLICY_DISABLED,
        notAttempted: true,
      });
      return;
    }
    const deliveryId = encodeGlobalId("AlertDelivery", delivery.id);
    const event: AlertEvent = isAlertEvent(delivery.event) ? delivery.event : "PROJECT_LOAD_FAILED";
    const format: AlertFormat = isAlertFormat(policy.format) ? policy.format : "JSON";
    const body = formatPayload(format, subjectOf(delivery, deliveryId, event));
    const outcome = await postWebhook(
      policy.webhookUrl,
      body,
      {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "x-delivery-id": deliveryId,
        "x-alert-event": event,
        "x-delivery-attempt": String(delivery.attempts),
        "x-signature-256": signatureHeader(body, policy.signingSecret),
      },
      { guard, timeoutMs: settings.timeoutMs, maxResponseBytes: settings.maxResponseBytes, signal, agents },
    );
    // Shutting down: the attempt was cut short, not answered; the next instance to start sends it at once.
    const interrupted = signal?.aborted === true && outcome.kind === "error";
    const step = interrupted
      ? delivery.attempts >= settings.maxAttempts
        ? ({ status: "FAILED" } as const)
        : ({ status: "PENDING", delayMs: 0 } as const)
      : nextStep(outcome, delivery.attempts, settings);
    if (!interrupted)
      options.onAttempt?.(
        step.status === "DELIVERED" ? "delivered" : step.status === "PENDING" ? "retrying" : "failed",
      );
    if (step.status === "DELIVERED" && outcome.kind === "response" && !sync) {
      await queueDelivered(token, outcome.status, delivery.id);
      return;
    }
    const now = new Date();
    const recorded = await recordAttempt(
      prisma,
      delivery.id,
      token,
      {
        status: step.status,
        nextAttemptAt: step.status === "PENDING" ? new Date(now.getTime() + step.delayMs) : undefined,
        responseStatus: outcome.kind === "response" ? outcome.status : null,
        errorClass: errorClassOf(outcome),
        lastError: errorText(outcome, policy.webhookUrl),
      },
      now,
    );
    if (!recorded) return;
    if (step.status === "PENDING") wakeAt(now.getTime() + step.delayMs);
    if (step.status === "FAILED" && !interrupted) {
      log(
        `alerts: delivery ${deliveryId} (policy "${policy.name}", ${event}) failed after ${delivery.attempts} attempt(s): ${errorText(outcome, policy.webhookUrl)}`,
      );
    }
  }

  return {
    settings,
    guard,
    start() {
      if (started || stopped) return;
      started = true;
      heartbeat = setInterval(renew, Math.floor(settings.leaseMs / 3));
      heartbeat.unref();
      pump();
      wakeAt(Date.now() + settings.pollIntervalMs);
    },
    wake() {
      // Not at once: the request that wrote the deliveries answers first, and a burst of loads shares
      // one claim.
      wakeAt(Date.now() + WAKE_DELAY_MS);
    },
    async sendTest(test) {
      const now = new Date();
      const token = `test-${randomUUID()}`;
      const created = await prisma.alertDelivery.create({
        data: {
          policyId: test.policyId,
          loadId: test.loadId,
          event: test.event,
          isTest: true,
          attempts: 1,
          lastAttemptAt: now,
          // Claimed from birth: the background loop leaves it alone during this attempt.
          claimToken: token,
          nextAttemptAt: new Date(now.getTime() + settings.leaseMs),
        },
      });
      const [delivery] = await loadClaimed(prisma, [created.id]);
      if (delivery) await attempt(delivery, token, undefined, true);
      return prisma.alertDelivery.findUniqueOrThrow({ where: { id: created.id } });
    },
    async close(graceMs = 5_000) {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      await pumping;
      const all = () => Promise.all([...inFlight.values()].map((entry) => entry.done));
      let graceTimer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => {
        graceTimer = setTimeout(resolve, graceMs);
      });
      await Promise.race([all(), grace]);
      clearTimeout(graceTimer);
      for (const entry of inFlight.values()) entry.abort.abort();
      await all();
      await flushDelivered();
      if (heartbeat) clearInterval(heartbeat);
      await renewing;
      agents.destroy();
    },
  };
}

function subjectOf(delivery: ClaimedDelivery, deliveryId: string, event: AlertEvent): AlertSubject {
  const { load, policy, rollback } = delivery;
  return {
    event,
    deliveryId,
    test: delivery.isTest,
    policy: { id: encodeGlobalId("AlertPolicy", policy.id), name: policy.name },
    deployment: load.project.deployment.name,
    project: load.project.name,
    load: {
      id: encodeGlobalId("ProjectLoad", load.id),
      sequence: load.sequence,
      status: load.status,
      trigger: load.trigger,
      loadedAt: load.loadedAt,
      image: load.image,
      error: load.errorMessage,
      commitHash: load.gitCommitHash,
      branch: load.gitBranch,
      commitUrl: commitUrl(load.gitRepositoryUrl, load.gitCommitHash),
    },
    rollback:
      rollback === null
        ? null
        : {
            id: encodeGlobalId("Rollback", rollback.id),
            reason: rollback.reason,
            requestedBy: rollback.requestedBy,
            createdAt: rollback.createdAt,
            status: rollback.status,
            error: rollback.error,
            fromLoad: {
              id: encodeGlobalId("ProjectLoad", rollback.fromLoadId),
              sequence: rollback.fromLoad.sequence,
            },
            toLoad: {
              id: encodeGlobalId("ProjectLoad", rollback.toLoadId),
              sequence: rollback.toLoad.sequence,
            },
          },
  };
}
