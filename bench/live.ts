// Live delivery benchmark: one server process, N idle graphql-ws subscribers, then 100 loads recorded.
// Reports publish-to-receive latency (p50/p99 over every delivery), events lost, server RSS per idle
// connection and server CPU time per delivered event. Usage: tsx bench/live.ts [--quick] [--subscribers 1000,5000]
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { DEFAULT_DEPLOYMENT } from "../src/domain/names";
import { flag, integers, parseOptions } from "./args";
import { count, kb, mb, ms, seconds, summarize, table } from "./stats";

const ARGS = process.argv.slice(2);
const options = parseOptions(
  {
    usage: "tsx bench/live.ts",
    about: "Live delivery: idle graphql-ws subscribers on one server process, then loads recorded.",
  },
  {
    quick: flag("smoke version: 200 subscribers, 20 loads"),
    subscribers: integers(
      "the numbers of subscribers to run with, one run each",
      "1000,5000; 200 with --quick",
    ),
  },
  ARGS,
);
const quick = options.quick;
const sizes = options.subscribers ?? (quick ? [200] : [1_000, 5_000]);
const LOADS = quick ? 20 : 100;
const ADMIN = "bench-admin-token-0123456789";

interface Stats {
  rss: number;
  cpuMicros: number;
  subscriptions: number;
}

function startServerProcess(): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL("./live-server.ts", import.meta.url)), [], {
    execArgv: [
      "--import",
      "tsx",
      "--expose-gc",
      ...(process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=/tmp/prof"] : []),
    ],
    env: { ...process.env, BENCH_ADMIN_TOKEN: ADMIN },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.on("message", (message: { type: string; port?: number }) => {
      if (message.type === "listening") resolve({ child, port: message.port as number });
    });
  });
}

function ask<T>(child: ChildProcess, request: string, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: { type: string }) => {
      if (message.type !== reply) return;
      child.off("message", listener);
      resolve(message as T);
    };
    child.on("message", listener);
    child.send(request);
  });
}

async function serverStats(child: ChildProcess): Promise<Stats> {
  await ask(child, "gc", "gc-done");
  return ask<Stats>(child, "stats", "stats");
}

async function graphql(port: number, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const RECORD = `mutation ($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }`;
const SUBSCRIBE = `subscription { projectLoaded(deployment: "${DEFAULT_DEPLOYMENT}") { id sequence recordedAt status project { name } } }`;

async function run(subscribers: number) {
  const { child, port } = await startServerProcess();
  const baseline = await serverStats(child);
  const latencies: number[] = [];
  const received = new Array<number>(subscribers).fill(0);
  const sockets: WebSocket[] = [];
  // Plain sockets speaking graphql-transport-ws: the clients should cost the shared cores as little as
  // possible, so that the numbers are the server's.
  const connect = (index: number) =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, "graphql-transport-ws");
      sockets.push(socket);
      socket.once("error", reject);
      socket.once("open", () =>
        socket.send(
          JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${ADMIN}` } }),
        ),
      );
      socket.on("message", (raw) => {
        const text = raw.toString();
        if (text.startsWith('{"type":"connection_ack"')) {
          socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: SUBSCRIBE } }));
          resolve();
          return;
        }
        const message = JSON.parse(text) as {
          type: string;
          payload?: { data?: { projectLoaded: { recordedAt: string } } };
        };
        if (message.type === "ping") {
          socket.send('{"type":"pong"}');
          return;
        }
        const data = message.payload?.data;
        if (message.type !== "next" || !data) return;
        received[index] = (received[index] ?? 0) + 1;
        latencies.push(Date.now() - Date.parse(data.projectLoaded.recordedAt));
      });
    });
  // Connect in batches: thousands of simultaneous handshakes would overflow the listen backlog.
  for (let start = 0; start < subscribers; start += 250) {
    const batch = [];
    for (let index = start; index < Math.min(subscribers, start + 250); index++) batch.push(connect(index));
    await Promise.all(batch);
  }
  for (;;) {
    const stats = await ask<Stats>(child, "stats", "stats");
    if (stats.subscriptions === subscribers) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const idle = await serverStats(child);
  const recordStart = Date.now();
  for (let i = 0; i < LOADS; i++) {
    await graphql(port, RECORD, {
      input: { project: `p${i % 5}`, image: `img:${i}`, assets: [{ key: "a", codeVersion: String(i) }] },
    });
  }
  const expected = subscribers * LOADS;
  const deadline = Date.now() + 60_000;
  while (latencies.length < expected && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const recordMs = Date.now() - recordStart;
  const after = await ask<Stats>(child, "stats", "stats");
  for (const socket of sockets) socket.close();
  child.send("stop");
  await new Promise((resolve) => child.once("exit", resolve));
  const summary = summarize(latencies);
  return {
    subscribers,
    delivered: latencies.length,
    lost: expected - latencies.length,
    p50: summary.median,
    p99: summary.p99,
    max: summary.max,
    perConnection: (idle.rss - baseline.rss) / subscribers,
    idleRss: idle.rss,
    cpuPerEventMicros: (after.cpuMicros - idle.cpuMicros) / Math.max(1, latencies.length),
    recordMs,
  };
}

console.log(
  `Live delivery: ${LOADS} loads recorded one after another, every subscriber watching deployment "${DEFAULT_DEPLOYMENT}"`,
);
console.log(`command: npx tsx bench/live.ts${ARGS.length ? ` ${ARGS.join(" ")}` : ""}\n`);
const rows = [];
for (const subscribers of sizes) {
  const result = await run(subscribers);
  rows.push([
    count(result.subscribers),
    count(result.delivered),
    count(result.lost),
    ms(result.p50),
    ms(result.p99),
    ms(result.max),
    kb(result.perConnection),
    mb(result.idleRss),
    `${result.cpuPerEventMicros.toFixed(0)} µs`,
    seconds(result.recordMs),
  ]);
}
console.log(
  table(
    [
      "subscribers",
      "delivered",
      "lost",
      "p50 ms",
      "p99 ms",
      "max ms",
      "RSS/conn",
      "server RSS",
      "CPU/event",
      "wall",
    ],
    rows,
  ),
);
console.log("\ngoals: p99 < 250 ms at 5,000 subscribers; 0 lost; < 30 KB per idle connection");
console.log("latency: from the load's recordedAt (set in its transaction) to arrival at the subscriber");
