import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type RunningServer, startServer } from "../../src/app/server";
import { type Database, openDatabase } from "../../src/db/index";
import { MIGRATIONS_DIRS, readMigrations } from "../../src/db/migrate";
import { graphql } from "../generated";
import { ADMIN_TOKEN, codes, createToken, graphqlRequest, RECORD, record, type TestServer } from "../helpers";
import { collect, PROJECT_LOADED, waitUntil } from "../live/live-helpers";
import { createTestDatabase, onPostgres, type TestDatabase } from "../test-database";
import { TcpProxy } from "./tcp-proxy";

// Several instances on one PostgreSQL database and one Redis: run by `npm run test:postgres`.
const REDIS_HOST = "127.0.0.1";
const REDIS_PORT = 6379;

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis({ host: REDIS_HOST, port: REDIS_PORT, lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await redis.connect();
    return (await redis.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

const redisUp = onPostgres ? await redisAnswers() : false;
if (onPostgres && !redisUp) {
  console.warn(
    `${"!".repeat(100)}\nSKIPPED: the several-instance tests need Redis on ${REDIS_HOST}:${REDIS_PORT}, and none answers.\n${"!".repeat(100)}`,
  );
}

interface Instance {
  db: Database;
  server: RunningServer;
  request: TestServer["request"];
  ws: string;
}

async function startInstance(url: string, redisUrl: string): Promise<Instance> {
  const db = await openDatabase(url, { poolSize: 5 });
  const server = await startServer({
    db,
    adminToken: ADMIN_TOKEN,
    port: 0,
    host: "127.0.0.1",
    redisUrl,
    logError: () => {},
  });
  return {
    db,
    server,
    ws: `ws://127.0.0.1:${server.port}/graphql`,
    request: graphqlRequest((init) => fetch(`http://127.0.0.1:${server.port}/graphql`, init)),
  };
}

const REVOKE_EVERYWHERE = graphql(`
  mutation RevokeEverywhere { revokeApiToken(name: "revoked-everywhere") }
`);

const REVOKED_EVERYWHERE_SSE = graphql(`
  subscription RevokedEverywhereSse { projectLoaded(project: "revoked-everywhere") { sequence } }
`);

function client(instance: Instance, token: string = ADMIN_TOKEN) {
  return createClient({
    url: instance.ws,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
  });
}

describe.runIf(onPostgres && redisUp)("several instances on one PostgreSQL database and one Redis", () => {
  let dir: string;
  let database: TestDatabase;
  let proxy: TcpProxy;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "project-history-instances-"));
    database = await createTestDatabase(dir);
    proxy = new TcpProxy(REDIS_HOST, REDIS_PORT);
    await proxy.start();
    const redisUrl = `redis://127.0.0.1:${proxy.port}`;
    [a, b] = await Promise.all([
      startInstance(database.url, redisUrl),
      startInstance(database.url, redisUrl),
    ]);
  });

  afterAll(async () => {
    for (const instance of [a, b]) {
      await instance?.server.close(1_000);
      await instance?.db.close();
    }
    await proxy?.stop();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const subscriptions = (instance: Instance, count: number) =>
    waitUntil(
      () => instance.server.live.events.size === count,
      10_000,
      () => `${instance.server.live.events.size} subscriptions, not ${count}`,
    );

  it("delivers loads recorded on either instance to subscribers on both, in sequence order, once", async () => {
    const onA = collect(client(a), PROJECT_LOADED, { project: "shared" });
    const onB = collect(client(b), PROJECT_LOADED, { project: "shared" });
    await subscriptions(a, 1);
    await subscriptions(b, 1);
    // Recorded concurrently through both instances: commits interleave.
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        record(i % 2 ? a : b, { project: "shared", image: `img:${i}`, assets: [] }),
      ),
    );
    const expected = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const received of [onA, onB]) {
      await received.waitFor(20, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(received.events.map((event) => event.projectLoaded.sequence)).toEqual(expected);
      received.stop();
    }
  });

  it("gives 20 concurrent recorders of one project sequences 1..20 across instances", async () => {
    const loads = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        record(i % 2 ? a : b, { project: "race", assets: [{ key: `k${i % 4}` }] }),
      ),
    );
    expect(loads.map((load) => load.sequence).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it("keeps idempotency across instances", async () => {
    const input = { project: "idem", image: "img:1", assets: [], idempotencyKey: "deploy-7" };
    const loads = await Promise.all([record(a, input), record(b, input), record(a, input), record(b, input)]);
    expect(new Set(loads.map((load) => load.id)).size).toBe(1);
    const conflict = await a.request(RECORD, { input: { ...input, image: "img:2" } });
    expect(codes(conflict)).toEqual(["CONFLICT"]);
  });

  it("interleaves concurrent rollbacks and records without losing a load or corrupting currentLoad", async () => {
    const first = await record(a, {
      project: "mixed",
      image: "v1",
      assets: [{ key: "a", codeVersion: "1" }],
    });
    const second = await record(b, {
      project: "mixed",
      image: "v2",
      assets: [{ key: "a", codeVersion: "2" }],
    });
    const ROLLBACK = graphql(`
      mutation InstancesRollback($id: ID!) {
        rollbackProject(input: { loadId: $id }) { load { sequence } rollback { fromLoad { sequence } } }
      }
    `);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        const instance = i % 2 ? a : b;
        if (i % 3 === 0) return instance.request(ROLLBACK, { id: i % 2 ? first.id : second.id });
        return instance.request(RECORD, {
          input: { project: "mixed", image: `v${i + 3}`, assets: [{ key: "a", codeVersion: `${i + 3}` }] },
        });
      }),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const state = await a.request(
      graphql(`
        query MixedProjectState {
          project(name: "mixed") {
            loadCount
            currentLoad { sequence }
            history(collapseSimilar: false, first: 100) {
              edges { node { load { sequence trigger rollback { fromLoad { sequence } } } } }
            }
          }
        }
      `),
    );
    const project = state.data?.project;
    if (!project) throw new Error(`no project "mixed": ${JSON.stringify(state)}`);
    expect(project.loadCount).toBe(14);
    expect(project.currentLoad?.sequence).toBe(14);
    const loads = project.history.edges.map((edge) => edge.node.load);
    expect(loads.map((load) => load.sequence)).toEqual(Array.from({ length: 14 }, (_, i) => 14 - i));
    // Each rollback replaced the load just before it: it saw the state the previous writer left.
    for (const load of loads.filter((load) => load.trigger === "ROLLBACK")) {
      expect(load.rollback?.fromLoad.sequence).toBe(load.sequence - 1);
    }
  });

  it("ends a revoked token's subscriptions on every instance, over graphql-ws and SSE", async () => {
    const token = await createToken(a.db, "revoked-everywhere", "VIEWER", null);
    const onA = collect(client(a, token), PROJECT_LOADED, { project: "revoked-everywhere" });
    const response = await fetch(`http://127.0.0.1:${b.server.port}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: REVOKED_EVERYWHERE_SSE.toString() }),
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let sse = "";
    const sseDone = (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) break;
        sse += new TextDecoder().decode(value);
      }
    })();
    await subscriptions(a, 1);
    await subscriptions(b, 1);
    await record(a, { project: "revoked-everywhere", assets: [] });
    await onA.waitFor(1, 10_000);
    await waitUntil(
      () => sse.includes('"sequence":1'),
      10_000,
      () => sse,
    );

    expect((await a.request(REVOKE_EVERYWHERE)).data).toEqual({ revokeApiToken: true });
    const errors = (await onA.waitForError(10_000)) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code, JSON.stringify(errors)).toBe("UNAUTHENTICATED");
    await sseDone;
    expect(sse).toContain("UNAUTHENTICATED");
    // No wall-clock assertion (the machine may be loaded): the notice goes through Redis at once, and each
    // instance's 5 s poll of its subscribers' tokens is the bound when a notice is lost.
    await subscriptions(a, 0);
    await subscriptions(b, 0);
  });

  it("resumes with after on another instance", async () => {
    const onA = collect(client(a), PROJECT_LOADED, { project: "moving" });
    await subscriptions(a, 1);
    await record(a, { project: "moving", assets: [] });
    const [last] = await onA.waitFor(1);
    onA.stop();
    await record(b, { project: "moving", image: "while-away", assets: [] });
    await record(a, { project: "moving", image: "while-away-2", assets: [] });
    const onB = collect(client(b), PROJECT_LOADED, {
      project: "moving",
      after: last?.projectLoaded.id,
    });
    expect((await onB.waitFor(2)).map((event) => event.projectLoaded.sequence)).toEqual([2, 3]);
    onB.stop();
  });

  it("keeps serving when Redis goes away, says so on /ready, tells subscribers, and catches up when it is back", async () => {
    const closedWith = new Promise<number>((resolve) => {
      const c = createClient({
        url: b.ws,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
        retryAttempts: 0,
        lazy: true,
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      collect(c, PROJECT_LOADED, { project: "outage" });
    });
    await subscriptions(b, 1);
    const before = await record(a, { project: "outage", assets: [] });

    proxy.cut();
    expect(await closedWith).toBe(1013);
    await waitUntil(
      () => !a.server.live.ready && !b.server.live.ready,
      5_000,
      () => "still ready",
    );
    for (const instance of [a, b]) {
      const ready = await fetch(`http://127.0.0.1:${instance.server.port}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        ready: false,
        database: "reachable",
        liveDelivery: "interrupted",
      });
    }
    // Queries and mutations go on.
    const during = await record(a, { project: "outage", image: "during", assets: [] });
    expect(during.sequence).toBe(2);
    const refused = collect(client(b), PROJECT_LOADED, { project: "outage" });
    const errors = (await refused.waitForError()) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe("UNAVAILABLE");

    proxy.restore();
    await waitUntil(
      () => a.server.live.ready && b.server.live.ready,
      15_000,
      () => "Redis did not come back",
    );
    expect((await fetch(`http://127.0.0.1:${b.server.port}/ready`)).status).toBe(200);
    const resumed = collect(client(b), PROJECT_LOADED, { project: "outage", after: before.id });
    expect((await resumed.waitFor(1)).map((event) => event.projectLoaded.sequence)).toEqual([2]);
    await record(a, { project: "outage", image: "after", assets: [] });
    expect((await resumed.waitFor(2)).map((event) => event.projectLoaded.sequence)).toEqual([2, 3]);
    resumed.stop();
  });
});

