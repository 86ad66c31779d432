import { Gauge } from "prom-client";
import type { Logger } from "./logger";
import type { Metrics } from "./metrics";

/**
 * One dependency's outages as an operator wants them: one error line when it is lost (naming it, without
 * credentials), then at most one warn line every `warnEveryMs` with how many operations failed since the
 * last, and one info line when it is back with how long it was away; `project_history_dependency_up`
 * says 1 or 0 meanwhile. While it is down, `probe` (when given) is tried every `probeEveryMs` to notice
 * that it is back even when nothing else asks.
 */
export interface DependencyMonitor {
  readonly name: string;
  readonly up: boolean;
  /** An operation failed because the dependency is unreachable. */
  failed(error: unknown): void;
  /** It answers again (a no-op while it is up). */
  restored(): void;
  close(): void;
}

export interface DependencyMonitorOptions {
  /** The metric's label and the word in the log lines: "postgresql", "sqlite", "redis". */
  name: string;
  /** Where it is, safe to log (password hidden). */
  description: string;
  logger: Logger;
  metrics?: Metrics;
  /** Answers true once the dependency works again. */
  probe?: () => Promise<boolean>;
  warnEveryMs?: number;
  probeEveryMs?: number;
  now?: () => number;
}

/** The gauge, one per registry; each monitor sets its own label. */
const gauges = new WeakMap<Metrics, Gauge<"dependency">>();

function gaugeOf(metrics: Metrics): Gauge<"dependency"> {
  let gauge = gauges.get(metrics);
  if (!gauge) {
    gauge = new Gauge({
      name: "project_history_dependency_up",
      help: "1 while a dependency (the database, Redis) answers, 0 during an outage.",
      labelNames: ["dependency"],
      registers: [metrics.registry],
    });
    gauges.set(metrics, gauge);
  }
  return gauge;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Prisma's messages can span lines (the call that failed); the first says what happened.
  return message.split("\n").find((line) => line.trim() !== "") ?? message;
}

export function createDependencyMonitor(options: DependencyMonitorOptions): DependencyMonitor {
  const { name, description, logger } = options;
  const warnEveryMs = options.warnEveryMs ?? 10_000;
  const probeEveryMs = options.probeEveryMs ?? 1_000;
  const now = options.now ?? Date.now;
  const gauge = options.metrics ? gaugeOf(options.metrics) : null;
  gauge?.set({ dependency: name }, 1);
  let downSince: number | null = null;
  let failedTotal = 0;
  let failedSinceWarn = 0;
  let warnTimer: NodeJS.Timeout | null = null;
  let probeTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const stopTimers = () => {
    if (warnTimer) clearInterval(warnTimer);
    if (probeTimer) clearTimeout(probeTimer);
    warnTimer = null;
    probeTimer = null;
  };
  const scheduleProbe = () => {
    if (!options.probe || closed || downSince === null) return;
    probeTimer = setTimeout(async () => {
      probeTimer = null;
      const answers = await options.probe?.().catch(() => false);
      if (answers) monitor.restored();
      else scheduleProbe();
    }, probeEveryMs);
    probeTimer.unref();
  };

  const monitor: DependencyMonitor = {
    name,
    get up() {
      return downSince === null;
    },
    failed(error) {
      if (closed) return;
      if (downSince !== null) {
        failedTotal++;
        failedSinceWarn++;
        return;
      }
      downSince = now();
      failedTotal = 1;
      failedSinceWarn = 0;
      gauge?.set({ dependency: name }, 0);
      logger.error(
        { dependency: name, at: description, reason: reasonOf(error) },
        `${name} lost (${description}): ${reasonOf(error)}; requests that need it answer UNAVAILABLE until it is back`,
      );
      warnTimer = setInterval(() => {
        if (failedSinceWarn === 0) return;
        logger.warn(
          { dependency: name, failed: failedSinceWarn, downForMs: now() - (downSince ?? now()) },
          `${name} still unreachable: ${failedSinceWarn} operation(s) failed in the last ${Math.round(warnEveryMs / 1000)} s`,
        );
        failedSinceWarn = 0;
      }, warnEveryMs);
      warnTimer.unref();
      scheduleProbe();
    },
    restored() {
      if (downSince === null || closed) return;
      const downForMs = now() - downSince;
      downSince = null;
      stopTimers();
      gauge?.set({ dependency: name }, 1);
      logger.info(
        { dependency: name, at: description, downForMs, failed: failedTotal },
        `${name} is back (${description}) after ${(downForMs / 1000).toFixed(1)} s; ${failedTotal} operation(s) failed meanwhile`,
      );
    },
    close() {
      closed = true;
      stopTimers();
    },
  };
  return monitor;
}
