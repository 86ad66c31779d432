/**
 * Shutdown (SIGTERM -> main.ts -> RunningServer.close -> drain): no new connections, WebSockets told to
 * reconnect elsewhere (1001), subscriptions ended (SSE responses end), every request that has started —
 * its body still arriving included — given `drainMs` to finish, alert attempts in flight most of it (what
 * is still unsent stays in the outbox for the next instance).
 *
 * Which connections are busy is tracked here from the `request`/`upgrade` events and each response's end,
 * not with Node's closeIdleConnections: that one asks the HTTP parser, and a connection counts as idle there
 * as soon as the parser is between messages, which resets requests a client is about to send or still
 * sending. A request that cannot finish in time is answered 503 with `Connection: close`, never reset.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import type { AlertSender } from "../alerts/sender";
import type { LiveHub } from "../live/index";
import type { WebSocketEndpoint } from "./websocket";

/** Seconds a client is told to wait before retrying a request cut short by shutdown (Retry-After). */
const RETRY_AFTER_SECONDS = 1;
/** With nothing in flight for this long, the connections left (silent new ones) are closed. */
const QUIET_MS = 250;

interface ConnectionState {
  /** Responses not yet finished on this connection (more than one only with pipelining). */
  open: Set<ServerResponse>;
  /** Has had a request: when it has none in flight, it is an idle keep-alive connection. */
  used: boolean;
  /** Taken over by a WebSocket: closed by the WebSocket side, not here. */
  upgraded: boolean;
}

/** What the server's connections are doing, for a drain that closes only those with nothing in flight. */
export interface ConnectionTracker {
  /** Requests started and not yet answered. */
  readonly inFlight: number;
  /** From now on: every response says `Connection: close`, idle connections close, busy ones when done. */
  startDraining(): void;
  /** Answers every unfinished request 503 with `Connection: close`; what Yoga writes later is dropped. */
  refuseUnfinished(): void;
}

export function trackConnections(server: Server): ConnectionTracker {
  const connections = new Map<Socket, ConnectionState>();
  let draining = false;
  const closeIfIdle = (socket: Socket, state: ConnectionState) => {
    // A connection that never had a request may be sending its first one: it is left to the deadline.
    if (draining && state.used && !state.upgraded && state.open.size === 0) socket.end();
  };
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { open: new Set(), used: false, upgraded: false });
    socket.once("close", () => connections.delete(socket));
  });
  server.on("upgrade", (request: IncomingMessage) => {
    const state = connections.get(request.socket);
    if (state) state.upgraded = true;
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    const state = connections.get(socket);
    if (!state) return;
    state.used = true;
    state.open.add(response);
    // Node then closes the connection itself once this response is sent.
    if (draining) response.shouldKeepAlive = false;
    response.once("close", () => {
      state.open.delete(response);
      closeIfIdle(socket, state);
    });
  });
  return {
    get inFlight() {
      let count = 0;
      for (const state of connections.values()) count += state.open.size;
      return count;
    },
    startDraining() {
      draining = true;
      for (const [socket, state] of connections) {
        for (const response of state.open) if (!response.headersSent) response.shouldKeepAlive = false;
        closeIfIdle(socket, state);
      }
    },
    refuseUnfinished() {
      for (const state of connections.values()) for (const response of state.open) refuse(response);
    },
  };
}

/** A 503 the client can retry on; a response already streaming (SSE) is ended instead. */
function refuse(response: ServerResponse): void {
  if (response.writableEnded) return;
  if (!response.headersSent) {
    const body = JSON.stringify({
      errors: [
        {
          message: "The server is shutting down; retry the request",
          extensions: { code: "UNAVAILABLE" },
        },
      ],
    });
    response.writeHead(503, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "retry-after": String(RETRY_AFTER_SECONDS),
      connection: "close",
    });
    response.end(body);
  } else {
    response.end();
  }
  // The request's handler is still running and will write its answer: nothing more reaches the client.
  const ignore = Object.assign(response, {
    writeHead: () => ignore,
    setHeader: () => ignore,
    write: () => true,
    end: () => ignore,
  });
}

export interface Draining {
  server: Server;
  connections: ConnectionTracker;
  websockets: WebSocketEndpoint;
  live: LiveHub;
  alerts: AlertSender;
}

export async function drain(
  { server, connections, websockets, live, alerts }: Draining,
  drainMs: number,
): Promise<void> {
  const alertsClosed = alerts.close(Math.max(0, drainMs - 500));
  const deadlineAt = Date.now() + drainMs;
  connections.startDraining();
  // net.Server's close, not http.Server's: that one would also run closeIdleConnections (see the header).
  let allClosed = false;
  const closed = new Promise<void>((resolve) =>
    Reflect.apply(NetServer.prototype.close, server, [
      () => {
        allClosed = true;
        resolve();
      },
    ]),
  );
  const { wsServer } = websockets;
  for (const client of wsServer.clients) client.close(1001, "Server shutting down; reconnect");
  // Subscriptions end now (SSE responses finish); the hub itself stays up until the requests are done,
  // so that loads they record are still announced to the other instances.
  await live.events.close();
  // Until every request is answered and nothing new arrived for a moment (a connection accepted just
  // before shutdown may still be sending its first request), or the deadline.
  let quietSince: number | null = null;
  while (!allClosed && Date.now() < deadlineAt) {
    const now = Date.now();
    if (connections.inFlight > 0 || wsServer.clients.size > 0) quietSince = null;
    else if (quietSince === null) quietSince = now;
    else if (now - quietSince >= QUIET_MS) break;
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 25))]);
  }
  connections.refuseUnfinished();
  // The 503s are written; a moment to flush them before the connections go.
  if (!allClosed) await new Promise((resolve) => setTimeout(resolve, 50));
  server.closeAllConnections();
  for (const client of wsServer.clients) client.terminate();
  await websockets.dispose();
  await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  await closed;
  await live.close();
  await alertsClosed;
}