describe.runIf(onPostgres)("start-up on PostgreSQL", () => {
  it("migrates an empty database once when two instances start at the same moment", async () => {
    const dir = mkdtempSync(join(tmpdir(), "project-history-startup-"));
    const database = await createTestDatabase(dir);
    try {
      const [first, second] = await Promise.all([openDatabase(database.url), openDatabase(database.url)]);
      const check = new pg.Client({ connectionString: database.url });
      await check.connect();
      const applied = await check.query(`SELECT "name" FROM "_migrations" ORDER BY "name"`);
      const counters = await check.query(`SELECT "id", "position" FROM "FeedCounter"`);
      await check.end();
      expect(applied.rows.map((row) => row.name)).toEqual(
        readMigrations(MIGRATIONS_DIRS.postgresql).map((m) => m.name),
      );
      expect(counters.rows).toEqual([{ id: 1, position: 0 }]);
      await first.close();
      await second.close();
    } finally {
      await database.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses to start with one clear message when the database is unreachable or the URL malformed", async () => {
    await expect(openDatabase("postgresql://postgres:secret@127.0.0.1:1/nothing")).rejects.toThrow(
      /cannot reach the PostgreSQL database at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/nothing/,
    );
    await expect(openDatabase("postgresql://postgres:secret@127.0.0.1:1/nothing")).rejects.not.toThrow(
      /secret/,
    );
    await expect(openDatabase("postgresql://[oops")).rejects.toThrow(/not a valid postgresql:\/\/ URL/);
  });
});
