/** The HTTP app (Yoga): GraphQL over HTTP and SSE, GraphiQL, and the plugins of each side job. */
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
import { createLiveHub, type LiveHub } from "../live/index";
import { sharedSubscriptionResults } from "../live/shared-results";
import type { AfterCommit } from "../loads/after-commit";
import { createLogger, type Logger } from "../observability/logger";
import { createMetrics, type Metrics, registerGauges } from "../observability/metrics";
import { observabilityPlugin, subscriptionTracker } from "../observability/plugin";
import { prometheusPlugin } from "../observability/prometheus";
import { webUiPlugin } from "../ui/serve";
import { bodyLimitPlugin } from "./body-limit";
import { cliDownloadPlugin } from "./cli-download";
import { graphiqlOptions } from "./graphiql";
import { metricsAccessPlugin } from "./metrics-access";
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
    rollbackChanged: () => live.rollbacks.wake(),
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
      requestParamsPlugin(),
      readinessPlugin(db, live),
      metricsAccessPlugin(options.metricsToken),
      cliDownloadPlugin(logError),
      webUiPlugin(),
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
