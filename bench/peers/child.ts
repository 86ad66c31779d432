// What the three server processes of bench/peers.ts share: each listens on 127.0.0.1 (port 0), counts the
// HTTP requests it receives and the SQL statements it sends, and talks to the benchmark over IPC:
// { type: "listening", port, pid } once up, { type: "stats", requests, done, statements, errors } when asked
// "stats",
// and it exits on "stop" or when the benchmark goes away.
import type { Server } from "node:http";

export interface ListeningMessage {
  type: "listening";
  port: number;
  pid: number;
}

export interface StatsMessage {
  type: "stats";
  /** HTTP requests received since the start. */
  requests: number;
  /** Of those, how many are over (answered, or their connection closed): equal to `requests` when idle. */
  done: number;
  /** SQL statements sent to PostgreSQL since the start. */
  statements: number;
  /** Unexpected errors the server reported while answering (where it has a hook for them). */
  errors: number;
}

export interface ServerCounters {
  statements: number;
  errors: number;
}

/**
 * Reports `server` to the parent and serves its IPC; `close` runs on "stop" (bounded: the process exits
 * within 10 s whatever happens).
 */
export function serveBenchmark(server: Server, counters: ServerCounters, close: () => Promise<void>): void {
  let requests = 0;
  let done = 0;
  server.on("request", (_request, response) => {
    requests++;
    response.once("close", () => {
      done++;
    });
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code), 10_000).unref();
    try {
      await close();
    } finally {
      process.exit(code);
    }
  };
  process.on("message", (message: unknown) => {
    if (message === "stats") {
      const stats: StatsMessage = {
        type: "stats",
        requests,
        done,
        statements: counters.statements,
        errors: counters.errors,
      };
      process.send?.(stats);
    }
    if (message === "stop") void stop(0);
  });
  process.on("disconnect", () => void stop(1));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server is not listening on TCP");
  const listening: ListeningMessage = { type: "listening", port: address.port, pid: process.pid };
  process.send?.(listening);
}

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}
