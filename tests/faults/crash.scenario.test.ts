import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/index";
import { encodeGlobalId } from "../../src/domain/ids";
import { createPolicy, FAILED_LOAD, rowId } from "../alerts/alert-helpers";
import { eventually, RECEIVER_NETWORK_ENV, Receiver } from "../alerts/receiver";
import { MainProcess } from "../e2e/process";
import { ADMIN_TOKEN, graphqlRequest, record } from "../helpers";
import { waitUntil } from "../live/live-helpers";
import { createTestDatabase, onPostgres, type TestDatabase } from "../test-database";
import { waitForSubscriptions } from "./fault-helpers";
import { type Endpoint, tableRow, Workload } from "./scenario";

// kill -9 scenarios against real server processes (issue 16, point 5): one of two instances mid-load
// (PostgreSQL and Redis), a SQLite server during a burst, and a server with alert deliveries in flight.
// Run by `npm run test:faults`.

const HEADER = "| scenario | acknowledged | stored | delivered | duplicates | gaps | recovery |";
const processes: MainProcess[] = [];
const cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const process of processes.splice(0)) await process.kill();
  for (const step of cleanup.splice(0).reverse()) await step().catch(() => {});
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "project-history-crash-"));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function launch(
  env: Record<string, string>,
): Promise<{ process: MainProcess; port: number; baseUrl: string }> {
  const process = new MainProcess({ ADMIN_TOKEN, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env });
  processes.push(process);
  const { port } = await process.ready(60_000);
  return { process, port, baseUrl: `http://127.0.0.1:${port}` };
}

function endpointOf(port: number): Endpoint {
  return { http: `http://127.0.0.1:${port}/graphql`, ws: `ws://127.0.0.1:${port}/graphql` };
}

async function storedOnPostgres(url: string, project: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      `SELECT count(*)::int AS n FROM "ProjectLoad" l JOIN "Project" p ON p."id" = l."projectId"
       WHERE p."name" = $1 AND l."image" <> 'seed'`,
      [project],
    );
    return result.rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe.runIf(onPostgres)("kill -9 of one of two instances mid-load (PostgreSQL, Redis)", () => {
  it("loses no acknowledged load; every subscriber gets each once, in order, after resuming", {
    timeout: 240_000,
  }, async () => {
    const dir = tempDir();
    const database: TestDatabase = await createTestDatabase(dir);
    cleanup.push(() => database.dispose());
    const env = { DATABASE_URL: database.url, REDIS_URL: "redis://127.0.0.1:6379" };
    const a = await launch(env);
    const b = await launch(env);
    let endpoints = [endpointOf(a.port), endpointOf(b.port)];
    const workload = new Workload({
      endpoints: () => endpoints,
      project: "killed",
      recorders: 10,
      loadsPerRecorder: 12,
      subscribers: 20,
      paceMs: 100,
    });
    await workload.startSubscribers();
    await waitForSubscriptions([a.baseUrl, b.baseUrl], 20);
    workload.startRecorders();
    await workload.acknowledgedAtLeast(40, 90_000);

    await a.process.kill();
    endpoints = [endpointOf(b.port)];
    workload.faultEnded();
    await workload.finish(120_000);
    const figures = workload.figures(await storedOnPostgres(database.url, "killed"));
    console.log(`${HEADER}\n${tableRow("kill -9 of 1 of 2 instances", figures)}`);
    expect(figures).toMatchObject({ acknowledged: 120, stored: 120, duplicates: 0, gaps: 0, outOfOrder: 0 });
    expect(figures.delivered).toEqual(Array.from({ length: 20 }, () => 120));
  });
});

