// The load generator of the throughput benchmark (bench/throughput.ts), in a process of its own so that it
// shares no event loop with the benchmark or the servers. `clients` concurrent HTTP clients (keep-alive
// connections through node:http) POST the same request to 127.0.0.1 as fast as the server answers, for
// a warm-up and then a fixed measured window; every loop ends at a deadline. Configured by one IPC message,
// it sends { type: "window-start" } and { type: "window-end" } when the measured window opens and closes,
// then { type: "result", ... } and exits.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

export interface ClientConfig {
  type: "run";
  ports: number[];
  clients: number;
  warmupMs: number;
  durationMs: number;
  /** The JSON request body, POSTed to /graphql. */
  body: string;
  authorization: string;
  /** Edges the answer's data.project.history must have. */
  expectedEdges: number;
}

export interface ClientResult {
  type: "result";
  /** Requests answered correctly within the measured window. */
  completed: number;
  /** Failed requests within the measured window (HTTP error, GraphQL error, wrong page, network error). */
  errors: number;
  /** Failed requests during the warm-up. */
  warmupErrors: number;
  /** A few error messages, for the report. */
  errorSamples: string[];
  /** Length of the measured window, ms. */
  windowMs: number;
  /** Latency of every request completed in the window (ms), errors included. */
  latencies: number[];
  /** CPU time of this process during the window (µs, user + system). */
  cpuMicros: number;
  /** Bytes of one correct answer. */
  responseBytes: number;
  /** Requests per port within the window (to check the spread over instances). */
  perPort: Record<string, number>;
}

interface Answer {
  status: number;
  body: Buffer;
}

const REQUEST_TIMEOUT_MS = 10_000;

async function run(config: ClientConfig): Promise<ClientResult> {
  const body = Buffer.from(config.body);
  const agents = new Map<number, Agent>();
  for (const port of config.ports)
    agents.set(
      port,
      new Agent({ keepAlive: true, maxSockets: config.clients, maxFreeSockets: config.clients }),
    );
  const headers = {
    "content-type": "application/json",
    "content-length": String(body.length),
    authorization: config.authorization,
  };

  const post = (port: number) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: "/graphql", method: "POST", agent: agents.get(port), headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error("request timed out")));
      req.on("error", reject);
      req.end(body);
    });

  // The first correct answer is checked in full; later ones of the same length are the same page (nothing
  // writes to the database meanwhile), anything else is parsed and checked again. Parsing every 30 KB
  // answer would spend the client's CPU on the benchmark's own bookkeeping.
  let referenceLength = -1;
  const check = (answer: Answer): string | null => {
    if (answer.status !== 200) return `HTTP ${answer.status}: ${answer.body.toString().slice(0, 200)}`;
    if (answer.body.length === referenceLength) return null;
    const parsed = JSON.parse(answer.body.toString()) as {
      errors?: unknown[];
      data?: { project?: { history?: { edges?: unknown[] } } | null };
    };
    if (parsed.errors?.length) return `GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 200)}`;
    const edges = parsed.data?.project?.history?.edges?.length;
    if (edges !== config.expectedEdges) return `${edges} edges, expected ${config.expectedEdges}`;
    if (referenceLength < 0) referenceLength = answer.body.length;
    return null;
  };

  const start = performance.now();
  const windowStart = start + config.warmupMs;
  const windowEnd = windowStart + config.durationMs;
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  const perPort: Record<string, number> = {};
  let completed = 0;
  let errors = 0;
  let warmupErrors = 0;
  let cpuAtStart = process.cpuUsage();

  const windowTimer = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    process.send?.({ type: "window-start" });
  }, config.warmupMs);
  let cpuMicros = 0;
  const endTimer = setTimeout(() => {
    const cpu = process.cpuUsage(cpuAtStart);
    cpuMicros = cpu.user + cpu.system;
    process.send?.({ type: "window-end" });
  }, config.warmupMs + config.durationMs);

  const client = async (index: number) => {
    const port = config.ports[index % config.ports.length] as number;
    // Bounded: no request starts after the window closes, and each one times out.
    while (performance.now() < windowEnd) {
      const sent = performance.now();
      let failure: string | null;
      try {
        failure = check(await post(port));
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const done = performance.now();
      const inWindow = done >= windowStart && done <= windowEnd;
      if (failure !== null) {
        if (errorSamples.length < 5) errorSamples.push(failure);
        if (inWindow) errors++;
        else if (done < windowStart) warmupErrors++;
        // A refused connection fails at once: do not spin on it.
        await new Promise((resolve) => setTimeout(resolve, 20));
      } else if (inWindow) {
        completed++;
      }
      if (inWindow) {
        latencies.push(done - sent);
        perPort[port] = (perPort[port] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: config.clients }, (_, index) => client(index)));
  clearTimeout(windowTimer);
  clearTimeout(endTimer);
  for (const agent of agents.values()) agent.destroy();
  return {
    type: "result",
    completed,
    errors,
    warmupErrors,
    errorSamples,
    windowMs: config.durationMs,
    latencies,
    cpuMicros,
    responseBytes: referenceLength,
    perPort,
  };
}

process.once("message", (config: ClientConfig) => {
  run(config).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.on("disconnect", () => process.exit(1));
