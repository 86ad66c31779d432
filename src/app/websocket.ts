import type { Server } from "node:http";
import { useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import { authenticate } from "../auth/index";
import type { Database } from "../db/index";
import type { Transport } from "../graphql/index";
import type { Logger } from "../observability/logger";
import type { Metrics } from "../observability/metrics";
import type { App } from "./app";

export interface WebSocketOptions {
  server: Server;
  app: App;
  db: Database;
  adminTokenHash: string | null;
  logger: Logger;
  metrics: Metrics;
  /** graphql-ws keep-alive: a ping this often; a client that misses a pong is dropped. */
  keepAliveMs: number;
  /** Unsent bytes a socket may hold before its client counts as too slow. */
  maxBufferedBytes: number;
}

export interface WebSocketEndpoint {
  wsServer: WebSocketServer;
  dispose(): Promise<void>;
}

type Envelope = ReturnType<App["getEnveloped"]>;

/**
 * graphql-ws (`graphql-transport-ws`) on /graphql: each operation runs through the same Yoga envelope as
 * HTTP requests (plugins, validation, error masking), with a transport that tells subscriptions when the
 * client stopped reading.
 */
export function serveWebSockets(options: WebSocketOptions): WebSocketEndpoint {
  const { app, db, adminTokenHash, logger, metrics } = options;
  const wsServer = new WebSocketServer({ server: options.server, path: "/graphql" });
  const handle = useServer<Record<string, unknown>, Record<PropertyKey, never>>(
    {
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => (args.rootValue as Envelope).subscribe(args),
      // A token given on connect must be valid. Browsers cannot send headers with a WebSocket, so GraphiQL
      // connects without one and sends its Headers tab with each operation (extensions.headers): such a
      // connection is accepted, and every operation on it authenticates on its own.
      onConnect: async (ctx) => {
        const header = authorizationParam(ctx.connectionParams);
        if (header === null) return true;
        const { caller } = await authenticate(db.prisma, header, adminTokenHash);
        if (caller === null) logger.info("WebSocket connection refused: unknown or revoked token");
        return caller !== null;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const socket = ctx.extra.socket;
        const transport: Transport = {
          isBackedUp: () => socket.bufferedAmount > options.maxBufferedBytes,
          onSlowConsumer: (reason) => closeSlowSocket(socket, reason),
        };
        const authorization =
          authorizationParam(ctx.connectionParams) ?? authorizationParam(headersOf(payload.extensions));
        const enveloped = app.getEnveloped({ authorization, transport });
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
    options.keepAliveMs,
  );
  return { wsServer, dispose: async () => handle.dispose() };
}

/** `connectionParams.authorization` (or `Authorization`), as graphql-ws clients send a token. */
export function authorizationParam(params: Record<string, unknown> | null | undefined): string | null {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : null;
}

function headersOf(
  extensions: Record<string, unknown> | null | undefined,
): Record<string, unknown> | undefined {
  const headers = extensions?.headers;
  return typeof headers === "object" && headers !== null ? (headers as Record<string, unknown>) : undefined;
}

/** Tells a client that stopped reading to reconnect (1013: try again later), and drops it if it cannot hear. */
function closeSlowSocket(socket: WebSocket, reason: string): void {
  if (socket.readyState !== socket.OPEN) return;
  socket.close(1013, Buffer.from(reason).subarray(0, 120).toString());
  setTimeout(() => socket.terminate(), 5_000).unref();
}
