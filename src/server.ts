import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import {
  GraphQLError,
  specifiedRules,
  type ValidationRule,
  ValuesOfCorrectTypeRule,
  validate,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { type AlertSender, type AlertSenderOptions, createAlertSender } from "./alerts/sender";
import type { Context } from "./context";
import { hashToken } from "./core/auth";
import type { Database } from "./db";
import { liveUnavailable } from "./errors";
import { createLiveHub, type LiveHub } from "./live-hub";
import { createLoaders } from "./loaders";
import { createLogger, type Logger } from "./observability/logger";
import { createMetrics, type Metrics, registerGauges } from "./observability/metrics";
import { observabilityPlugin, subscriptionTracker } from "./observability/plugin";
import { buildSchema } from "./schema/index";
import { LIMITS } from "./services/record-input";
import { authenticate } from "./services/tokens";
import { sharedSubscriptionResults } from "./shared-results";
import { webUiPlugin } from "./ui/serve";

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

const DEFAULT_QUERY = `# Project deployment history.
# Put your token in the Headers tab: { "Authorization": "Bearer <token>" }
# Then record a load (Mutation below) and read the history.

query ProjectHistory {
  project(deployment: "prod", name: "my-project") {
    name
    updatedAt
    currentLoad { sequence image git { commitHash commitUrl } }
    history(first: 20, collapseSimilar: true) {
      totalCount
      edges {
        node {
          collapsedCount
          firstLoadedAt
          lastLoadedAt
          load {
            id
            sequence
            status
            trigger
            loadedAt
            image
            error { message }
            git { branch commitHash commitUrl }
            assetsAdded
            assetsRemoved
            assetsChanged
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}

mutation RecordLoad {
  recordProjectLoad(input: {
    deployment: "prod"
    project: "my-project"
    image: "registry.example.com/my-project:1"
    git: { repositoryUrl: "https://github.com/acme/my-project", commitHash: "0a1b2c3", branch: "main" }
    assets: [
      { key: "raw/orders", codeVersion: "1", tags: { team: "data" } }
      { key: "mart/revenue", dependencies: ["raw/orders"] }
    ]
  }) {
    load { id sequence assetsAdded assetChanges { edges { node { assetKey changeTypes } } } }
  }
}

# Watch loads arrive live (over WebSocket). Run it, then record a load in another tab.
subscription WatchLoads {
  projectLoaded(deployment: "prod") {
    id
    sequence
    status
    trigger
    project { name }
    image
    error { message }
    assetsAdded
    assetsRemoved
    assetsChanged
    rollback { reason fromLoad { sequence } toLoad { sequence } }
  }
}

# Put the project back on an earlier successful load: paste its id from the history.
mutation Rollback {
  rollbackProject(input: { loadId: "<id of an earlier successful load>", reason: "bad deploy" }) {
    rollback { id fromLoad { sequence } toLoad { sequence } requestedBy }
    load { id sequence trigger image assetsAdded assetsRemoved assetsChanged }
  }
}
`;

/** GraphQL validation, with wrong argument values (unknown enum values, wrong types) reported as BAD_USER_INPUT. */
function validateWithInputCodes(
  ...[schema, document, rules, options, typeInfo]: Parameters<typeof validate>
) {
  const valueRules = new Set<ValidationRule>([ValuesOfCorrectTypeRule]);
  const otherRules = (rules ?? specifiedRules).filter((rule) => !valueRules.has(rule));
  const errors = validate(schema, document, otherRules, options, typeInfo);
  const valueErrors = validate(schema, document, [...valueRules], options, typeInfo).map(
    (error) =>
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { code: "BAD_USER_INPUT" },
      }),
  );
  return [...errors, ...valueErrors];
}

function inputErrorsPlugin(): Plugin {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn(validateWithInputCodes);
    },
    // Errors raised before any resolver runs (variables of the wrong type or shape) have no path and no
    // code: they are the caller's input errors.
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          if (!result.errors.some((error) => !error.path && !error.extensions?.code)) return;
          setResult({
            ...result,
            errors: result.errors.map((error) =>
              error.path || error.extensions?.code
                ? error
                : new GraphQLError(error.message, {
                    nodes: error.nodes,
                    source: error.source,
                    positions: error.positions,
                    originalError: error.originalError,
                    extensions: { ...error.extensions, code: "BAD_USER_INPUT" },
                  }),
            ),
          });
        },
      };
    },
  };
}

/** Refuses request bodies over the limit before they are read. */
function bodyLimitPlugin(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > LIMITS.requestBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `The request body is ${length} bytes; the limit is ${LIMITS.requestBodyBytes} (10 MB)`,
                  extensions: { code: "BAD_USER_INPUT" },
                },
              ],
            }),
            { status: 413, headers: { "content-type": "application/json" } },
          ),
        );
      }
    },
  };
}

/** Where the server serves the single-file CLI, for pipelines that only have Node. */
export const CLI_BUNDLE_PATH = "/cli/project-history.mjs";

