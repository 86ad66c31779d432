import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { alertNetworksFromEnv } from "../../src/alerts/network-guard";

/**
 * The receiver listens on loopback, which the alert sender refuses by default: a server that sends to it
 * opts in, as an operator would, with ALERT_ALLOWED_NETWORKS=127.0.0.0/8.
 */
export const RECEIVER_NETWORK_ENV = { ALERT_ALLOWED_NETWORKS: "127.0.0.0/8" };
export const RECEIVER_NETWORKS = alertNetworksFromEnv(RECEIVER_NETWORK_ENV);

/** One request as the receiver saw it. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, as signed. */
  body: string;
  /** Date.now() when the body had arrived. */
  at: number;
}

/** How the receiver answers: a status (after an optional delay), or never ("hang"). */
export type Answer =
  | { status: number; body?: string; delayMs?: number; headers?: Record<string, string> }
  | "hang";

/**
 * A real webhook receiver on a local port. `answer` decides per request; `n` counts requests from 1 so
 * that a test can script "500, 500, then 200".
 */
export class Receiver {
  readonly received: Received[] = [];
  answer: (request: Received, n: number) => Answer = () => ({ status: 200, body: "ok" });
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const received: Received = {
          path: request.url ?? "/",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          at: Date.now(),
        };
        this.received.push(received);
        this.reply(response, this.answer(received, this.received.length));
      });
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path = "/hooks/alerts"): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  private reply(response: ServerResponse, answer: Answer): void {
    if (answer === "hang") return;
    const send = () => {
      if (response.destroyed) return;
      response.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers });
      response.end(answer.body ?? "");
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  }

  /** Resolves once `count` requests arrived. */
  async waitFor(count: number, timeoutMs = 10_000): Promise<Received[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) {
        throw new Error(`the receiver got ${this.received.length} of ${count} requests in ${timeoutMs} ms`);
      }
      await sleep(10);
    }
    return this.received;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds. */
export async function eventually<T>(
  read: () => Promise<T>,
  condition: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (condition(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(20);
  }
}
