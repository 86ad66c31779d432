// The Dagster agent against the real dagster-webserver (tests/dagster/harness.ts; run scripts/setup-dagster.sh
// first): how long a code server restart takes to become a recorded load, what the agent costs while idle
// and while recording a 2,000-asset location, and how many requests it sends Dagster while nothing changes.
//
//   npx tsx bench/agent.ts [--samples N] [--intervals 1,5] [--assets 2000] [--idle-seconds 60]
//
// The agent runs as the single-file CLI (`npm run build:cli`'s output, built here into a temporary folder),
// a process of its own, so that its CPU time and RSS are its own (read from /proc). Its requests to Dagster go
// through a counting HTTP proxy. The history server runs in this process on a temporary SQLite database.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCliBundle } from "../src/app/cli-download";
import { startServer } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { type DagsterStack, dagsterSetup } from "../tests/dagster/harness";
import { summarize, table } from "./stats";

const { values } = parseArgs({
  options: {
    samples: { type: "string", default: "5" },
    intervals: { type: "string", default: "1,5" },
    assets: { type: "string", default: "2000" },
    "idle-seconds": { type: "string", default: "60" },
  },
});
const SAMPLES = Number(values.samples);
// --intervals "" measures the 2,000-asset location alone.
const INTERVALS = String(values.intervals).split(",").filter(Boolean).map(Number);
const ASSETS = Number(values.assets);
const IDLE_SECONDS = Number(values["idle-seconds"]);
const ADMIN = "bench-admin-token-0123456789abcdef";
const CLOCK_TICKS = 100; // USER_HZ on Linux

if (!dagsterSetup().available) process.exit(1);
const { DagsterStack: Stack } = await import("../tests/dagster/harness");

/** CPU seconds (user + system) and RSS of a process, from /proc. */
function usage(pid: number): { cpuSeconds: number; rssMb: number; peakRssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { cpuSeconds, rssMb: kb("VmRSS") / 1024, peakRssMb: kb("VmHWM") / 1024 };
}

/** An HTTP proxy in front of the webserver that counts the agent's requests. */
async function countingProxy(
  target: string,
): Promise<{ url: string; count: () => number; close: () => void }> {
  const upstream = new URL(target);
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, count: () => requests, close: () => server.close() };
}

const dir = mkdtempSync(join(tmpdir(), "project-history-agent-bench-"));
const cli = join(dir, "project-history.mjs");
writeFileSync(cli, await buildCliBundle());
const db = await openDatabase(`file:${join(dir, "history.db")}`);
const history = await startServer({ db, adminToken: ADMIN, port: 0, host: "127.0.0.1", logError: () => {} });
const historyUrl = `http://127.0.0.1:${history.port}/graphql`;
let stack: DagsterStack | null = null;
let agent: ChildProcess | null = null;
let proxy: Awaited<ReturnType<typeof countingProxy>> | null = null;
let image = 0;

async function loadCount(project: string): Promise<number> {
  // A loaded machine may reset a connection now and then: that is no answer, not an error of the agent.
  const response = await fetch(historyUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({
      query: `query($n: String!) { project(name: $n) { loadCount } }`,
      variables: { n: project },
    }),
  });
  const body = (await response.json()) as { data?: { project: { loadCount: number } | null } };
  return body.data?.project?.loadCount ?? 0;
}

