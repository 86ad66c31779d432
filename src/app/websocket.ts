import type { Server } from "node:http";
import { GraphQLError } from "graphql";
import type { SubscribePayload, Context as WsContext } from "graphql-ws";
import { type Extra, useServer } from "graphql-ws/use/ws";
import { type WebSocket, WebSocketServer } from "ws";
import { authenticate } from "../auth/index";
import type { Database } from "../db/index";
import { type Transport, toClientError } from "../graphql/index";
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
  /** Largest message accepted (bytes); a bigger one closes the socket with 1009. The HTTP body limit. */
  maxPayloadBytes: number;
  /** Operations one socket may run at once; the next is answered with an error. */
  maxSubscriptionsPerSocket: number;
  /** Sockets without a token one client address may hold; the next is closed with 1008. */
  maxAnonymousSocketsPerIp: number;
  /** Reports an unexpected error with its stack (the server's error logger, never stderr). */
  logError: (message: string, error: unknown) => void;
}

export interface WebSocketEndpoint {
  wsServer: WebSocketServer;
  dispose(): Promise<void>;
}

type Envelope = ReturnType<App["getEnveloped"]>;
type SocketContext = WsContext<Record<string, unknown>, Extra & Partial<Record<PropertyKey, never>>>;

/**
 * graphql-ws (`graphql-transport-ws`) on /graphql: each operation runs through the same Yoga envelope as
 * HTTP requests (plugins, validation, error masking), with a transport that tells subscriptions when the
 * client stopped reading.
 *
 * Bounds: messages up to the HTTP body limit (ws closes with 1009 beyond it), a number of operations per
 * socket, and a number of sockets without a token per client address (counted from connection_init on;
 * a socket that never sends one is closed by graphql-ws after 3 s). A subscribe that does not parse or
 * validate is answered with an `error` message on its id; the socket stays open.
 */
export function serveWebSockets(options: WebSocketOptions): WebSocketEndpoint {
  const { app, db, adminTokenHash, logger, metrics } = options;
  const wsServer = new WebSocketServer({
    server: options.server,
    path: "/graphql",
    maxPayload: options.maxPayloadBytes,
  });
  const anonymous = new AnonymousSockets(options.maxAnonymousSocketsPerIp);
  const handle = useServer<Record<string, unknown>, Record<PropertyKey, never>>(
    {
      execute: (args) => (args.rootValue as Envelope).execute(args),
      subscribe: (args) => (args.rootValue as Envelope).subscribe(args),
      // A token given on connect must be valid. Browsers cannot send headers with a WebSocket, so GraphiQL
      // connects without one and sends its Headers tab with each operation (extensions.headers): such a
      // connection is accepted, and every operation on it authenticates on its own.
      onConnect: async (ctx) => {
        try {
          return await admit(ctx);
        } catch (error) {
          options.logError("unexpected error while accepting a WebSocket connection", error);
          return false;
        }
      },
      // An error a stream throws mid-way (a revoked token, a slow consumer) keeps its code, as over HTTP.
      onError: (_ctx, id, _payload, errors) =>
        errors.map((error) =>
          toClientError(error, "Unexpected error.", (cause) =>
            options.logError(`unexpected error in WebSocket operation ${id}`, cause),
          ).toJSON(),
        ),
      onSubscribe: async (ctx, id, payload) => {
        // graphql-ws registers the operation before this hook: the count includes it.
        const running = Object.keys(ctx.subscriptions).length;
        if (running > options.maxSubscriptionsPerSocket) {
          metrics.errors.inc({ code: "BAD_USER_INPUT" });
          return [
            new GraphQLError(
              `This connection already runs ${running - 1} operations; the limit is ${options.maxSubscriptionsPerSocket} per connection (open another connection or complete some)`,
              { extensions: { code: "BAD_USER_INPUT" } },
            ),
          ];
        }
        try {
          return await prepare(ctx, payload);
        } catch (error) {
          // A GraphQL error (syntax, variables) is the client's; anything else is ours, logged with its
          // stack. Either way the answer is an error message on this id, not a closed socket.
          let clientError: GraphQLError;
          if (error instanceof GraphQLError) clientError = error;
          else {
            options.logError(`unexpected error while starting WebSocket operation ${id}`, error);
            clientError = new GraphQLError("Unexpected error.", {
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            });
          }
          metrics.errors.inc({ code: String(clientError.extensions.code ?? "GRAPHQL_PARSE_FAILED") });
          return [clientError];
        }
      },
    },
    wsServer,
    options.keepAliveMs,
  );

  async function admit(ctx: SocketContext): Promise<boolean> {
    const header = authorizationParam(ctx.connectionParams);
    if (header === null) {
      const socket = ctx.extra.socket;
      if (anonymous.add(ctx.extra.request.socket.remoteAddress ?? "", socket)) return true;
      socket.close(
        1008,
        `Too many connections without a token from this address (limit ${options.maxAnonymousSocketsPerIp})`,
      );
      return false;
    }
    const { caller } = await authenticate(db.prisma, header, adminTokenHash);
    if (caller === null) logger.info("WebSocket connection refused: unknown or revoked token");
    return caller !== null;
  }

  async function prepare(ctx: SocketContext, payload: SubscribePayload) {
    const socket = ctx.extra.socket;
    const transport: Transport = {
      kind: "websocket",
      isBackedUp: () => socket.bufferedAmount > options.maxBufferedBytes,
      onSlowConsumer: (reason) => closeSlowSocket(socket, reason),
    };
    const authorization =
      authorizationParam(ctx.connectionParams) ?? authorizationParam(headersOf(payload.extensions));
    const enveloped = app.getEnveloped({ authorization, transport });
    const document = parseOrError(enveloped.parse, payload.query);
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
  }
  // graphql-ws prints a socket's errors to stderr and closes it with 4500; they are the client's doing (a
  // message over maxPayload, a malformed frame), and ws has already closed the socket with the right
  // code (1009, 1002): logged at info instead, in the server's log.
  wsServer.on("connection", (socket) => {
    for (const listener of socket.listeners("error"))
      socket.removeListener("error", listener as (error: Error) => void);
    socket.on("error", (error) => logger.info({ err: error.message }, "WebSocket closed on a client error"));
  });
  return { wsServer, dispose: async () => handle.dispose() };
}

/** Yoga's parse, whose syntax errors carry the code HTTP answers them with. */
function parseOrError(parse: Envelope["parse"], query: string) {
  try {
    return parse(query);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === undefined)
      throw new GraphQLError(error.message, {
        source: error.source,
        positions: error.positions,
        extensions: { code: "GRAPHQL_PARSE_FAILED" },
      });
    throw error;
  }
}

/** Sockets without a token, by client address; each leaves the count when it closes. */
class AnonymousSockets {
  private readonly byAddress = new Map<string, Set<WebSocket>>();

  constructor(private readonly limit: number) {}

  /** Counts `socket` for `address`, or answers false when the address is at its limit. */
  add(address: string, socket: WebSocket): boolean {
    let sockets = this.byAddress.get(address);
    if (!sockets) {
      sockets = new Set();
      this.byAddress.set(address, sockets);
    }
    if (sockets.size >= this.limit) return false;
    const held = sockets;
    held.add(socket);
    socket.once("close", () => {
      held.delete(socket);
      if (held.size === 0 && this.byAddress.get(address) === held) this.byAddress.delete(address);
    });
    return true;
  }
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
