import type { Server } from "node:http";
import type { AlertSender } from "../alerts/sender";
import type { LiveHub } from "../live/index";
import type { WebSocketEndpoint } from "./websocket";

export interface Draining {
  server: Server;
  websockets: WebSocketEndpoint;
  live: LiveHub;
  alerts: AlertSender;
}

/**
 * Stops one instance gracefully: no new connections, WebSockets told to reconnect elsewhere (1001),
 * subscriptions ended, requests in flight given `drainMs` to finish, alert attempts in flight most of it
 * (what is still unsent stays in the outbox for the next instance).
 */
export async function drain({ server, websockets, live, alerts }: Draining, drainMs: number): Promise<void> {
  const alertsClosed = alerts.close(Math.max(0, drainMs - 500));
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const { wsServer } = websockets;
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
  await websockets.dispose();
  await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  await closed;
  await alertsClosed;
}