async function untilLoads(project: string, count: number, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while ((await loadCount(project).catch(() => 0)) < count) {
    if (Date.now() > deadline) throw new Error(`${project} did not reach ${count} loads`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now();
}

/** When the webserver first shows a versionKey other than the current one. */
async function untilNewVersionKey(dagster: DagsterStack, timeoutMs = 300_000): Promise<number> {
  const before = (await dagster.state())?.versionKey;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await dagster.state().catch(() => undefined);
    if (state && state.versionKey !== before && state.kind === "RepositoryLocation") return Date.now();
    if (Date.now() > deadline) throw new Error("the webserver did not show the new code server");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function startAgent(dagsterUrl: string, pollSeconds: number): ChildProcess {
  const child = spawn(
    process.execPath,
    [cli, "agent", "--dagster-url", dagsterUrl, "--poll-interval", String(pollSeconds)],
    {
      env: {
        ...process.env,
        PROJECT_HISTORY_URL: historyUrl,
        PROJECT_HISTORY_TOKEN: ADMIN,
        LOG_FORMAT: "json",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  return child;
}

async function stopAgent(): Promise<void> {
  if (!agent) return;
  const exited = new Promise((resolve) => agent?.once("exit", resolve));
  agent.kill("SIGTERM");
  await exited;
  agent = null;
}

try {
  stack = await Stack.start({
    version: "v1",
    image: `registry.example.com/shop:${++image}`,
    location: "shop",
  });
  proxy = await countingProxy(stack.url);
  const rows: string[][] = [];
  let loads = 0;
  for (const interval of INTERVALS) {
    agent = startAgent(proxy.url, interval);
    if (loads === 0) loads = 1;
    await untilLoads("shop", loads);
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    // Idle: nothing changes in Dagster.
    const pid = agent.pid as number;
    const before = usage(pid);
    const requestsBefore = proxy.count();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const after = usage(pid);
    const requests = proxy.count() - requestsBefore;
    console.log(
      `poll ${interval} s, idle ${IDLE_SECONDS} s: CPU ${(((after.cpuSeconds - before.cpuSeconds) / IDLE_SECONDS) * 100).toFixed(2)}% of a core, RSS ${after.rssMb.toFixed(0)} MB, ${((requests / IDLE_SECONDS) * 60).toFixed(1)} requests/min to the webserver`,
    );

    // Redeploys, alternating v2 and v1: the switch to the new code server -> the load in the history.
    const toRecorded: number[] = [];
    const toVisible: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      loads += 1;
      // Both watchers run from before the deploy, so that neither waits for the other.
      const recorded = untilLoads("shop", loads);
      const visible = untilNewVersionKey(stack);
      // Awaited below; marked handled now so that a failure surfaces there, not as an unhandled rejection.
      for (const watcher of [recorded, visible]) watcher.catch(() => {});
      const deployed = await stack.redeploy({
        version: sample % 2 === 0 ? "v2" : "v1",
        image: `registry.example.com/shop:${++image}`,
      });
      toVisible.push((await visible) - deployed.restartedAt);
      toRecorded.push((await recorded) - deployed.restartedAt);
    }
    const recorded = summarize(toRecorded);
    const shown = summarize(toVisible);
    rows.push([
      `${interval} s`,
      String(SAMPLES),
      `${(shown.median / 1000).toFixed(1)} s`,
      `${(recorded.median / 1000).toFixed(1)} s`,
      `${(recorded.p95 / 1000).toFixed(1)} s`,
      `${(recorded.max / 1000).toFixed(1)} s`,
    ]);
    await stopAgent();
  }
  if (rows.length > 0)
    console.log(
      `\nFrom the new code server taking over to the load in the history (redeploys v1 <-> v2, 8 assets):\n${table(
        [
          "poll",
          "redeploys",
          "webserver shows it (median)",
          "recorded (median)",
          "recorded (p95)",
          "recorded (max)",
        ],
        rows,
      )}`,
    );

  // A 2,000-asset location: the agent's CPU and peak RSS while it records it.
  agent = startAgent(proxy.url, 1);
  if (loads === 0) loads = 1;
  await untilLoads("shop", loads);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const pid = agent.pid as number;
  const before = usage(pid);
  loads += 1;
  const recorded = untilLoads("shop", loads);
  const visible = untilNewVersionKey(stack);
  for (const watcher of [recorded, visible]) watcher.catch(() => {});
  const deployed = await stack.redeploy({
    version: "big",
    image: `registry.example.com/shop:${++image}`,
    env: { ASSET_COUNT: String(ASSETS) },
  });
  const visibleAt = await visible;
  const recordedAt = await recorded;
  const after = usage(pid);
  console.log(
    `\n${ASSETS}-asset location: recorded ${((recordedAt - deployed.restartedAt) / 1000).toFixed(1)} s after the new code server took over (the webserver showed it after ${((visibleAt - deployed.restartedAt) / 1000).toFixed(1)} s); the agent used ${(after.cpuSeconds - before.cpuSeconds).toFixed(2)} CPU s meanwhile, RSS ${after.rssMb.toFixed(0)} MB (peak ${after.peakRssMb.toFixed(0)} MB)`,
  );
  const idleBefore = usage(pid);
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  const idleAfter = usage(pid);
  console.log(
    `idle on the ${ASSETS}-asset location, poll 1 s: CPU ${(((idleAfter.cpuSeconds - idleBefore.cpuSeconds) / 20) * 100).toFixed(2)}% of a core, RSS ${idleAfter.rssMb.toFixed(0)} MB`,
  );
} finally {
  await stopAgent();
  proxy?.close();
  await stack?.stop();
  await history.close(1_000);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