/**
 * GET /cli/project-history.mjs: the command-line tool in one file, built on first request and kept. CI jobs
 * fetch it from the server they report to, so the tool always matches the server's API.
 */
function cliDownloadPlugin(logError: (message: string, error: unknown) => void): Plugin {
  let bundle: Promise<{ text: string; etag: string }> | null = null;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== CLI_BUNDLE_PATH || request.method !== "GET") return;
      bundle ??= import("./cli/bundle").then(async ({ buildCliBundle }) => {
        const text = await buildCliBundle();
        return { text, etag: `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"` };
      });
      try {
        const { text, etag } = await bundle;
        const fresh = request.headers.get("if-none-match") === etag;
        endResponse(
          new fetchAPI.Response(fresh ? null : text, {
            status: fresh ? 304 : 200,
            headers: { "content-type": "text/javascript; charset=utf-8", etag, "cache-control": "no-cache" },
          }),
        );
      } catch (error) {
        bundle = null;
        logError("cannot build the command-line tool for download", error);
        endResponse(
          new fetchAPI.Response("The command-line tool cannot be built on this server\n", { status: 503 }),
        );
      }
    },
  };
}

/** With a metrics token, /metrics is refused (401) to whoever does not send it. */
function metricsAccessPlugin(metricsToken: string | null | undefined): Plugin {
  const expected = metricsToken ? hashToken(metricsToken) : null;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== "/metrics" || expected === null) return;
      const sent = /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
      if (sent && hashToken(sent) === expected) return;
      endResponse(
        new fetchAPI.Response("metrics need Authorization: Bearer <METRICS_TOKEN>\n", {
          status: 401,
          headers: { "content-type": "text/plain", "www-authenticate": "Bearer" },
        }),
      );
    },
  };
}

/** `/ready` answers 200 when the database answers and live delivery works (Redis, when set), 503 otherwise. */
function readinessPlugin(db: Database, live: LiveHub): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/ready") return;
      const database = await db.ping();
      const ready = database && live.ready;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            ready,
            database: database ? "reachable" : "unreachable",
            liveDelivery: live.ready ? "working" : "interrupted",
          }),
          { status: ready ? 200 : 503, headers: { "content-type": "application/json" } },
        ),
      );
    },
  };
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

/** What a transport hands to the context factory besides Yoga's own request. */
interface TransportContext {
  /** graphql-ws connection parameters: `{ authorization: "Bearer <token>" }`. */
  connectionParams?: Record<string, unknown>;
  transport?: Context["transport"];
}

export function createApp(options: AppOptions): App {
  const { db } = options;
  const { live } = options;
  const adminTokenHash = options.adminToken ? hashToken(options.adminToken) : null;
  const logger = options.logger ?? defaultLogger();
  const logError = options.logError ?? errorLogger(logger);
  const metrics = options.metrics ?? createMetrics();
  const alerts = options.alerts ?? createAlertSender({ db, ...alertReporting(logger, logError, metrics) });
  const subscriptions = subscriptionTracker(logger);
  registerGauges(metrics, { activeSubscriptions: subscriptions.open });
  let graphiqlPage: string | undefined;
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    logging: false,
    graphiql: { title: "Project history", defaultQuery: DEFAULT_QUERY, subscriptionsProtocol: "WS" },
    // GraphiQL's scripts are served inline from this server, so the page works with no internet access.
    renderGraphiQL: (graphiqlOptions) => {
      graphiqlPage ??= renderGraphiQL(graphiqlOptions);
      return graphiqlPage;
    },
    plugins: [
      bodyLimitPlugin(),
      readinessPlugin(db, live),
      metricsAccessPlugin(options.metricsToken),
      cliDownloadPlugin(logError),
      webUiPlugin({ logError }),
      observabilityPlugin({ logger, metrics }),
      usePrometheus({
        registry: metrics.registry,
        endpoint: "/metrics",
        // Request URLs carry query text (GET): unbounded, so not a label.
        labels: { url: false },
        metrics: {
          graphql_yoga_http_duration: true,
          // Not per subscription event: a hook on each event of each subscriber wraps every stream (with
          // thousands of subscribers, a third more CPU per delivery). Subscriptions have their own metrics.
          graphql_envelop_request_duration: ["execute"],
          graphql_envelop_phase_execute: true,
          graphql_envelop_phase_subscribe: true,
          graphql_envelop_error_result: ["parse", "validate", "context", "execute"],
          graphql_envelop_request: ["execute"],
          graphql_envelop_request_time_summary: false,
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
          graphql_envelop_deprecated_field: false,
          graphql_envelop_schema_change: false,
        },
      }),
      inputErrorsPlugin(),
      sharedSubscriptionResults(),
    ],
    maskedErrors: {
      maskError(error, message) {
        // Errors raised on purpose (ours, with a contract code, and GraphQL's own) reach the client as they
        // are; anything else is a bug or an outage: logged with its stack, masked for the client.
        if (
          error instanceof GraphQLError &&
          (!error.originalError || error.originalError instanceof GraphQLError)
        ) {
          return error;
        }
        const cause = error instanceof GraphQLError ? error.originalError : error;
        logError("unexpected error while executing a request", cause);
        return new GraphQLError(message, {
          nodes: error instanceof GraphQLError ? error.nodes : undefined,
          path: error instanceof GraphQLError ? error.path : undefined,
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        });
      },
    },
    context: async (initial: Partial<TransportContext> & { request?: Request }) => {
      const header = initial.request
        ? initial.request.headers.get("authorization")
        : authorizationParam(initial.connectionParams);
      const { caller, authFailure } = await authenticate(db.prisma, header, adminTokenHash);
      return {
        db,
        prisma: db.prisma,
        caller,
        authFailure,
        loaders: createLoaders(db.prisma),
        live,
        alerts,
        metrics,
        subscriptionOpened: subscriptions.opened,
        transport: initial.transport,
      };
    },
  });
}

