import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient } from "graphql-ws";
import WebSocket from "ws";
import { type RunningServer, type ServerOptions, startServer } from "../../src/app/server";
import type { TypedDocument } from "../../src/client";
import { type Database, openDatabase } from "../../src/db/index";
import type { Role } from "../../src/domain/roles";
import { graphql } from "../generated";
import type { ProjectLoadedSubscription } from "../generated/graphql";
import { ADMIN_TOKEN, createToken, graphqlRequest, type TestServer } from "../helpers";
import { createTestDatabase } from "../test-database";

export interface LiveServer {
  running: RunningServer;
  db: Database;
  wsUrl: string;
  request: TestServer["request"];
  token(name: string, role: Role, deployment?: string | null): Promise<string>;
  client(token?: string | null, options?: Partial<Parameters<typeof createClient>[0]>): Client;
  close(): Promise<void>;
}

/** The real server on a free port with a temporary database. */
export async function startLiveServer(
  options: Pick<ServerOptions, "keepAliveMs" | "maxBufferedBytes" | "webSockets" | "corsOrigins"> = {},
): Promise<LiveServer> {
  const dir = mkdtempSync(join(tmpdir(), "project-history-live-"));
  const database = await createTestDatabase(dir);
  const db = await openDatabase(database.url);
  const running = await startServer({
    db,
    adminToken: ADMIN_TOKEN,
    port: 0,
    host: "127.0.0.1",
    keepAliveMs: options.keepAliveMs,
    maxBufferedBytes: options.maxBufferedBytes,
    webSockets: options.webSockets,
    corsOrigins: options.corsOrigins,
    logError: () => {},
  });
  const clients: Client[] = [];
  const wsUrl = `ws://127.0.0.1:${running.port}/graphql`;
  return {
    running,
    db,
    wsUrl,
    request: graphqlRequest((init) => fetch(`http://127.0.0.1:${running.port}/graphql`, init)),
    token: (name, role, deployment = null) => createToken(db, name, role, deployment),
    client(token = ADMIN_TOKEN, clientOptions = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
        ...clientOptions,
      });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) await client.dispose();
      await running.close(1_000);
      await db.close();
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Received<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves once `count` events arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves with the first error. */
  waitForError(timeoutMs?: number): Promise<unknown>;
  stop(): void;
}

/** Subscribes to a typed subscription document and collects what arrives. */
export function collect<T, V extends Record<string, unknown>>(
  client: Client,
  query: TypedDocument<T, V>,
  variables?: V,
): Received<T> {
  const received: Received<T> = {
    events: [],
    errors: [],
    completed: false,
    waitFor: (count, timeoutMs = 5_000) =>
      waitUntil(
        () => received.events.length >= count,
        timeoutMs,
        () =>
          `only ${received.events.length} of ${count} events (errors: ${JSON.stringify(received.errors)})`,
      ).then(() => received.events),
    waitForError: (timeoutMs = 5_000) =>
      waitUntil(
        () => received.errors.length > 0,
        timeoutMs,
        () => "no error",
      ).then(() => received.errors[0]),
    stop: () => unsubscribe(),
  };
  const unsubscribe = client.subscribe<T>(
    { query: query.toString(), variables: variables ?? {} },
    {
      next: (result) => {
        if (result.errors) received.errors.push(result.errors);
        else if (result.data) received.events.push(result.data as T);
      },
      error: (error) => received.errors.push(error),
      complete: () => {
        received.completed = true;
      },
    },
  );
  return received;
}

export async function waitUntil(
  condition: () => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const PROJECT_LOADED = graphql(`
  subscription ProjectLoaded($deployment: String, $project: String, $after: String) {
    projectLoaded(deployment: $deployment, project: $project, after: $after) {
      id
      sequence
      status
      trigger
      project { name deployment { name } }
      assetsAdded
      assetsRemoved
      assetsChanged
      rollback { reason fromLoad { sequence } toLoad { sequence } resultingLoad { sequence } }
    }
  }
`);

export type LoadedEvent = ProjectLoadedSubscription;
