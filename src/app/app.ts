/** The HTTP app (Yoga): GraphQL over HTTP and SSE, GraphiQL, and the plugins of each side job. */
import type { ServerResponse } from "node:http";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import type { Redis } from "ioredis";
import { type AlertSender, type AlertSenderOptions, createAlertSender } from "../alerts/sender";
import { hashToken } from "../auth/secrets";
import { type Database, isDatabaseUnavailable } from "../db/index";
import {
  type Context,
  type ContextDeps,
  createContext,
  DEFAULT_QUERY_LIMITS,
  inputErrorsPlugin,
  type QueryLimits,
  queryLimitsPlugin,
  type Transport,
  toClientError,
} from "../graphql/index";
import { buildSchema } from "../graphql/schema/index";
import { createLiveHub, type LiveHub } from "../live/index";
import { sharedSubscriptionResults } from "../live/shared-results";
import type { AfterCommit } from "../loads/after-commit";
import { createDependencyMonitor, type DependencyMonitor } from "../observability/dependency";
import { createLogger, type Logger } from "../observability/logger";
import { createMetrics, type Metrics, registerGauges } from "../observability/metrics";
import { observabilityPlugin, subscriptionTracker } from "../observability/plugin";
import { prometheusPlugin } from "../observability/prometheus";
import { webUiPlugin } from "../ui/serve";
import { bodyLimitPlugin } from "./body-limit";
import { corsOptions, formBodiesRefusedPlugin } from "./browser";
import { cliDownloadPlugin } from "./cli-download";
import { graphiqlAssetsPlugin, graphiqlOptions } from "./graphiql";
import { knownOperationNames } from "./known-operations";
import { metricsAccessPlugin } from "./metrics-access";
import { mutationRateLimitPlugin } from "./rate-limit";
import { readinessPlugin } from "./readiness";
import { requestParamsPlugin } from "./request-params";

export interface AppOptions {
  db: Database;
  /** ADMIN_TOKEN from the environment: an organization admin that is never stored. */
  adminToken?: string | null;
  /** Structured logs (default: JSON lines at level warn on stdout). */
  logger?: Logger;
  /** Where unexpected errors are reported with their stack (default: the logger, at level error). */
  logError?: (message: string, error: unknown) => void;
  /** Prometheus metrics served at /metrics (default: a new registry). */
  metrics?: Metrics;
  /** METRICS_TOKEN: when set, /metrics answers only `Authorization: Bearer <it>`. */
  metricsToken?: string | null;
  /** Live delivery of new loads to subscribers (see createLiveHub). */
  live: LiveHub;
  /**
   * Sends alert deliveries. Without one, the app makes a sender that is not started: testAlertPolicy
   * still sends, and other deliveries wait in the outbox for a server that runs the loop.
   */
  alerts?: AlertSender;
  /**
   * Unsent bytes a subscriber's connection may hold before its client counts as too slow (default 4 MiB);
   * an SSE stream also counts as too slow once it waits for its client with SSE_MAX_PENDING_EVENTS queued.
   */
  maxBufferedBytes?: number;
  /** CORS_ORIGINS: origins whose pages get CORS answers with credentials (others: without). */
  corsOrigins?: readonly string[];
  /** Bounds on each operation's cost and running time (defaults: DEFAULT_QUERY_LIMITS). */
  queryLimits?: Partial<QueryLimits>;
  /**
   * Mutations per token and minute, counted in Redis when given. Without `perMinute` there is no limit
   * (tests, benchmarks, embedding); the server program sets RATE_LIMIT_MUTATIONS_PER_MINUTE's default.
   */
  rateLimit?: { perMinute?: number; redis?: Redis | null };
  /** The database's outages, logged once (see observability/dependency.ts); made from `db` when not given. */
  database?: DependencyMonitor;
}

/** Unsent bytes a subscriber's connection may hold before its client counts as too slow. */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Events an SSE stream may have queued while its client does not read (the response waits for the socket
 * to drain) before the stream is ended: SSE writes wait for the client, so the backlog is counted in events.
 */
export const SSE_MAX_PENDING_EVENTS = 100;

/** Generous: a deploy pipeline records a load or two a minute; a replaying script gets 100 a second. */
export const DEFAULT_MUTATIONS_PER_MINUTE = 6_000;

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** What a transport hands to the context factory besides Yoga's own request (graphql-ws). */
interface TransportContext {
  authorization?: string | null;
  transport?: Transport;
  /** Node's response, when served by node:http (Yoga's server context). */
  res?: ServerResponse;
}

/**
 * An SSE stream's view of its client: backed up when its response waits for the socket to drain with
 * events queued behind it, or holds more unsent bytes than allowed; a stream that falls behind is ended
 * by closing the connection (its client resubscribes with after), as a WebSocket is closed with 1013.
 */
function sseTransport(res: ServerResponse, maxBufferedBytes: number): Transport {
  return {
    kind: "sse",
    isBackedUp: (pending) =>
      res.writableLength > maxBufferedBytes || (res.writableNeedDrain && pending >= SSE_MAX_PENDING_EVENTS),
    onSlowConsumer: () => {
      if (!res.destroyed) res.destroy();
    },
  };
}

