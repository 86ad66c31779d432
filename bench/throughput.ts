// Throughput of the history query over real HTTP: 50 concurrent clients (bench/throughput-client.ts, a
// process of its own) POST the first history page to one server instance, then to two instances sharing
// the database (bench/throughput-server.ts, one process each), as fast as they are answered, for a fixed
// time after a warm-up. Reports requests per second, p50/p99 latency, errors, the scaling ratio, and where
// the machine's CPU went (client, servers, PostgreSQL), since the load generator shares the cores.
import { type ChildProcess, fork } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { count, mb, ms, summarize, table } from "./stats";
import type { ClientConfig, ClientResult } from "./throughput-client";

export interface ThroughputOptions {
  databaseUrl: string;
  adminToken: string;
  /** The JSON body POSTed to /graphql (the latency benchmark's first collapsed history page). */
  body: string;
  expectedEdges: number;
  clients: number;
  warmupMs: number;
  durationMs: number;
  log: (message: string) => void;
}

export interface ThroughputRow {
  instances: number;
  requestsPerSecond: number;
  completed: number;
  errors: number;
  warmupErrors: number;
  errorSamples: string[];
  p50: number;
  p99: number;
  max: number;
  responseBytes: number;
  perInstance: number[];
  /** CPU during the measured window, in percent of one core. */
  clientCpu: number;
  serverCpu: number[];
  postgresCpu: number | null;
  /** This (the benchmark's) process: idle but for the IPC. */
  ownCpu: number;
  /** Busy time of the whole machine, and what is not accounted for above (other processes). */
  machineBusy: number;
  otherCpu: number;
  cores: number;
  serverRss: number[];
}

export interface ThroughputReport {
  options: Omit<ThroughputOptions, "log" | "body" | "databaseUrl" | "adminToken">;
  poolSize: number;
  rows: ThroughputRow[];
}

const POOL_SIZE = 10; // openDatabase's default, what an instance runs with unless DATABASE_POOL_SIZE says otherwise
const START_TIMEOUT_MS = 60_000;

export function child(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
    env,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** Resolves with the first message of `type`; rejects when the child exits first or after `timeoutMs`. */
export function nextMessage<T>(process: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
      process.off("exit", onExit);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no "${type}" message from process ${process.pid} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type?: string }) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`process ${process.pid} exited (code ${code}) before sending "${type}"`));
    };
    process.on("message", onMessage);
    process.once("exit", onExit);
  });
}

