/**
 * The server: one process serving HTTP (GraphQL, GraphiQL, SSE subscriptions, /health, /ready, /metrics,
 * the CLI download) and graphql-ws on one port. This file wires the parts together; each job has its own
 * file beside it (graphiql, body limit, readiness, metrics access, CLI download, WebSockets, shutdown).
 *
 *   HTTP request  -> Yoga plugins (body-limit, readiness, metrics-access, cli-download, observability)
 *                 -> GraphQL: createContext, then the schema's resolvers (src/graphql)
 *                 -> use cases (src/loads), whose after-commit steps this file binds to the live hub
 *                    (src/live), the metrics (src/observability) and the alert sender (src/alerts)
 *   WebSocket     -> websocket.ts, through the same Yoga envelope
 *   SIGTERM       -> main.ts -> close() -> shutdown.ts
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { type AlertSender, type AlertSenderOptions, createAlertSender } from "../alerts/sender";
import { hashToken } from "../auth/secrets";
import type { Database } from "../db/index";
import {
  type Context,
  type ContextDeps,
  createContext,
  inputErrorsPlugin,
  type Transport,
  toClientError,
} from "../graphql/index";
import { buildSchema } from "../graphql/schema/index";
import { createLiveHub, type LiveHub, liveUnavailable } from "../live/index";
import { sharedSubscriptionResults } from "../live/shared-results";
import type { AfterCommit } from "../loads/after-commit";
import { createLogger, type Logger } from "../observability/logger";
import { createMetrics, type Metrics, registerGauges } from "../observability/metrics";
import { observabilityPlugin, subscriptionTracker } from "../observability/plugin";
import { prometheusPlugin } from "../observability/prometheus";
import { bodyLimitPlugin } from "./body-limit";
import { cliDownloadPlugin } from "./cli-download";
import { graphiqlOptions } from "./graphiql";
import { metricsAccessPlugin } from "./metrics-access";
import { readinessPlugin } from "./readiness";
import { drain } from "./shutdown";
import { serveWebSockets } from "./websocket";

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
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** What a transport hands to the context factory besides Yoga's own request (graphql-ws). */
interface TransportContext {
  authorization?: string | null;
  transport?: Transport;
}

/** The steps after each committed load or rollback, bound to this app's live hub, metrics and sender. */
function afterCommitOf(live: LiveHub, metrics: Metrics, alerts: AlertSender): AfterCommit {
  return {
    announce: (position) => live.announce(position),
    loadRecorded: (load) => metrics.loadsRecorded.inc(load),
    rolledBack: (deployment) => metrics.rollbacks.inc({ deployment }),
    alertsWritten: () => alerts.wake(),
  };
}

export function createApp(options: AppOptions): App {
  const { db, live } = options;
  const logger = options.logger ?? defaultLogger();
  const logError = options.logError ?? errorLogger(logger);
  const metrics = options.metrics ?? createMetrics();
  const alerts = options.alerts ?? createAlertSender({ db, ...alertReporting(logger, logError, metrics) });
  const subscriptions = subscriptionTracker(logger);
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
    plugins: [
      bodyLimitPlugin(),
      readinessPlugin(db, live),
      metricsAccessPlugin(options.metricsToken),
      cliDownloadPlugin(logError),
      observabilityPlugin({ logger, metrics }),
      prometheusPlugin(metrics),
      inputErrorsPlugin(),
      sharedSubscriptionResults(),
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
        initial.transport,
      ),
  });
}

/** Without a logger of the caller's: warnings and errors, as JSON lines on stdout. */
function defaultLogger(): Logger {
  return createLogger({ level: "warn", format: "json" });
}

/** Where an alert sender reports: failures to the log, each attempt's outcome to the metrics. */
function alertReporting(
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

/** Unexpected errors, with their stack, at level error. */
function errorLogger(logger: Logger): (message: string, error: unknown) => void {
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

export interface RunningServer {
  app: App;
  server: Server;
  live: LiveHub;
  alerts: AlertSender;
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish, closes WebSockets with 1001 and subscriptions. */
  close(drainMs?: number): Promise<void>;
}

/** Unsent bytes a WebSocket may hold before its client counts as too slow. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

export interface ServerOptions extends Omit<AppOptions, "live" | "alerts"> {
  /** Made from `redisUrl` (or in-process) when not given. */
  live?: LiveHub;
  /** REDIS_URL: announce new loads to every instance through Redis. */
  redisUrl?: string | null;
  port: number;
  host?: string;
  /** graphql-ws keep-alive: a ping this often; a client that misses a pong is dropped. */
  keepAliveMs?: number;
  /** Unsent bytes a WebSocket may hold before its client counts as too slow (default 4 MiB). */
  maxBufferedBytes?: number;
  /** Settings of the alert sender that runs with the server (defaults: the contract's). */
  alerts?: Omit<AlertSenderOptions, "db">;
}

/** Serves the app on one port, with its live hub, WebSockets and alert sender. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? defaultLogger();
  const logError = options.logError ?? errorLogger(logger);
  const metrics = options.metrics ?? createMetrics();
  const live =
    options.live ??
    (await createLiveHub({
      prisma: options.db.prisma,
      redisUrl: options.redisUrl,
      logError,
      log: (message) => logger.info(message),
    }));
  const alerts = createAlertSender({
    ...alertReporting(logger, logError, metrics),
    ...options.alerts,
    db: options.db,
  });
  const app = createApp({ ...options, logger, logError, metrics, live, alerts });
  const server = createServer(app);
  const websockets = serveWebSockets({
    server,
    app,
    db: options.db,
    adminTokenHash: options.adminToken ? hashToken(options.adminToken) : null,
    logger,
    metrics,
    keepAliveMs: options.keepAliveMs ?? 12_000,
    maxBufferedBytes: options.maxBufferedBytes ?? MAX_BUFFERED_BYTES,
  });
  // Subscribers are not left waiting on a feed that stopped: they are told to reconnect (1013) and, once
  // live delivery works again, resume with `after`.
  live.onReadyChange((ready) => {
    if (ready) return;
    for (const client of websockets.wsServer.clients)
      client.close(1013, "Live updates interrupted; reconnect with after");
    live.events.failAll(liveUnavailable());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Deliveries left pending by an earlier run (or another instance's crash) go out from here on.
  alerts.start();
  let closing: Promise<void> | null = null;
  return {
    app,
    server,
    live,
    alerts,
    port,
    url: `http://localhost:${port}/graphql`,
    close(drainMs = 8_000) {
      closing ??= drain({ server, websockets, live, alerts }, drainMs);
      return closing;
    },
  };
}
