import type { DestinationStream } from "pino";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { createLogger } from "../../src/observability/logger";
import { ADMIN_TOKEN } from "../helpers";
import type { Endpoint } from "./scenario";

/** What one instance logged, parsed. */
export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface Instance {
  db: Database;
  server: RunningServer;
  endpoint: Endpoint;
  lines: LogLine[];
  close(): Promise<void>;
}

/** A server in this process on its own port, logging at info into `lines`. */
export async function startInstance(databaseUrl: string, redisUrl: string | null): Promise<Instance> {
  const lines: LogLine[] = [];
  const destination: DestinationStream = {
    write: (line: string) => {
      lines.push(JSON.parse(line) as LogLine);
    },
  };
  const logger = createLogger({ level: "info", format: "json", destination });
  const db = await openDatabase(databaseUrl, { poolSize: 5 });
  const server = await startServer({
    db,
    adminToken: ADMIN_TOKEN,
    port: 0,
    host: "127.0.0.1",
    redisUrl,
    logger,
  });
  return {
    db,
    server,
    lines,
    endpoint: {
      http: `http://127.0.0.1:${server.port}/graphql`,
      ws: `ws://127.0.0.1:${server.port}/graphql`,
    },
    async close() {
      await server.close(1_000);
      // After a cut, node-postgres's pool can wait on a connection the proxy dropped: bounded, as main.ts
      // bounds the whole shutdown.
      await Promise.race([db.close(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    },
  };
}

/** Lines at a pino level (50 error, 40 warn, 30 info) whose message matches. */
export function linesAt(instance: Instance, level: number, pattern?: RegExp): LogLine[] {
  return instance.lines.filter((line) => line.level === level && (!pattern || pattern.test(line.msg)));
}

/** The value of project_history_dependency_up for one dependency, as /metrics serves it. */
export async function dependencyUp(instance: Instance, dependency: string): Promise<number | null> {
  const text = await (await fetch(`http://127.0.0.1:${instance.server.port}/metrics`)).text();
  const match = new RegExp(
    `^project_history_dependency_up\\{dependency="${dependency}"\\} (\\d+)$`,
    "m",
  ).exec(text);
  return match ? Number(match[1]) : null;
}
