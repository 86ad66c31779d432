// The project against its peers, on the dashboard's first page (bench/peers/project-query.graphql: 50
// history rows, uncollapsed, each load with its asset changes and their old and new values).
//
// 1. Builds the workload on a throwaway PostgreSQL database (bench/postgres.ts): one project with 10,000
//    loads (--loads) of 2,000 assets, 20 assets changing per load, through the project's own write path
//    (bench/peers/workload.ts). With --database URL, a database kept by an earlier --keep run is used instead.
//    Then ANALYZE, so that the planner has statistics.
// 2. Starts three servers over that database, each a child process: the project's (project-server.ts),
//    PostGraphile 5 with the amber preset (postgraphile-server.ts, with postgraphile-query.graphql) and a
//    raw-SQL floor (floor-server.ts: node:http + pg, 2 statements, JSON by hand).
// 3. Checks the answers: the project's and the floor's byte-equal; all three the same rows (load ids,
//    sequences, keys per load, change types).
// 4. Loads each in turn with autocannon (in this process) at each connection count, alternating A B C A B C
//    for --rounds rounds of --duration seconds, after a warm-up. Around each run it reads the server's CPU
//    time from /proc/<pid>/stat, the CPU time of the PostgreSQL backends of the database, and the server's
//    own counts of requests and SQL statements (over IPC), waiting for the server to finish what it
//    received before reading them.
// 5. Prints, per server: server CPU per request (first: on a shared machine it is the figure that holds),
//    PostgreSQL CPU per request, req/s, p50/p99 latency, SQL statements per request; then the ratios
//    project/PostGraphile and project/floor and the goals of issue 12.
//
// Usage: npx tsx bench/peers.ts [--loads 10000] [--rounds 3] [--duration 20] [--warmup 5]
//        [--connections 1,50] [--keep] [--database postgresql://...]
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, platform, release } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openDatabase, redactUrl } from "../src/db/index";
import { flag, integer, integers, parseOptions, text } from "./args";
import { type PageRows, postgraphileRows, projectRows, rowDifference, textDifference } from "./peers/answers";
import type { ListeningMessage, StatsMessage } from "./peers/child";
import { postgresBackendsCpuMs, postgresCpuSince, processCpuMs } from "./peers/proc";
import { buildWorkload, DEPLOYMENT, PROJECT, workloadCounts } from "./peers/workload";
import { createThrowawayDatabase, POSTGRES_ADMIN_URL, type ThrowawayDatabase } from "./postgres";
import { count, ms, msSince, now, seconds, table } from "./stats";

const OPTIONS = parseOptions(
  {
    usage: "tsx bench/peers.ts",
    about:
      "The dashboard's first history page on the project, PostGraphile 5 and a raw-SQL floor, side by side on one PostgreSQL database.",
  },
  {
    loads: integer("loads of the project (2,000 assets, 20 edited per load)", 10_000),
    rounds: integer("rounds per connection count, alternating the servers", 3),
    duration: integer("seconds per run", 20),
    warmup: integer("seconds of warm-up per server", 5, 0),
    connections: integers("connection counts", "1,50"),
    keep: flag("keep the database at the end (its URL is printed) to rerun with --database"),
    database: text("a database built by an earlier --keep run: not built, never dropped", "URL"),
  },
);
const CONNECTIONS = OPTIONS.connections ?? [1, 50];
const ASSETS = 2_000;
const CHANGED_PER_LOAD = 20;
const BATCH = 100;
const PAGE = 50;
const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";
const START_TIMEOUT_MS = 120_000;

const warnings: string[] = [];
function warn(message: string): void {
  warnings.push(message);
  console.log(`  WARNING: ${message}`);
}

type ServerKey = "project" | "postgraphile" | "floor";

interface PeerServer {
  key: ServerKey;
  label: string;
  child: ChildProcess;
  pid: number;
  port: number;
  headers: Record<string, string>;
  /** The request, POSTed to /graphql. */
  body: string;
  /** The answer checked before the runs: every answer during the runs must equal it (autocannon expectBody). */
  answer: string;
}

const SERVERS: { key: ServerKey; label: string; script: string; query: string | null }[] = [
  { key: "project", label: "this project", script: "project-server.ts", query: "project-query.graphql" },
  {
    key: "postgraphile",
    label: "PostGraphile 5 (amber)",
    script: "postgraphile-server.ts",
    query: "postgraphile-query.graphql",
  },
  // The floor reads only the variables; it is sent the project's request.
  { key: "floor", label: "floor: node:http + pg", script: "floor-server.ts", query: "project-query.graphql" },
];

