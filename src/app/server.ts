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
import { Redis } from "ioredis";
import { type AlertSender, type AlertSenderOptions, createAlertSender } from "../alerts/sender";
import { hashToken } from "../auth/secrets";
import { redactUrl } from "../db/index";
import { LIMITS } from "../domain/limits";
import { createLiveHub, type LiveHub, liveUnavailable } from "../live/index";
import { createDependencyMonitor } from "../observability/dependency";
import { createMetrics } from "../observability/metrics";
import {
  type App,
  type AppOptions,
  alertReporting,
  createApp,
  databaseMonitor,
  defaultLogger,
  errorLogger,
  MAX_BUFFERED_BYTES,
  outageAware,
} from "./app";
import { DEFAULT_WEBSOCKET_LIMITS, type WebSocketLimits } from "./config";
import { drain, trackConnections } from "./shutdown";
import { serveWebSockets } from "./websocket";

export { type App, type AppOptions, createApp, createLocalApp } from "./app";

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

export interface ServerOptions extends Omit<AppOptions, "live" | "alerts"> {
  /** Made from `redisUrl` (or in-process) when not given. */
  live?: LiveHub;
  /** REDIS_URL: announce new loads to every instance through Redis. */
  redisUrl?: string | null;
  port: number;
  host?: string;
  /** graphql-ws keep-alive: a ping this often; a client that misses a pong is dropped. */
  keepAliveMs?: number;
  /** graphql-ws bounds per connection and per client address (defaults: 100 and 20). */
  webSockets?: Partial<WebSocketLimits>;
  /** Settings of the alert sender that runs with the server (defaults: the contract's). */
  alerts?: Omit<AlertSenderOptions, "db">;
  /** RATE_LIMIT_MUTATIONS_PER_MINUTE (counted in Redis across instances with `redisUrl`). */
  mutationsPerMinute?: number;
}

/** Serves the app on one port, with its live hub, WebSockets and alert sender. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? defaultLogger();
  const metrics = options.metrics ?? createMetrics();
  // Outages of the database and Redis are logged once each by their monitors, not once per failure.
  const database = options.database ?? databaseMonitor(options.db, logger, metrics);
  const logError = outageAware(options.logError ?? errorLogger(logger), database);
  const redis = options.redisUrl
    ? createDependencyMonitor({ name: "redis", description: redactUrl(options.redisUrl), logger, metrics })
    : null;
  const live =
    options.live ??
    (await createLiveHub({
      prisma: options.db.prisma,
      redisUrl: options.redisUrl,
      logError,
      log: (message) => logger.info(message),
      redisHealth: redis ?? undefined,
    }));
  const alerts = createAlertSender({
    ...alertReporting(logger, logError, metrics),
    ...options.alerts,
    db: options.db,
  });
  const maxBufferedBytes = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  // Mutation counts shared by every instance; without an offline queue a Redis that is away fails fast,
  // and the limit lets mutations through meanwhile (rate-limit.ts).
  const rateLimitRedis = options.redisUrl
    ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : null;
  rateLimitRedis?.on("error", () => {});
  const app = createApp({
    ...options,
    logger,
    logError,
    metrics,
    live,
    alerts,
    maxBufferedBytes,
    rateLimit: { perMinute: options.mutationsPerMinute, redis: rateLimitRedis },
    database,
  });
  const server = createServer(app);
  const connections = trackConnections(server);
  const websockets = serveWebSockets({
    server,
    app,
    db: options.db,
    adminTokenHash: options.adminToken ? hashToken(options.adminToken) : null,
    logger,
    metrics,
    keepAliveMs: options.keepAliveMs ?? 12_000,
    maxBufferedBytes,
    maxPayloadBytes: LIMITS.requestBodyBytes,
    ...DEFAULT_WEBSOCKET_LIMITS,
    ...options.webSockets,
    logError,
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
      closing ??= drain({ server, connections, websockets, live, alerts }, drainMs).finally(() => {
        database.close();
        redis?.close();
        rateLimitRedis?.disconnect();
      });
      return closing;
    },
  };
}