function headersOf(
  extensions: Record<string, unknown> | null | undefined,
): Record<string, unknown> | undefined {
  const headers = extensions?.headers;
  return typeof headers === "object" && headers !== null ? (headers as Record<string, unknown>) : undefined;
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

function authorizationParam(params: Record<string, unknown> | null | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
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

/**
 * Serves the app on one port: HTTP (GraphQL, GraphiQL, SSE subscriptions, /health, /ready) and
 * graphql-ws (`graphql-transport-ws`) on /graphql.
 */
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
  const wsServer = new WebSocketServer({ server, path: "/graphql" });
  const adminTokenHash = options.adminToken ? hashToken(options.adminToken) : null;
  const maxBufferedBytes = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  const wsHandle = useServer<Record<string, unknown>, Record<PropertyKey, never>>(
    {
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => (args.rootValue as Envelope).subscribe(args),
      // A token given on connect must be valid. Browsers cannot send headers with a WebSocket, so GraphiQL
      // connects without one and sends its Headers tab with each operation (extensions.headers): such a
      // connection is accepted, and every operation on it authenticates on its own.
      onConnect: async (ctx) => {
        const header = authorizationParam(ctx.connectionParams);
        if (header === null) return true;
        const { caller } = await authenticate(options.db.prisma, header, adminTokenHash);
        if (caller === null) logger.info("WebSocket connection refused: unknown or revoked token");
        return caller !== null;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const socket = ctx.extra.socket;
        const transport: Context["transport"] = {
          isBackedUp: () => socket.bufferedAmount > maxBufferedBytes,
          onSlowConsumer: (reason) => closeSlowSocket(socket, reason),
        };
        const authorization =
          authorizationParam(ctx.connectionParams) ?? authorizationParam(headersOf(payload.extensions));
        const connectionParams = { ...ctx.connectionParams, authorization };
        const enveloped = app.getEnveloped({ connectionParams, transport });
        const document = enveloped.parse(payload.query);
        const args = {
          schema: enveloped.schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue: await enveloped.contextFactory(),
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
        const errors = enveloped.validate(args.schema, args.document);
        if (errors.length > 0) {
          for (const error of errors)
            metrics.errors.inc({ code: String(error.extensions?.code ?? "GRAPHQL_VALIDATION_FAILED") });
          return errors;
        }
        return args;
      },
    },
    wsServer,
    options.keepAliveMs ?? 12_000,
  );
  // Subscribers are not left waiting on a feed that stopped: they are told to reconnect (1013) and, once
  // live delivery works again, resume with `after`.
  live.onReadyChange((ready) => {
    if (ready) return;
    for (const client of wsServer.clients)
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
      closing ??= (async () => {
        // Attempts in flight get most of the drain time; what is still unsent stays in the outbox.
        const alertsClosed = alerts.close(Math.max(0, drainMs - 500));
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const client of wsServer.clients) client.close(1001, "Server shutting down; reconnect");
        await live.close();
        server.closeIdleConnections();
        // Requests in flight finish; their connections close as they become idle.
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const deadline = new Promise<void>((resolve) => setTimeout(resolve, drainMs).unref());
        await Promise.race([closed, deadline]);
        clearInterval(idle);
        server.closeAllConnections();
        for (const client of wsServer.clients) client.terminate();
        await wsHandle.dispose();
        await new Promise<void>((resolve) => wsServer.close(() => resolve()));
        await closed;
        await alertsClosed;
      })();
      return closing;
    },
  };
}

type Envelope = ReturnType<App["getEnveloped"]>;

/** Tells a client that stopped reading to reconnect (1013: try again later), and drops it if it cannot hear. */
function closeSlowSocket(socket: import("ws").WebSocket, reason: string): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.close(1013, Buffer.from(reason).subarray(0, 120).toString());
  setTimeout(() => socket.terminate(), 5_000).unref();
}
