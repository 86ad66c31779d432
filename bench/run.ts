// Benchmark of the project history service on SQLite: generating a 100,000-load history, reading history
// pages through the GraphQL endpoint, recording 2,000-asset snapshots, and the storage a long-lived project
// needs. Prints numbers next to the goals; it is not a test. `npm run bench` (full) or
// `npm run bench -- --quick` (small smoke version, well under a minute). With `--db postgres`, the history
// and recording benchmarks run on a throwaway PostgreSQL database as well (same workload, same seed),
// side by side with SQLite, followed by a throughput run over HTTP (bench/throughput.ts).
//
// This file wires the steps: options (bench/config.ts) -> 1-2 history and recording on SQLite
// (bench/history.ts) -> 3 storage and rollbacks (bench/storage.ts) -> 4-5 the same history benchmark on
// PostgreSQL and the throughput run -> the printed tables (bench/report.ts).
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, platform, release, tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { openDatabase, redactUrl } from "../src/db/index";
import { parseOptions } from "./args";
import {
  ADMIN_TOKEN,
  PAGE,
  RUN_COMMAND,
  RUN_OPTIONS,
  STORAGE_PROJECT,
  sizes,
  throughputSizes,
} from "./config";
import { historyBenchmark } from "./history";
import { StatementLog } from "./measure";
import {
  createThrowawayDatabase,
  POSTGRES_ADMIN_URL,
  postgresSizes,
  type ThrowawayDatabase,
} from "./postgres";
import { printReport, type RunResults } from "./report";
import { count, loadAverageLine, msSince, now } from "./stats";
import { storageBenchmark } from "./storage";
import { throughputBenchmark } from "./throughput";

const ARGS = process.argv.slice(2);
const options = parseOptions(RUN_COMMAND, RUN_OPTIONS, ARGS);
const QUICK = options.quick;
const CONFIG = sizes(QUICK);
const THROUGHPUT = throughputSizes(QUICK);

function sqliteVersion(): string {
  const probe = new BetterSqlite3(":memory:");
  try {
    return (probe.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  } finally {
    probe.close();
  }
}

async function main(): Promise<void> {
  const totalStart = now();
  const dir = mkdtempSync(join(tmpdir(), "project-history-bench-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  let postgres: ThrowawayDatabase | null = null;
  process.once("SIGINT", () => {
    cleanup();
    // The throwaway PostgreSQL database is dropped too (bounded: the process exits within 10 s).
    setTimeout(() => process.exit(130), 10_000).unref();
    void (postgres?.drop() ?? Promise.resolve()).catch(() => {}).finally(() => process.exit(130));
  });

  console.log(`project-history benchmark${QUICK ? " (--quick: small smoke version)" : ""}`);
  console.log(
    `command: tsx bench/run.ts${ARGS.length ? ` ${ARGS.join(" ")}` : ""}   (npm run bench${ARGS.length ? ` -- ${ARGS.join(" ")}` : ""})`,
  );
  console.log(
    `node ${process.version}, ${platform()} ${release()}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, SQLite ${sqliteVersion()}`,
  );
  console.log(`temporary directory: ${dir} (deleted at the end)`);
  console.log(
    `load average at start: ${loadAverageLine()} (other processes on the machine add noise to the timings)`,
  );

  try {
    if (options.db === "postgres") {
      // Created first, so that an unreachable server shows before the long SQLite part, not after it.
      postgres = await createThrowawayDatabase();
      console.log(
        `PostgreSQL ${postgres.version}: throwaway database "${postgres.name}" on ${redactUrl(POSTGRES_ADMIN_URL)} (dropped at the end)`,
      );
    }
    console.log("");

    const statements = new StatementLog(options.sql);
    /** Steps 1-2 (and 4) on the database at `url`, closed afterwards. */
    const historyOn = async (url: string, titles: { generate: string; graphql: string }, label: string) => {
      const db = await openDatabase(url, { onQuery: statements.onQuery });
      try {
        return await historyBenchmark(db, CONFIG, statements, titles, label);
      } finally {
        await db.close();
      }
    };
    mkdirSync(join(dir, "main"));
    const sqlite = await historyOn(
      `file:${join(dir, "main", "history.db")}`,
      { generate: "1. Generating", graphql: "2. GraphQL endpoint" },
      "history project",
    );
    console.log("");

    console.log(
      `3. Storage: project "${STORAGE_PROJECT}", ${count(CONFIG.storageAssets)} assets recorded ${count(CONFIG.storageLoads)} times, ${CONFIG.storageChanged} assets edited per load, ${CONFIG.storageBatch} loads per transaction (separate database)`,
    );
    mkdirSync(join(dir, "storage"));
    const storage = await storageBenchmark(join(dir, "storage"), CONFIG);
    console.log("");

    // 4. and 5. The same history and recording benchmarks on PostgreSQL, then throughput over HTTP.
    let onPostgres: RunResults["postgres"] = null;
    let throughput: RunResults["throughput"] = null;
    if (postgres) {
      const report = await historyOn(
        postgres.url,
        { generate: "4. PostgreSQL: generating", graphql: "   PostgreSQL: GraphQL endpoint" },
        "history project on PostgreSQL",
      );
      onPostgres = { version: postgres.version, report, size: await postgresSizes(postgres.url) };
      console.log("");
      console.log(
        `5. Throughput on PostgreSQL: first history page over HTTP, ${THROUGHPUT.clients} concurrent clients, 1 then 2 server instances (child processes)`,
      );
      throughput = await throughputBenchmark({
        databaseUrl: postgres.url,
        adminToken: ADMIN_TOKEN,
        body: report.firstPageBody,
        expectedEdges: PAGE,
        ...THROUGHPUT,
        log: (message) => console.log(message),
      });
      console.log("");
    }

    printReport({
      sizes: CONFIG,
      quick: QUICK,
      totalMs: msSince(totalStart),
      sqlite,
      storage,
      postgres: onPostgres,
      throughput,
    });
  } finally {
    if (postgres) {
      try {
        await postgres.drop();
        console.log(`PostgreSQL database "${postgres.name}" dropped`);
      } catch (error) {
        console.error(`could not drop the PostgreSQL database "${postgres.name}":`, error);
        process.exitCode = 1;
      }
    }
    cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