function peersFile(name: string): string {
  return fileURLToPath(new URL(`./peers/${name}`, import.meta.url));
}

/** Resolves with the first message of `type`; rejects when the child exits first or after `timeoutMs`. */
function nextMessage<T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no "${type}" message from process ${child.pid} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`process ${child.pid} exited (code ${code}) before sending "${type}"`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/**
 * Shows a child's output line by line, cut to 300 characters: a request log line of the project under
 * errors holds one error code per failed field, thousands of them.
 */
function forwardOutput(key: ServerKey, child: ChildProcess): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (line) => {
      console.log(
        `  [${key}] ${line.length > 300 ? `${line.slice(0, 300)}... (${count(line.length)} characters)` : line}`,
      );
    });
  }
}

async function startPeer(spec: (typeof SERVERS)[number], databaseUrl: string): Promise<PeerServer> {
  const child = fork(peersFile(spec.script), [], {
    execArgv: ["--import", "tsx"],
    // NODE_ENV=production for all three: Grafast plans more expensively in development mode.
    env: {
      ...process.env,
      NODE_ENV: "production",
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  forwardOutput(spec.key, child);
  const { port, pid } = await nextMessage<ListeningMessage>(child, "listening", START_TIMEOUT_MS);
  const query = spec.query ? readFileSync(peersFile(spec.query), "utf8") : "";
  return {
    key: spec.key,
    label: spec.label,
    child,
    pid,
    port,
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables: { deployment: DEPLOYMENT, name: PROJECT } }),
    answer: "",
  };
}

async function stopPeer(server: PeerServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (child.connected) child.send("stop");
  const timer = setTimeout(() => child.kill("SIGKILL"), 12_000);
  await exited;
  clearTimeout(timer);
}

function stats(server: PeerServer): Promise<StatsMessage> {
  const reply = nextMessage<StatsMessage>(server.child, "stats", 60_000);
  server.child.send("stats");
  return reply;
}

/**
 * Waits until the server is idle and returns its counts: its CPU time stays still for 300 ms, and every
 * request it received is over. A request whose connection autocannon closed at the end of a run is over for
 * node:http at once, but its handler goes on working; the CPU reading catches that work. The server is asked
 * for its counts only once it looks idle: a busy one may take seconds to answer over IPC.
 */
async function idleStats(server: PeerServer): Promise<StatsMessage> {
  const deadline = Date.now() + 300_000;
  let cpu = processCpuMs(server.pid);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cpuNow = processCpuMs(server.pid);
    // One tick (10 ms) of slack: timers and the IPC itself.
    const still = cpuNow - cpu <= 10;
    cpu = cpuNow;
    if (!still && Date.now() < deadline) continue;
    const current = await stats(server);
    if (current.done >= current.requests || Date.now() > deadline) return current;
  }
}

async function ask(server: PeerServer): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: "POST",
    headers: server.headers,
    body: server.body,
  });
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${server.label} answered HTTP ${response.status}: ${text.slice(0, 1_000)}`);
  return text;
}

interface Run {
  connections: number;
  /** Requests the server received (and finished) during the run, by its own count. */
  requests: number;
  cpuMs: number;
  postgresCpuMs: number;
  statements: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  mean: number;
  /** Connection errors and timeouts, non-2xx answers and answers that differ from the checked one. */
  errors: number;
  non2xx: number;
  mismatches: number;
  /** Errors the server itself reported (also those of answers that came after the run's end). */
  serverErrors: number;
  /** Answers received within the run. */
  answers: number;
}

async function run(server: PeerServer, databaseName: string, connections: number, durationS: number) {
  const before = await idleStats(server);
  const cpuBefore = processCpuMs(server.pid);
  const postgresBefore = postgresBackendsCpuMs(databaseName);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/graphql`,
    method: "POST",
    headers: server.headers,
    body: server.body,
    connections,
    pipelining: 1,
    duration: durationS,
    // A starved server may answer 50 queued requests slowly; a timeout would count as an error.
    timeout: 120,
    expectBody: server.answer,
  });
  const after = await idleStats(server);
  const cpuMs = processCpuMs(server.pid) - cpuBefore;
  const postgresCpuMs = postgresCpuSince(databaseName, postgresBefore);
  const measured: Run = {
    connections,
    requests: after.requests - before.requests,
    cpuMs,
    postgresCpuMs,
    statements: after.statements - before.statements,
    requestsPerSecond: result["2xx"] / result.duration,
    // No answer within the run: no latency to show (autocannon reports 0).
    p50: result["2xx"] > 0 ? result.latency.p50 : Number.NaN,
    p99: result["2xx"] > 0 ? result.latency.p99 : Number.NaN,
    mean: result["2xx"] > 0 ? result.latency.mean : Number.NaN,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    serverErrors: after.errors - before.errors,
    answers: result["2xx"],
  };
  return measured;
}

