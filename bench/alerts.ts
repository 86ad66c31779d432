// Alert delivery benchmark: `npx tsx bench/alerts.ts [--postgres] [--loads N] [--concurrency N] [--backlog N]
// [--baseline N]`.
//
// 1. recordProjectLoad of a FAILURE load (GraphQL, in process) with no alert policy: the baseline.
// 2. The same with 10 matching policies and no sender running: what writing 10 outbox rows costs.
// 3. The real server (HTTP, sender running with its default settings) with 10 policies pointing at a
//    receiver on a local port that answers every POST after 50 ms: 1,000 failed loads recorded one after
//    the other while the sender delivers. Reports recording latency meanwhile, deliveries per second, and
//    the time from a load's mutation returning to the receiver having each of its 10 deliveries.
// Runs on a temporary SQLite file (or a throwaway PostgreSQL database with --postgres), deleted at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alertNetworksFromEnv } from "../src/alerts/network-guard";
import { createAlertSender, DEFAULT_SENDER_SETTINGS } from "../src/alerts/sender";
import { type App, createLocalApp, startServer } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { flag, integer, parseOptions } from "./args";
import { createThrowawayDatabase } from "./postgres";
import { loadAverage, ms, percentile, seconds, table } from "./stats";

const options = parseOptions(
  {
    usage: "tsx bench/alerts.ts",
    about:
      "Alert delivery: what the outbox adds to recordProjectLoad, and how fast the sender delivers to a slow receiver.",
  },
  {
    postgres: flag(
      "on a throwaway PostgreSQL database (BENCH_POSTGRES_URL or the local server) instead of SQLite",
    ),
    loads: integer("failed loads recorded while the sender delivers", 1_000),
    concurrency: integer("the sender's concurrency", DEFAULT_SENDER_SETTINGS.concurrency),
    backlog: integer("failed loads written with no server running, then sent by one that starts", 300),
    baseline: integer("timed loads per deployment with no sender running", 300),
  },
);
const onPostgres = options.postgres;
const LOADS = options.loads;
const CONCURRENCY = options.concurrency;
const POLICIES = 10;
const DRAIN_LOADS = options.backlog;
const RECEIVER_DELAY_MS = 50;
const BASELINE_RUNS = options.baseline;
const WARMUP = 30;
const ADMIN = "bench-alerts-admin-token-0123456789";
/** The receiver listens on loopback, which the sender refuses unless told, as an operator would tell it. */
const RECEIVER_NETWORKS = alertNetworksFromEnv({ ALERT_ALLOWED_NETWORKS: "127.0.0.0/8" });

type Send = (query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

async function answer(response: Response): Promise<Record<string, unknown>> {
  const text = await response.text();
  if (!text) throw new Error(`HTTP ${response.status} with an empty body`);
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data ?? {};
}

/** A new object per request: Yoga's in-process fetch writes content-length into the one it is given. */
const headers = () => ({ "content-type": "application/json", authorization: `Bearer ${ADMIN}` });

/** In process, through Yoga's fetch: no socket. */
const viaApp =
  (app: App): Send =>
  async (query, variables) =>
    answer(
      await app.fetch("http://bench/graphql", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ query, variables }),
      }),
    );

/**
 * Over HTTP, as deploy tooling sends it. While the sender works this is the honest measure: each request
 * arrives as I/O, as in production (a loop of in-process app.fetch calls on synchronous SQLite never
 * yields to the sender's sockets until it ends).
 */
const viaHttp =
  (url: string): Send =>
  async (query, variables) =>
    answer(
      await fetch(url, { method: "POST", headers: headers(), body: JSON.stringify({ query, variables }) }),
    );

const RECORD = `mutation ($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }`;
const CREATE = `mutation ($input: CreateAlertPolicyInput!) { createAlertPolicy(input: $input) { policy { id } } }`;

function failedLoad(deployment: string, i: number) {
  return {
    input: {
      deployment,
      project: `project-${i % 7}`,
      status: "FAILURE",
      error: `Traceback (most recent call last): ... ModuleNotFoundError: No module named 'pkg_${i}'`,
      image: `registry.example.com/etl:${i}`,
      git: {
        repositoryUrl: "https://github.com/acme/etl",
        commitHash: (i + 0x1000).toString(16).padStart(7, "0"),
      },
    },
  };
}