describe("kill -9 of a SQLite server during a burst", () => {
  it("keeps every acknowledged load once after the restart, and the file passes integrity_check", {
    timeout: 240_000,
  }, async () => {
    const file = join(tempDir(), "history.db");
    const env = { DATABASE_URL: `file:${file}` };
    const first = await launch(env);
    let endpoints = [endpointOf(first.port)];
    const workload = new Workload({
      endpoints: () => endpoints,
      project: "burst",
      recorders: 10,
      loadsPerRecorder: 12,
      subscribers: 20,
      paceMs: 20,
    });
    await workload.startSubscribers();
    await waitForSubscriptions([first.baseUrl], 20);
    workload.startRecorders();
    await workload.acknowledgedAtLeast(40, 90_000);

    await first.process.kill();
    workload.faultEnded();
    const second = await launch(env);
    endpoints = [endpointOf(second.port)];
    await workload.finish(120_000);
    process.kill(second.process.child.pid as number, "SIGTERM");
    await second.process.waitForExit(15_000);

    const sqlite = new Sqlite(file, { readonly: true });
    const integrity = sqlite.pragma("integrity_check") as { integrity_check: string }[];
    const stored = sqlite
      .prepare(
        `SELECT count(*) AS n FROM "ProjectLoad" l JOIN "Project" p ON p."id" = l."projectId"
         WHERE p."name" = 'burst' AND l."image" <> 'seed'`,
      )
      .get() as { n: number };
    sqlite.close();
    const figures = workload.figures(stored.n);
    console.log(`${HEADER}\n${tableRow("SQLite kill -9 during a burst, restart", figures)}`);
    expect(integrity).toEqual([{ integrity_check: "ok" }]);
    expect(figures).toMatchObject({ acknowledged: 120, stored: 120, duplicates: 0, gaps: 0, outOfOrder: 0 });
    expect(figures.delivered).toEqual(Array.from({ length: 20 }, () => 120));
  });
});

describe("kill -9 with 32 alert deliveries in flight", () => {
  it("delivers all 50 after a restart, each accepted once, the crashed claims within about a lease", {
    timeout: 240_000,
  }, async () => {
    const dir = tempDir();
    const database = await createTestDatabase(dir);
    cleanup.push(() => database.dispose());
    const receiver = await new Receiver().start();
    cleanup.push(() => receiver.close());
    // The first request of each delivery hangs (the crash catches it in flight); later ones are accepted.
    const seen = new Set<string>();
    const accepted = new Map<string, number>();
    receiver.answer = (request) => {
      const id = String(request.headers["x-delivery-id"]);
      if (!seen.has(id)) {
        seen.add(id);
        return "hang";
      }
      accepted.set(id, (accepted.get(id) ?? 0) + 1);
      return { status: 200 };
    };
    const env = { DATABASE_URL: database.url, ...RECEIVER_NETWORK_ENV };
    const first = await launch(env);
    const api = { request: graphqlRequest((init) => fetch(endpointOf(first.port).http, init)) };
    const policy = await createPolicy(api, { name: "pager", webhookUrl: receiver.url("/pager") });
    for (let i = 0; i < 50; i++) await record(api, { project: `etl-${i % 5}`, ...FAILED_LOAD });
    await receiver.waitFor(32, 60_000);

    await first.process.kill();
    const killedAt = Date.now();
    const second = await launch(env);
    const db = await openDatabase(database.url);
    cleanup.push(() => db.close());
    await waitUntil(
      () => accepted.size === 50,
      120_000,
      () => `${accepted.size} of 50 deliveries accepted`,
    );
    const recoveredAt = Math.max(...receiver.received.map((request) => request.at));
    // Accepted deliveries are recorded in batches: read once they all are.
    const rows = await eventually(
      () => db.prisma.alertDelivery.findMany({ where: { policyId: rowId(policy.id) } }),
      (found) => found.filter((row) => row.status === "DELIVERED").length === 50,
      30_000,
    );
    const delivered = rows.filter((row) => row.status === "DELIVERED").length;
    const duplicates = [...accepted.values()].reduce((sum, count) => sum + (count - 1), 0);
    console.log(
      `${HEADER}\n| kill -9 with 32 alert deliveries in flight | 50 loads | ${rows.length} deliveries | ${delivered} delivered | ${duplicates} | ${50 - accepted.size} | ${((recoveredAt - killedAt) / 1000).toFixed(1)} s to the last |`,
    );
    expect(rows).toHaveLength(50);
    expect(delivered).toBe(50);
    expect(duplicates).toBe(0);
    const attempts = new Map<number, number>();
    for (const row of rows) attempts.set(row.attempts, (attempts.get(row.attempts) ?? 0) + 1);
    console.log(`attempts per delivery: ${JSON.stringify(Object.fromEntries(attempts))}`);
    // Every request the receiver got was a counted attempt (a claim that the crash caught before its request
    // left counts too, so attempts may exceed requests, never the reverse).
    const requests = new Map<string, number>();
    for (const request of receiver.received) {
      const id = String(request.headers["x-delivery-id"]);
      requests.set(id, (requests.get(id) ?? 0) + 1);
    }
    for (const row of rows) {
      expect(requests.get(encodeGlobalId("AlertDelivery", row.id)) ?? 0).toBeLessThanOrEqual(row.attempts);
    }
    process.kill(second.process.child.pid as number, "SIGTERM");
    await second.process.waitForExit(15_000);
  });
});
