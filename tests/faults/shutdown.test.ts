import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { MainProcess } from "../e2e/process";
import { ADMIN_TOKEN } from "../helpers";
import { collect, type LiveServer, PROJECT_LOADED, startLiveServer } from "../live/live-helpers";
import { createTestDatabase, onPostgres, type TestDatabase } from "../test-database";
import {
  bigRecordBody,
  type Outcome,
  slowPost,
  sseSubscription,
  waitForSubscriptions,
} from "./fault-helpers";

// Shutdown drains: requests whose bodies are still arriving are answered, not reset (issue 16, point 1).

const SUBSCRIBE = "subscription { projectLoaded { id sequence } }";

describe("SIGTERM with slow requests and subscriptions open", () => {
  let server: MainProcess | null = null;
  let dir: string | null = null;
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await server?.kill();
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("answers all 20 requests whose bodies are still arriving, closes WebSockets with 1001 and ends SSE", {
    timeout: 90_000,
  }, async () => {
    dir = mkdtempSync(join(tmpdir(), "project-history-drain-"));
    database = await createTestDatabase(dir);
    server = new MainProcess({
      ADMIN_TOKEN,
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      LOG_LEVEL: "info",
      // On PostgreSQL, as the report ran it: with Redis for live delivery.
      ...(onPostgres ? { REDIS_URL: "redis://127.0.0.1:6379" } : {}),
    });
    const { port, baseUrl } = await server.ready();
    const closes: Promise<number>[] = [];
    for (let i = 0; i < 10; i++) {
      closes.push(
        new Promise<number>((resolve) => {
          const client = createClient({
            url: `ws://127.0.0.1:${port}/graphql`,
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
            retryAttempts: 0,
            lazy: true,
            on: { closed: (event) => resolve((event as { code: number }).code) },
          });
          collect(client, PROJECT_LOADED);
        }),
      );
    }
    const sse = Array.from({ length: 10 }, () => sseSubscription(port, SUBSCRIBE, () => {}));
    await waitForSubscriptions([baseUrl], 20);

    // About 1 s to send each body: SIGTERM arrives while all 20 are still being read.
    const requests = Array.from({ length: 20 }, (_, i) => slowPost(port, bigRecordBody(`slow-${i}`), 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(server.child.pid as number, "SIGTERM");

    const outcomes = await Promise.all(requests);
    const summary = outcomes.map((outcome) =>
      outcome.kind === "reset"
        ? `reset: ${outcome.error}`
        : outcome.status === 200
          ? "200"
          : `${outcome.status} connection=${outcome.connection} retry-after=${outcome.retryAfter}`,
    );
    const finished = summary.filter((line) => line === "200").length;
    console.log(
      `SIGTERM drain: ${finished} of 20 requests answered 200, ${20 - finished} answered 503, ${summary.filter((line) => line.startsWith("reset")).length} reset`,
    );
    // Each is answered: 200 when it finished within the drain time (8 s), else a retryable 503; never reset.
    // (On a machine loaded enough, the 8 s are not enough for all 20 recordings, whatever the server does.)
    for (const line of summary) expect(["200", "503 connection=close retry-after=1"]).toContain(line);
    for (const outcome of outcomes) {
      if (outcome.kind === "answered" && outcome.status === 200)
        expect(JSON.parse(outcome.body)).toEqual({ data: { recordProjectLoad: { load: { sequence: 1 } } } });
    }
    expect(await Promise.all(closes)).toEqual(Array.from({ length: 10 }, () => 1001));
    expect(await Promise.all(sse)).toEqual(Array.from({ length: 10 }, () => "ended"));
    expect(await server.waitForExit(15_000)).toEqual({ code: 0, signal: null });
  });
});

describe("a drain too short for the requests in flight", () => {
  let live: LiveServer | null = null;
  afterEach(async () => {
    await live?.close();
    live = null;
  });

  it("answers them 503 with Connection: close and Retry-After, stores nothing, resets none", {
    timeout: 60_000,
  }, async () => {
    live = await startLiveServer();
    const { running, db } = live;
    // About 4 s to send each body, against a 1 s drain.
    const requests = Array.from({ length: 20 }, (_, i) =>
      slowPost(running.port, bigRecordBody(`cut-${i}`), 400),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await running.close(1_000);
    const outcomes: Outcome[] = await Promise.all(requests);
    for (const outcome of outcomes) {
      expect(outcome.kind).toBe("answered");
      if (outcome.kind !== "answered") continue;
      expect(outcome).toMatchObject({ status: 503, connection: "close", retryAfter: "1" });
      expect(JSON.parse(outcome.body).errors[0].extensions.code).toBe("UNAVAILABLE");
    }
    expect(await db.prisma.projectLoad.count()).toBe(0);
  });
});