interface Timed {
  durations: number[];
  /** performance.now() when each load's mutation returned, by load ID. */
  recordedAt: Map<string, number>;
}

/**
 * Records failed loads in the given deployments in turn (one of each per round), so that whatever else
 * the machine does falls on all of them alike. `every[k]`: deployment k records only every k-th round.
 */
async function interleaved(
  send: Send,
  deployments: [string, string],
  rounds: number,
  warmup: number,
  every: [number, number] = [1, 1],
): Promise<[Timed, Timed]> {
  const results: [Timed, Timed] = [
    { durations: [], recordedAt: new Map() },
    { durations: [], recordedAt: new Map() },
  ];
  for (let round = -warmup; round < rounds; round++) {
    for (const [k, deployment] of deployments.entries()) {
      if (round >= 0 && round % every[k as 0 | 1] !== 0) continue;
      const variables = failedLoad(deployment, round + warmup);
      const start = performance.now();
      const data = (await send(RECORD, variables)) as { recordProjectLoad: { load: { id: string } } };
      const end = performance.now();
      if (round < 0) continue;
      results[k as 0 | 1].durations.push(end - start);
      results[k as 0 | 1].recordedAt.set(data.recordProjectLoad.load.id, end);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "project-history-bench-alerts-"));
  const postgres = onPostgres ? await createThrowawayDatabase("project_history_bench_alerts") : null;
  const databaseUrl = postgres?.url ?? `file:${join(dir, "bench.db")}`;
  console.log(
    `Alerts benchmark on ${onPostgres ? "PostgreSQL" : "SQLite"}: ${LOADS} failed loads x ${POLICIES} policies, receiver answers in ${RECEIVER_DELAY_MS} ms, sender concurrency ${CONCURRENCY}. Load average ${loadAverage()}`,
  );

  // The receiver: every POST is answered after 50 ms; the arrival time of each delivery is kept per load.
  const arrivals: { loadId: string; at: number; deliveryId: string }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { load: { id: string } };
      arrivals.push({ loadId: body.load.id, at, deliveryId: String(request.headers["x-delivery-id"]) });
      setTimeout(() => response.writeHead(204).end(), RECEIVER_DELAY_MS);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hook = (i: number) => `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/${i}`;

  const db = await openDatabase(databaseUrl);
  try {
    // 1 and 2: the app alone (no sender loop), so that only the recording transaction is measured:
    // loads of a deployment without policies and of one with 10, in turn.
    const local = viaApp(
      await createLocalApp({
        db,
        adminToken: ADMIN,
        logError: (m, e) => console.error(m, e),
        alerts: createAlertSender({ db, network: RECEIVER_NETWORKS }),
      }),
    );
    const idlePolicies: string[] = [];
    for (let i = 0; i < POLICIES; i++) {
      const data = (await local(CREATE, {
        input: {
          name: `idle-${i}`,
          deployment: "idle",
          events: ["PROJECT_LOAD_FAILED"],
          webhookUrl: hook(i),
        },
      })) as { createAlertPolicy: { policy: { id: string } } };
      idlePolicies.push(data.createAlertPolicy.policy.id);
    }
    const [without, enqueueOnly] = await interleaved(local, ["none", "idle"], BASELINE_RUNS, WARMUP);
    // Disabling cancels what they queued: the server below sends only its own run's deliveries.
    for (const id of idlePolicies) {
      await local(`mutation ($id: ID!) { updateAlertPolicy(input: { id: $id, enabled: false }) { id } }`, {
        id,
      });
    }

    // 3: the real server with its sender, its defaults but for the concurrency asked for. The 1,000 loads
    // with 10 policies go in turn with loads of a deployment without policies (one every third round).
    const server = await startServer({
      db,
      adminToken: ADMIN,
      port: 0,
      host: "127.0.0.1",
      alerts: { concurrency: CONCURRENCY, network: RECEIVER_NETWORKS },
    });
    const remote = viaHttp(`http://127.0.0.1:${server.port}/graphql`);
    for (let i = 0; i < POLICIES; i++) {
      await remote(CREATE, {
        input: {
          name: `policy-${i}`,
          deployment: "bench",
          events: ["PROJECT_LOAD_FAILED"],
          webhookUrl: hook(i),
        },
      });
    }
    const firstRecord = performance.now();
    const [busy, busyWithout] = await interleaved(remote, ["bench", "none-busy"], LOADS, 0, [1, 3]);
    const recordingDone = performance.now();
    const expected = LOADS * POLICIES;
    const deadline = Date.now() + 300_000;
    while (arrivals.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const lastArrival = Math.max(...arrivals.map((arrival) => arrival.at));
    await server.close(2_000);
    const busyArrivals = arrivals.length;

    // 4. The sender's own pace: a backlog of DRAIN_LOADS x 10 deliveries written while no server ran,
    // sent by a server that starts on it.
    for (let i = 0; i < DRAIN_LOADS; i++) await local(RECORD, failedLoad("bench", LOADS + i));
    const drainStart = performance.now();
    const restarted = await startServer({
      db,
      adminToken: ADMIN,
      port: 0,
      host: "127.0.0.1",
      alerts: { concurrency: CONCURRENCY, network: RECEIVER_NETWORKS },
    });
    const drainExpected = busyArrivals + DRAIN_LOADS * POLICIES;
    while (arrivals.length < drainExpected && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const drainSeconds =
      (Math.max(...arrivals.slice(busyArrivals).map((arrival) => arrival.at)) - drainStart) / 1000;
    await restarted.close(2_000);

    const latencies = arrivals
      .filter((arrival) => busy.recordedAt.has(arrival.loadId))
      .map((arrival) => arrival.at - (busy.recordedAt.get(arrival.loadId) ?? 0));
    const duplicates = arrivals.length - new Set(arrivals.map((arrival) => arrival.deliveryId)).size;
    const statuses = await db.prisma.alertDelivery.groupBy({
      by: ["status"],
      where: { policy: { deployment: "bench" } },
      _count: true,
    });

    const row = (name: string, samples: number[], baseline: number[] | null) => [
      name,
      String(samples.length),
      ms(percentile(samples, 0.5)),
      ms(percentile(samples, 0.95)),
      ms(percentile(samples, 0.99)),
      baseline ? ms(percentile(samples, 0.5) - percentile(baseline, 0.5)) : "",
      baseline ? ms(percentile(samples, 0.95) - percentile(baseline, 0.95)) : "",
    ];
    console.log(
      "\nrecordProjectLoad of a FAILURE load, ms (no sender: GraphQL in process; sender delivering: over HTTP)",
    );
    console.log(
      table(
        ["", "runs", "p50", "p95", "p99", "added p50", "added p95"],
        [
          row("no sender: no policies", without.durations, null),
          row(`no sender: ${POLICIES} policies (outbox rows only)`, enqueueOnly.durations, without.durations),
          row("sender delivering: no policies", busyWithout.durations, null),
          row(`sender delivering: ${POLICIES} policies`, busy.durations, busyWithout.durations),
        ],
      ),
    );
    console.log("(added: against the row above it, recorded in turn with it: the same conditions for both)");
    const windowSeconds = (lastArrival - firstRecord) / 1000;
    const drained = arrivals.slice(0, busyArrivals).filter((arrival) => arrival.at > recordingDone).length;
    console.log(
      `\ndeliveries: ${arrivals.length} of ${expected + DRAIN_LOADS * POLICIES} received (duplicates: ${duplicates}); statuses: ${statuses
        .map((entry) => `${entry.status} ${entry._count}`)
        .join(", ")}`,
    );
    console.log(
      `while recording: ${(busyArrivals / windowSeconds).toFixed(0)} deliveries/s (first load recorded to last delivery received: ${seconds(lastArrival - firstRecord)}; recording took ${seconds(recordingDone - firstRecord)}, ${drained} deliveries arrived after it)`,
    );
    console.log(
      `backlog: ${arrivals.length - busyArrivals} of ${DRAIN_LOADS * POLICIES} deliveries written with no server running were sent in ${drainSeconds.toFixed(1)} s after start: ${((arrivals.length - busyArrivals) / drainSeconds).toFixed(0)} deliveries/s`,
    );
    console.log(
      `load recorded -> delivery received: p50 ${ms(percentile(latencies, 0.5))} ms, p99 ${ms(percentile(latencies, 0.99))} ms, max ${ms(Math.max(...latencies))} ms`,
    );
    console.log(`load average at the end ${loadAverage()}`);
  } finally {
    await db.close();
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
    await postgres?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
