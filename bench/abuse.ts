// `npx tsx bench/abuse.ts [--seconds N] [--heavy N] [--postgres]`: what the heaviest operation the limits allow
// does to everyone else. One server process (bench/throughput-server.ts, SQLite or PostgreSQL, default limits) holds a project
// with 101 loads of 100 assets, each load changing every asset's code version. Clients of this process send
// the heaviest allowed query (the history's 100 newest loads with all 100 asset changes each, complexity
// just under QUERY_MAX_COMPLEXITY) back to back, while autocannon measures another client's simple query;
// the same simple query alone first, for comparison. Prints both p99s and the server's peak RSS (VmHWM).
// Then the attacks of issue 11 (findings 1-3), each refused: how long the refusal took.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { DEFAULT_QUERY_LIMITS } from "../src/graphql/index";
import { measureOperation } from "../src/graphql/limits";
import { buildSchema } from "../src/graphql/schema/index";
import { flag, integer, parseOptions } from "./args";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./postgres";
import { loadAverageLine, mb, ms, msSince, now } from "./stats";
import { child, nextMessage, stopChild } from "./throughput";

const options = parseOptions(
  {
    usage: "tsx bench/abuse.ts",
    about: "Another client's p99 while the heaviest allowed query runs, the server's peak RSS, and refusals.",
  },
  {
    seconds: integer("length of each measured window", 10),
    heavy: integer("heavy requests in flight at once", 2),
    first: integer("history page of the heavy query (100: the heaviest the default limits allow)", 100),
    postgres: flag("on a throwaway PostgreSQL database (default: SQLite, whose driver is synchronous)"),
  },
);
const ADMIN = "bench-admin-token-0123456789";
const LOADS = 101;
const ASSETS = 100;

const HEAVY = () => `query AbuseHeaviest {
  project(deployment: "prod", name: "abuse") {
    history(first: ${options.first}, collapseSimilar: false) { edges { node { load {
      id sequence status loadedAt image recordedBy error { message stack } git { commitHash repositoryUrl }
      metadata { key value } assetsAdded assetsRemoved assetsChanged
      assetChanges(first: 100) { edges { node {
        assetKey changeTypes codeVersion { old new } partitionsDefinition { old new }
        dependencies { added removed changed }
        tags { added { key old new } removed { key old new } changed { key old new } }
        metadata { added { key old new } removed { key old new } changed { key old new } }
      } } }
    } } } }
  }
}`;
const LIGHT = `query AbuseLight { viewer { name } }`;

const figures = measureOperation(buildSchema(), HEAVY());
if ((figures.complexity ?? Number.POSITIVE_INFINITY) > DEFAULT_QUERY_LIMITS.complexity)
  throw new Error(`the heavy query is over the limit: ${figures.complexity}`);

const dir = mkdtempSync(join(tmpdir(), "project-history-bench-abuse-"));
const postgres: ThrowawayDatabase | null = options.postgres ? await createThrowawayDatabase() : null;
const server = child("./throughput-server.ts", {
  ...process.env,
  BENCH_DATABASE_URL: postgres?.url ?? `file:${join(dir, "history.db")}`,
  BENCH_ADMIN_TOKEN: ADMIN,
  LOG_LEVEL: "silent",
});
try {
  const { port } = await nextMessage<{ port: number }>(server, "listening", 60_000);
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = async (
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = ADMIN,
  ) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
    };
  };

  for (let load = 1; load <= LOADS; load++) {
    const assets = Array.from({ length: ASSETS }, (_, i) => ({
      key: `asset/${i}`,
      codeVersion: String(load),
    }));
    const { body } = await post(
      "mutation AbuseSeed($input: RecordProjectLoadInput!) { recordProjectLoad(input: $input) { load { id } } }",
      { input: { project: "abuse", image: `abuse:${load}`, assets } },
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  }

  const light = (seconds: number) =>
    autocannon({
      url,
      method: "POST",
      connections: 1,
      duration: seconds,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LIGHT }),
    });

  const alone = await light(options.seconds);
  let heavyDone = 0;
  let heavyErrors = 0;
  const heavyTimes: number[] = [];
  let running = true;
  const heavyLoop = async () => {
    while (running) {
      const started = now();
      const { body } = await post(HEAVY());
      heavyTimes.push(msSince(started));
      if (body.errors) heavyErrors++;
      heavyDone++;
    }
  };
  const loops = Array.from({ length: options.heavy }, heavyLoop);
  const during = await light(options.seconds);
  running = false;
  await Promise.all(loops);
  const peakRss =
    Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1] ?? 0) * 1024;

  console.log(
    `database: ${postgres ? `PostgreSQL ${postgres.version}` : "SQLite"}; load ${loadAverageLine()}`,
  );
  console.log(
    `heaviest allowed query: complexity ${figures.complexity} of ${DEFAULT_QUERY_LIMITS.complexity}, depth ${figures.depth}`,
  );
  console.log(
    `  ${heavyDone} answered (${heavyErrors} with errors), ${options.heavy} at a time, mean ${ms(heavyTimes.reduce((a, b) => a + b, 0) / Math.max(1, heavyTimes.length))}`,
  );
  console.log(
    `another client's simple query p99: ${ms(alone.latency.p99)} alone (${alone.requests.total} requests), ${ms(during.latency.p99)} during the heaviest (${during.requests.total} requests, ${during.timeouts} timed out, ${during.non2xx} not 2xx; goal < 100 ms)`,
  );
  // autocannon's percentiles cover answered requests only: a client held up for the whole window shows as
  // few requests, so the longest wait is printed too.
  console.log(`  its longest wait during the heaviest: ${ms(during.latency.max)}`);
  console.log(`server peak RSS (VmHWM): ${mb(peakRss)}`);

  const attacks: [string, string, string | null][] = [
    [
      "30,000-alias introspection, anonymous (3.3 MB)",
      `{ ${Array.from({ length: 30_000 }, (_, i) => `a${i}: __schema { types { name fields { name args { name } type { name } } } }`).join(" ")} }`,
      null,
    ],
    [
      "load → project → history(first: 100) cycle, 4 levels, VIEWER-level",
      `{ project(deployment: "prod", name: "abuse") { latestLoad { ${"project { history(first: 100) { edges { node { load { id ".repeat(4)}${"} } } } } ".repeat(4)} } } }`,
      ADMIN,
    ],
    [
      "300,000 operations, anonymous",
      Array.from({ length: 300_000 }, (_, i) => `query q${i} { __typename }`).join("\n"),
      null,
    ],
    [
      "450,000 @include directives, anonymous",
      `{ __typename ${"@include(if: true) ".repeat(450_000)}}`,
      null,
    ],
    ["900,000 tokens, anonymous", `{ ${"__typename ".repeat(900_000)}}`, null],
  ];
  for (const [name, query, token] of attacks) {
    const started = now();
    const { status, body } = await post(query, {}, token);
    console.log(
      `${name}: HTTP ${status} ${body.errors?.[0]?.extensions?.code ?? "answered"} in ${ms(msSince(started))}`,
    );
  }
} finally {
  await stopChild(server);
  await postgres?.drop();
  rmSync(dir, { recursive: true, force: true });
}