function problemsOf(r: Run): number {
  return r.errors + r.non2xx + r.mismatches + r.serverErrors;
}

interface Aggregate {
  runs: Run[];
  requests: number;
  cpuPerRequest: number;
  cpuPerRequestMin: number;
  cpuPerRequestMax: number;
  postgresCpuPerRequest: number;
  statementsPerRequest: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  problems: number;
}

/** Median of the finite values (NaN when there is none). */
function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Totals over the rounds for CPU and statements (per request), medians of the rounds for the rest. */
function aggregate(runs: Run[]): Aggregate {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const perRequest = (value: (r: Run) => number) =>
    requests > 0 ? runs.reduce((sum, r) => sum + value(r), 0) / requests : Number.NaN;
  const cpuPerRound = runs.filter((r) => r.requests > 0).map((r) => r.cpuMs / r.requests);
  return {
    runs,
    requests,
    cpuPerRequest: perRequest((r) => r.cpuMs),
    cpuPerRequestMin: Math.min(...cpuPerRound),
    cpuPerRequestMax: Math.max(...cpuPerRound),
    postgresCpuPerRequest: perRequest((r) => r.postgresCpuMs),
    statementsPerRequest: perRequest((r) => r.statements),
    requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    problems: runs.reduce((sum, r) => sum + problemsOf(r), 0),
  };
}

/** ms() with "-" for a figure that could not be measured. */
function fmt(value: number): string {
  return Number.isFinite(value) ? ms(value) : "-";
}

function ratio(value: number, of: number): string {
  return of > 0 && Number.isFinite(value) ? `${(value / of).toFixed(2)}x` : "-";
}

function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");
}

function levelTable(servers: PeerServer[], results: Map<ServerKey, Aggregate>): string {
  const rows = servers.map((server) => {
    const a = results.get(server.key) as Aggregate;
    return [
      server.label,
      `${fmt(a.cpuPerRequest)} (${fmt(a.cpuPerRequestMin)}-${fmt(a.cpuPerRequestMax)})`,
      fmt(a.postgresCpuPerRequest),
      a.requestsPerSecond.toFixed(1),
      fmt(a.p50),
      fmt(a.p99),
      a.statementsPerRequest.toFixed(1),
      count(a.requests),
      String(a.problems),
    ];
  });
  const project = results.get("project") as Aggregate;
  for (const [key, name] of [
    ["postgraphile", "project / PostGraphile"],
    ["floor", "project / floor"],
  ] as const) {
    const other = results.get(key) as Aggregate;
    rows.push([
      name,
      ratio(project.cpuPerRequest, other.cpuPerRequest),
      ratio(project.postgresCpuPerRequest, other.postgresCpuPerRequest),
      ratio(project.requestsPerSecond, other.requestsPerSecond),
      ratio(project.p50, other.p50),
      ratio(project.p99, other.p99),
      ratio(project.statementsPerRequest, other.statementsPerRequest),
      "",
      "",
    ]);
  }
  return table(
    [
      "server",
      "server CPU ms/request (range of rounds)",
      "PostgreSQL CPU ms/request",
      "req/s",
      "p50 ms",
      "p99 ms",
      "SQL/request",
      "requests",
      "failures + server errors",
    ],
    rows,
  );
}