/** Stops a child: "stop" over IPC, then SIGKILL if it has not exited within `graceMs`. */
export async function stopChild(process: ChildProcess, graceMs = 12_000): Promise<void> {
  if (process.exitCode !== null || process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => process.once("exit", () => resolve()));
  if (process.connected) process.send("stop");
  const timer = setTimeout(() => process.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

interface ServerStats {
  cpuMicros: number;
  rss: number;
  unexpected: number;
}

function serverStats(server: ChildProcess): Promise<ServerStats> {
  const reply = nextMessage<ServerStats>(server, "stats", 5_000);
  server.send("stats");
  return reply;
}

/**
 * CPU time (ms) of every PostgreSQL process on this machine, from /proc (null where /proc is not readable).
 * Backends that exit during the window take their time with them, so this is a lower bound; the pools
 * keep their connections open, so it is close.
 */
function postgresCpuMs(): number | null {
  try {
    let ticks = 0;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(")");
      if (!stat.slice(stat.indexOf("(") + 1, close).startsWith("postgres")) continue;
      // Fields after the command: state is field 3; utime and stime are fields 14 and 15.
      const fields = stat.slice(close + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** CPU time of the whole machine (ms, summed over cores): busy and total. */
function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const { user, nice, sys, idle, irq } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + idle + irq;
  }
  return { busy, total };
}

async function phase(options: ThroughputOptions, instances: number): Promise<ThroughputRow> {
  const servers: ChildProcess[] = [];
  let client: ChildProcess | null = null;
  try {
    const env = {
      ...process.env,
      BENCH_DATABASE_URL: options.databaseUrl,
      BENCH_ADMIN_TOKEN: options.adminToken,
      BENCH_POOL_SIZE: String(POOL_SIZE),
    };
    for (let i = 0; i < instances; i++) servers.push(child("./throughput-server.ts", env));
    const ports = await Promise.all(
      servers.map(async (server) => {
        const { port } = await nextMessage<{ port: number }>(server, "listening", START_TIMEOUT_MS);
        return port;
      }),
    );
    options.log(
      `  ${instances} instance${instances > 1 ? "s" : ""} (process ${servers.map((server) => server.pid).join(", ")}, 127.0.0.1 port ${ports.join(", ")}): ${options.clients} clients, ${ms(options.warmupMs / 1000)} s warm-up + ${ms(options.durationMs / 1000)} s measured`,
    );

    const runner = child("./throughput-client.ts", { ...process.env });
    client = runner;
    const windowStart = nextMessage(runner, "window-start", options.warmupMs + START_TIMEOUT_MS);
    const windowEnd = nextMessage(
      runner,
      "window-end",
      options.warmupMs + options.durationMs + START_TIMEOUT_MS,
    );
    const result = nextMessage<ClientResult>(
      runner,
      "result",
      options.warmupMs + options.durationMs + START_TIMEOUT_MS,
    );
    // Unhandled rejections of the window promises would crash the benchmark: the result's carries them.
    windowStart.catch(() => {});
    windowEnd.catch(() => {});
    const config: ClientConfig = {
      type: "run",
      ports,
      clients: options.clients,
      warmupMs: options.warmupMs,
      durationMs: options.durationMs,
      body: options.body,
      authorization: `Bearer ${options.adminToken}`,
      expectedEdges: options.expectedEdges,
    };
    runner.send(config);

    await windowStart;
    const machineBefore = machineTimes();
    const ownBefore = process.cpuUsage();
    const serversBefore = await Promise.all(servers.map(serverStats));
    const postgresBefore = postgresCpuMs();
    await windowEnd;
    const serversAfter = await Promise.all(servers.map(serverStats));
    const postgresAfter = postgresCpuMs();
    const own = process.cpuUsage(ownBefore);
    const machineAfter = machineTimes();
    const answer = await result;

    const windowMs = answer.windowMs;
    const percentOfCore = (cpuMs: number) => (100 * cpuMs) / windowMs;
    const summary = answer.latencies.length > 0 ? summarize(answer.latencies) : null;
    const clientCpu = percentOfCore(answer.cpuMicros / 1000);
    const serverCpu = serversAfter.map((after, index) =>
      percentOfCore((after.cpuMicros - (serversBefore[index]?.cpuMicros ?? 0)) / 1000),
    );
    const postgresCpu =
      postgresBefore === null || postgresAfter === null
        ? null
        : percentOfCore(postgresAfter - postgresBefore);
    const ownCpu = percentOfCore((own.user + own.system) / 1000);
    // The machine's busy time over the same window, as a share of the wall time per core.
    const machineTotal = machineAfter.total - machineBefore.total;
    const machineBusy =
      machineTotal > 0 ? (100 * cpus().length * (machineAfter.busy - machineBefore.busy)) / machineTotal : 0;
    const accounted = clientCpu + serverCpu.reduce((sum, cpu) => sum + cpu, 0) + (postgresCpu ?? 0) + ownCpu;
    const unexpected = serversAfter.reduce((sum, stats) => sum + stats.unexpected, 0);
    if (unexpected > 0) answer.errorSamples.push(`${unexpected} unexpected server errors (see stderr)`);
    return {
      instances,
      requestsPerSecond: answer.completed / (windowMs / 1000),
      completed: answer.completed,
      errors: answer.errors,
      warmupErrors: answer.warmupErrors,
      errorSamples: answer.errorSamples,
      p50: summary?.median ?? Number.NaN,
      p99: summary?.p99 ?? Number.NaN,
      max: summary?.max ?? Number.NaN,
      responseBytes: answer.responseBytes,
      perInstance: ports.map((port) => answer.perPort[port] ?? 0),
      clientCpu,
      serverCpu,
      postgresCpu,
      ownCpu,
      machineBusy,
      otherCpu: Math.max(0, machineBusy - accounted),
      cores: cpus().length,
      serverRss: serversAfter.map((stats) => stats.rss),
    };
  } finally {
    if (client && client.exitCode === null && client.signalCode === null) client.kill("SIGKILL");
    await Promise.all(servers.map((server) => stopChild(server)));
  }
}

/** One instance, then two; the servers and the client are child processes, stopped before returning. */
export async function throughputBenchmark(options: ThroughputOptions): Promise<ThroughputReport> {
  const rows: ThroughputRow[] = [];
  for (const instances of [1, 2]) {
    const row = await phase(options, instances);
    options.log(
      `    ${count(row.completed)} requests in ${ms(options.durationMs / 1000)} s: ${row.requestsPerSecond.toFixed(0)} requests/s, p50 ${ms(row.p50)} ms, p99 ${ms(row.p99)} ms, ${row.errors} errors; CPU (% of one core): client ${row.clientCpu.toFixed(0)}, server ${row.serverCpu.map((cpu) => cpu.toFixed(0)).join(" + ")}, PostgreSQL ${row.postgresCpu === null ? "?" : row.postgresCpu.toFixed(0)}`,
    );
    for (const sample of row.errorSamples) options.log(`    error: ${sample}`);
    rows.push(row);
  }
  const { log: _log, body: _body, databaseUrl: _url, adminToken: _token, ...shown } = options;
  return { options: shown, poolSize: POOL_SIZE, rows };
}

/** The report's table: one row per setup, then the scaling ratio and the CPU breakdown. */
export function throughputTable(report: ThroughputReport): string {
  const { rows } = report;
  const lines = [
    table(
      ["setup", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "per instance"],
      rows.map((row) => [
        `${row.instances} instance${row.instances > 1 ? "s" : ""}`,
        count(row.completed),
        row.requestsPerSecond.toFixed(0),
        ms(row.p50),
        ms(row.p99),
        ms(row.max),
        String(row.errors + row.warmupErrors),
        row.perInstance.map(count).join(" / "),
      ]),
    ),
  ];
  const [one, two] = rows;
  if (one && two && one.requestsPerSecond > 0) {
    lines.push(
      `  scaling (2 instances / 1 instance): ${(two.requestsPerSecond / one.requestsPerSecond).toFixed(2)}x requests/s, p99 ${(two.p99 / one.p99).toFixed(2)}x`,
    );
  }
  lines.push("");
  lines.push(
    table(
      [
        `CPU in the measured window, % of one core (${rows[0]?.cores ?? "?"} cores: 100% each)`,
        "client",
        "server(s)",
        "PostgreSQL",
        "bench process",
        "other processes",
        "machine busy",
        "server RSS",
      ],
      rows.map((row) => [
        `${row.instances} instance${row.instances > 1 ? "s" : ""}`,
        `${row.clientCpu.toFixed(0)}%`,
        row.serverCpu.map((cpu) => `${cpu.toFixed(0)}%`).join(" + "),
        row.postgresCpu === null ? "?" : `${row.postgresCpu.toFixed(0)}%`,
        `${row.ownCpu.toFixed(0)}%`,
        `${row.otherCpu.toFixed(0)}%`,
        `${row.machineBusy.toFixed(0)}% of ${row.cores * 100}%`,
        row.serverRss.map((rss) => mb(rss, 0)).join(" + "),
      ]),
    ),
  );
  const cores = rows[0]?.cores ?? 1;
  const saturated = rows.filter((row) => row.machineBusy >= 90 * cores);
  if (saturated.length > 0) {
    lines.push(
      `  the cores were saturated (${saturated.map((row) => `${row.instances} instance${row.instances > 1 ? "s" : ""}: ${row.machineBusy.toFixed(0)}% busy`).join(", ")}): client, servers, PostgreSQL and any other process share ${cores} cores, so the numbers are what is left to the servers, not what the code could do on idle cores`,
    );
  }
  const disturbed = rows.filter((row) => row.otherCpu >= 20);
  if (disturbed.length > 0) {
    lines.push(
      `  DISTURBED: other processes on the machine used ${disturbed.map((row) => `${row.otherCpu.toFixed(0)}% of a core during the ${row.instances}-instance window`).join(" and ")}; those numbers (and the scaling ratio) are lower than the code's`,
    );
  }
  const client = Math.max(...rows.map((row) => row.clientCpu));
  lines.push(
    `  load generator: at most ${client.toFixed(0)}% of one core${client < 25 ? " (small: it does not limit the result)" : " (a share the servers do not get)"}; answer size ${count(rows[0]?.responseBytes ?? 0)} bytes`,
  );
  return lines.join("\n");
}