/** The steps after each committed load or rollback, bound to this app's live hub, metrics and sender. */
function afterCommitOf(live: LiveHub, metrics: Metrics, alerts: AlertSender): AfterCommit {
  return {
    announce: (position) => live.announce(position),
    loadRecorded: (load) => metrics.loadsRecorded.inc(load),
    rolledBack: (deployment) => metrics.rollbacks.inc({ deployment }),
    alertsWritten: () => alerts.wake(),
    rollbackChanged: () => live.rollbacks.wake(),
  };
}

export function createApp(options: AppOptions): App {
  const { db, live } = options;
  const logger = options.logger ?? defaultLogger();
  const metrics = options.metrics ?? createMetrics();
  const database = options.database ?? databaseMonitor(db, logger, metrics);
  const logError = outageAware(options.logError ?? errorLogger(logger), database);
  const alerts = options.alerts ?? createAlertSender({ db, ...alertReporting(logger, logError, metrics) });
  const subscriptions = subscriptionTracker(logger);
  const maxBufferedBytes = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  const queryLimits = { ...DEFAULT_QUERY_LIMITS, ...options.queryLimits };
  registerGauges(metrics, { activeSubscriptions: subscriptions.open });
  const deps: ContextDeps = {
    db,
    loads: { db, afterCommit: afterCommitOf(live, metrics, alerts) },
    live,
    alerts,
    adminTokenHash: options.adminToken ? hashToken(options.adminToken) : null,
    subscriptionOpened: subscriptions.opened,
  };
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    logging: false,
    ...graphiqlOptions(),
    cors: corsOptions(options.corsOrigins ?? []),
    plugins: [
      bodyLimitPlugin(),
      formBodiesRefusedPlugin(),
      requestParamsPlugin(),
      readinessPlugin(db, live),
      metricsAccessPlugin(options.metricsToken),
      cliDownloadPlugin(logError),
      webUiPlugin(),
      graphiqlAssetsPlugin(),
      observabilityPlugin({ logger, metrics }),
      prometheusPlugin(metrics, knownOperationNames()),
      queryLimitsPlugin(queryLimits),
      ...(options.rateLimit?.perMinute
        ? [
            mutationRateLimitPlugin({
              perMinute: options.rateLimit.perMinute,
              redis: options.rateLimit.redis,
              logError,
            }),
          ]
        : []),
      inputErrorsPlugin(),
      sharedSubscriptionResults({ eventTimeoutMs: queryLimits.subscriptionEventTimeoutMs }),
    ],
    maskedErrors: {
      maskError: (error, message) =>
        toClientError(error, message, (cause) =>
          logError("unexpected error while executing a request", cause),
        ),
    },
    context: (initial: TransportContext & { request?: Request }) =>
      createContext(
        deps,
        initial.request ? initial.request.headers.get("authorization") : (initial.authorization ?? null),
        initial.transport ?? (initial.res ? sseTransport(initial.res, maxBufferedBytes) : undefined),
      ),
  });
}

/** Without a logger of the caller's: warnings and errors, as JSON lines on stdout. */
export function defaultLogger(): Logger {
  return createLogger({ level: "warn", format: "json" });
}

/** Where an alert sender reports: failures to the log, each attempt's outcome to the metrics. */
export function alertReporting(
  logger: Logger,
  logError: (message: string, error: unknown) => void,
  metrics: Metrics,
): Pick<AlertSenderOptions, "logError" | "log" | "onAttempt"> {
  return {
    logError,
    log: (message) => logger.warn(message),
    onAttempt: (status) => metrics.alertDeliveries.inc({ status }),
  };
}

/** The database's outage monitor: it probes the database while it is down. */
export function databaseMonitor(db: Database, logger: Logger, metrics: Metrics): DependencyMonitor {
  return createDependencyMonitor({
    name: db.provider,
    description: db.description,
    logger,
    metrics,
    probe: () => db.ping(),
  });
}

/**
 * Failures because the database is unreachable are counted by its monitor (one line when lost, a count
 * every 10 s) instead of one stack each; every other error goes to `logError`.
 */
export function outageAware(
  logError: (message: string, error: unknown) => void,
  database: DependencyMonitor,
): (message: string, error: unknown) => void {
  return (message, error) => {
    if (isDatabaseUnavailable(error)) database.failed(error);
    else logError(message, error);
  };
}

/** Unexpected errors, with their stack, at level error. */
export function errorLogger(logger: Logger): (message: string, error: unknown) => void {
  return (message, error) => logger.error(error === undefined ? {} : { err: error }, message);
}

/** The app with in-process live delivery: for tests, benchmarks and tools that call `app.fetch`. */
export async function createLocalApp(options: Omit<AppOptions, "live">): Promise<App> {
  const live = await createLiveHub({
    prisma: options.db.prisma,
    logError: options.logError ?? errorLogger(options.logger ?? defaultLogger()),
  });
  return createApp({ ...options, live });
}