async function prepareDatabase(): Promise<{
  url: string;
  name: string;
  throwaway: ThrowawayDatabase | null;
}> {
  if (OPTIONS.database) {
    const name = decodeURIComponent(new URL(OPTIONS.database).pathname.slice(1));
    console.log(`database: ${redactUrl(OPTIONS.database)} (given with --database: not built, not dropped)`);
    return { url: OPTIONS.database, name, throwaway: null };
  }
  const throwaway = await createThrowawayDatabase();
  console.log(
    `PostgreSQL ${throwaway.version}: throwaway database "${throwaway.name}" on ${redactUrl(POSTGRES_ADMIN_URL)} (${OPTIONS.keep ? "kept at the end: --keep" : "dropped at the end"})`,
  );
  return { url: throwaway.url, name: throwaway.name, throwaway };
}

async function main(): Promise<void> {
  console.log("project-history against its peers: the dashboard's first page");
  console.log(`command: tsx bench/peers.ts ${process.argv.slice(2).join(" ")}`.trimEnd());
  console.log(
    `node ${process.version}, ${platform()} ${release()}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}; load average at start: ${loadAverage()}`,
  );
  const database = await prepareDatabase();
  const servers: PeerServer[] = [];
  let interrupted = false;
  process.once("SIGINT", () => {
    interrupted = true;
    setTimeout(() => process.exit(130), 15_000).unref();
    void Promise.all(servers.map(stopPeer))
      .then(() => (OPTIONS.keep ? undefined : database.throwaway?.drop()))
      .catch(() => {})
      .finally(() => process.exit(130));
  });
  try {
    // 1. The workload.
    const db = await openDatabase(database.url);
    try {
      if (database.throwaway) {
        console.log(
          `\n1. Workload: project "${PROJECT}", ${count(OPTIONS.loads)} loads of ${count(ASSETS)} assets, ${CHANGED_PER_LOAD} edited per load, ${BATCH} loads per transaction (writeLoad)`,
        );
        const buildMs = await buildWorkload(db, {
          loads: OPTIONS.loads,
          assets: ASSETS,
          changedPerLoad: CHANGED_PER_LOAD,
          batch: BATCH,
        });
        console.log(`  built in ${seconds(buildMs)} (${ms(buildMs / OPTIONS.loads)} ms/load)`);
      } else {
        console.log("\n1. Workload: the database given");
      }
      // The planner needs statistics: without them it reads a load's asset changes (ORDER BY id LIMIT n)
      // by scanning the whole table in id order, ~0.4 s per load at 10,000 loads. Autovacuum would gather
      // them in time, where it runs (it may be off, as on the benchmark's machine), and not before the
      // first run; ANALYZE makes every run start from the same statistics.
      const analyzeStart = now();
      await db.prisma.$executeRawUnsafe("ANALYZE");
      const [{ autovacuum } = { autovacuum: "?" }] = await db.prisma.$queryRawUnsafe<
        { autovacuum: string }[]
      >("SELECT current_setting('autovacuum') AS autovacuum");
      console.log(
        `  ANALYZE: ${seconds(msSince(analyzeStart))} (autovacuum is ${autovacuum} on this server)`,
      );
      const counts = await workloadCounts(db);
      if (!counts)
        throw new Error(`the database holds no project "${PROJECT}" of deployment "${DEPLOYMENT}"`);
      console.log(
        `  ${count(counts.loads)} loads, ${count(counts.assetChanges)} asset changes, ${count(counts.assetVersions)} asset versions`,
      );
    } finally {
      await db.close();
    }

    // 2. The servers, side by side.
    console.log("\n2. Servers (child processes, 127.0.0.1, pools of 10 connections)");
    for (const spec of SERVERS) {
      const server = await startPeer(spec, database.url);
      servers.push(server);
      console.log(
        `  ${server.label}: process ${server.pid}, port ${server.port} (bench/peers/${spec.script})`,
      );
    }

    // 3. The same answer.
    console.log("\n3. Answers");
    // Asked twice: the second answer must be the first again, and its statements are counted alone.
    const statementsAlone = new Map<ServerKey, number>();
    for (const server of servers) {
      server.answer = await ask(server);
      const before = await idleStats(server);
      const again = await ask(server);
      const after = await idleStats(server);
      if (again !== server.answer) throw new Error(`${server.label} answered the same request differently`);
      statementsAlone.set(server.key, after.statements - before.statements);
    }
    const [project, postgraphile, floor] = servers as [PeerServer, PeerServer, PeerServer];
    const projectPage = projectRows("the project", project.answer);
    const byteDifference = textDifference(project.answer, floor.answer);
    if (byteDifference) throw new Error(`the floor's answer differs from the project's: ${byteDifference}`);
    const floorPage = projectRows("the floor", floor.answer);
    const postgraphilePage: PageRows = postgraphileRows(postgraphile.answer);
    for (const [name, page] of [
      ["the floor", floorPage],
      ["PostGraphile", postgraphilePage],
    ] as const) {
      const difference = rowDifference(projectPage, page);
      if (difference) throw new Error(`${name} answers other rows than the project: ${difference}`);
    }
    const changes = projectPage.loads.reduce((sum, load) => sum + load.changes.length, 0);
    const expectedLoads = Math.min(PAGE, OPTIONS.loads);
    if (projectPage.loads.length !== expectedLoads)
      throw new Error(`the page has ${projectPage.loads.length} loads, expected ${expectedLoads}`);
    const first = projectPage.loads[0];
    const last = projectPage.loads.at(-1);
    console.log(
      `  the same rows from all three: ${projectPage.loads.length} loads (sequences ${last?.sequence}-${first?.sequence}), ${count(changes)} asset changes`,
    );
    console.log(
      `  SQL statements for one page, asked alone: ${servers.map((server) => `${server.key} ${statementsAlone.get(server.key)}`).join(", ")}`,
    );
    console.log(
      `  the project's answer and the floor's are byte-equal (${count(Buffer.byteLength(project.answer))} bytes); PostGraphile's: ${count(Buffer.byteLength(postgraphile.answer))} bytes`,
    );

    // 4. Load.
    const maxConnections = Math.max(...CONNECTIONS);
    console.log(
      `\n4. Load (autocannon in the benchmark process): warm-up ${OPTIONS.warmup} s per server at ${maxConnections} connections, then per connection count ${OPTIONS.rounds} rounds of ${OPTIONS.duration} s per server, alternating ${servers.map((s) => s.key).join(" ")}`,
    );
    if (OPTIONS.warmup > 0)
      for (const server of servers) await run(server, database.name, maxConnections, OPTIONS.warmup);
    const results = new Map<number, Map<ServerKey, Run[]>>();
    for (const connections of CONNECTIONS) {
      const byServer = new Map<ServerKey, Run[]>(servers.map((server) => [server.key, []]));
      results.set(connections, byServer);
      for (let round = 1; round <= OPTIONS.rounds; round++) {
        for (const server of servers) {
          if (interrupted) return;
          const measured = await run(server, database.name, connections, OPTIONS.duration);
          byServer.get(server.key)?.push(measured);
          console.log(
            `  ${connections} conn, round ${round}, ${server.key.padEnd(12)} ${fmt(measured.cpuMs / Math.max(1, measured.requests)).padStart(6)} ms CPU/req, PG ${fmt(measured.postgresCpuMs / Math.max(1, measured.requests)).padStart(6)} ms/req, ${measured.requestsPerSecond.toFixed(1).padStart(6)} req/s, p50 ${fmt(measured.p50)} ms, p99 ${fmt(measured.p99)} ms, ${(measured.statements / Math.max(1, measured.requests)).toFixed(1)} SQL/req${problemsOf(measured) > 0 ? `, ERRORS: ${measured.errors} connection errors, ${measured.non2xx} non-2xx, ${measured.mismatches} other answers, ${measured.serverErrors} reported by the server` : ""}`,
          );
          // Each connection waits for its answer: until every one has had a few, the run mostly shows the
          // first queue draining, not a steady state.
          if (measured.answers < 3 * connections)
            warn(
              `${connections} conn, round ${round}, ${server.key}: ${measured.answers} answers in ${OPTIONS.duration} s, fewer than 3 per connection: the run is too short for this server (req/s understated, latency overstated); use a longer --duration`,
            );
        }
      }
    }

    // 5. Report.
    console.log(`\n${"=".repeat(100)}`);
    console.log(
      `RESULTS: ${count(OPTIONS.loads)} loads x ${count(ASSETS)} assets, ${CHANGED_PER_LOAD} changed per load; the page: ${PAGE} history rows, ${count(changes)} asset changes`,
    );
    console.log(
      "Server CPU per request is CPU time of the server process (/proc/<pid>/stat, all threads) over the requests it served; PostgreSQL CPU is that of the backends of the database. Totals over the rounds; req/s, p50 and p99 (autocannon, 1 ms resolution) are medians of the rounds.",
    );
    const aggregates = new Map<number, Map<ServerKey, Aggregate>>();
    for (const [connections, byServer] of results) {
      const level = new Map<ServerKey, Aggregate>();
      for (const [key, runs] of byServer) level.set(key, aggregate(runs));
      aggregates.set(connections, level);
      console.log(`\n${connections} connection${connections > 1 ? "s" : ""}:`);
      console.log(levelTable(servers, level));
    }

    // The issue's table: req/s at the most connections, p50 at the fewest, CPU per request over both.
    const most = aggregates.get(maxConnections) as Map<ServerKey, Aggregate>;
    const fewest = aggregates.get(Math.min(...CONNECTIONS)) as Map<ServerKey, Aggregate>;
    const all = new Map<ServerKey, Aggregate>(
      servers.map((server) => [
        server.key,
        aggregate([...results.values()].flatMap((byServer) => byServer.get(server.key) ?? [])),
      ]),
    );
    console.log(`\nSummary (server CPU per request over all runs):`);
    console.log(
      table(
        [
          "server",
          "server CPU ms/request",
          "PostgreSQL CPU ms/request",
          `req/s at ${maxConnections} conn`,
          `p50 ms at ${Math.min(...CONNECTIONS)} conn`,
          "SQL statements/request",
        ],
        servers.map((server) => [
          server.label,
          fmt((all.get(server.key) as Aggregate).cpuPerRequest),
          fmt((all.get(server.key) as Aggregate).postgresCpuPerRequest),
          (most.get(server.key) as Aggregate).requestsPerSecond.toFixed(1),
          fmt((fewest.get(server.key) as Aggregate).p50),
          (all.get(server.key) as Aggregate).statementsPerRequest.toFixed(1),
        ]),
      ),
    );
    const get = (map: Map<ServerKey, Aggregate>, key: ServerKey) => map.get(key) as Aggregate;
    const throughput = ratio(
      get(most, "project").requestsPerSecond,
      get(most, "postgraphile").requestsPerSecond,
    );
    const cpuOverFloor = get(all, "project").cpuPerRequest / get(all, "floor").cpuPerRequest;
    const statements = get(all, "project").statementsPerRequest;
    console.log(
      `  project / PostGraphile: ${throughput} req/s at ${maxConnections} conn, ${ratio(get(all, "project").cpuPerRequest, get(all, "postgraphile").cpuPerRequest)} CPU/request; project / floor: ${ratio(get(most, "project").requestsPerSecond, get(most, "floor").requestsPerSecond)} req/s, ${cpuOverFloor.toFixed(2)}x CPU/request`,
    );
    const verdict = (pass: boolean) => (pass ? "ok" : "MISSED");
    console.log("Goals of issue 12:");
    console.log(
      `  throughput at ${maxConnections} connections >= 1.0x PostGraphile's: ${throughput} ${verdict(get(most, "project").requestsPerSecond >= get(most, "postgraphile").requestsPerSecond)}`,
    );
    console.log(
      `  server CPU per request <= 3x the floor's: ${cpuOverFloor.toFixed(2)}x ${verdict(cpuOverFloor <= 3)}`,
    );
    console.log(`  SQL statements per page <= 5: ${statements.toFixed(1)} ${verdict(statements <= 5)}`);
    const runs = [...all.values()].flatMap((a) => a.runs);
    const failed = runs.reduce((sum, r) => sum + r.errors + r.non2xx + r.mismatches, 0);
    const reported = runs.reduce((sum, r) => sum + r.serverErrors, 0);
    if (failed + reported > 0) {
      warn(
        `${failed} answers within the runs failed or differed from the checked one; the servers reported ${reported} errors (one per failed field: a page can fail in 50 places) (see the rounds above)`,
      );
      process.exitCode = 1;
    }
    console.log(`Warnings: ${warnings.length === 0 ? "none" : ""}`);
    for (const message of warnings) console.log(`  - ${message}`);
    console.log(`Load average at the end: ${loadAverage()}`);
  } finally {
    await Promise.all(servers.map(stopPeer));
    if (database.throwaway) {
      if (OPTIONS.keep) {
        console.log(
          `kept database "${database.name}": rerun with --database ${redactUrl(database.url)}; drop it with: psql ${redactUrl(POSTGRES_ADMIN_URL)} -c 'DROP DATABASE "${database.name}" WITH (FORCE)'`,
        );
      } else {
        await database.throwaway.drop();
        console.log(`database "${database.name}" dropped`);
      }
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
