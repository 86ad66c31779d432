// The options of `npm run bench` (bench/run.ts, also parsed by bench/index.ts), the sizes of the full and
// the --quick run, the goals, and the names the benchmark's data use.
import { DEFAULT_DEPLOYMENT } from "../src/domain/names";
import { choice, flag } from "./args";

export const RUN_OPTIONS = {
  quick: flag("smoke version: the same steps on small data, well under a minute"),
  sql: flag("also print the SQL statements of one call of each measured operation"),
  db: choice(
    "postgres: also run the history and recording benchmarks on a throwaway PostgreSQL database, side by side, then the HTTP throughput run",
    ["sqlite", "postgres"],
    "sqlite",
    { postgresql: "postgres" },
  ),
};

export const RUN_COMMAND = {
  usage: "tsx bench/run.ts",
  about:
    "Benchmark of the project history service: history generation, GraphQL latency, recording, storage and rollbacks.",
};

export type Sizes = ReturnType<typeof sizes>;

/** How much data and how many timed runs: the full benchmark, or the --quick smoke version. */
export function sizes(quick: boolean) {
  return quick
    ? {
        historyLoads: 2_000,
        historyAssets: 200,
        historyBatch: 250,
        readWarmup: 3,
        readRuns: 20,
        recordAssets: 2_000,
        recordChanged: 20,
        recordWarmup: 2,
        recordRuns: 10,
        storageAssets: 200,
        storageLoads: 200,
        storageChanged: 2,
        storageBatch: 50,
        rollbackRuns: 5,
      }
    : {
        historyLoads: 100_000,
        historyAssets: 200,
        historyBatch: 500,
        readWarmup: 5,
        readRuns: 100,
        recordAssets: 2_000,
        recordChanged: 20,
        recordWarmup: 5,
        recordRuns: 50,
        storageAssets: 2_000,
        storageLoads: 10_000,
        storageChanged: 20,
        storageBatch: 100,
        rollbackRuns: 20,
      };
}

/** The throughput run (--db postgres): concurrent HTTP clients, warm-up, measured window. */
export function throughputSizes(quick: boolean) {
  return quick
    ? { clients: 50, warmupMs: 1_000, durationMs: 4_000 }
    : { clients: 50, warmupMs: 3_000, durationMs: 15_000 };
}

export const GOALS = {
  historyP95Ms: 25,
  deepOverFirst: 2,
  recordP95Ms: 300,
  storageMb: 200,
  rollbackP95Ms: 300,
};

export const PAGE = 50;
export const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";
/** The deployment every project of the benchmark is recorded in: the service's default. */
export const DEPLOYMENT = DEFAULT_DEPLOYMENT;
export const HISTORY_PROJECT = "bench-history";
export const RECORD_PROJECT = "bench-record";
export const STORAGE_PROJECT = "bench-storage";
export const REPOSITORY = "https://github.com/acme/data-platform";
export const START_TIME = Date.UTC(2023, 0, 1);
