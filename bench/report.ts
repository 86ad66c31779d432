// The printed results of `npm run bench`: the tables of generation, latency, deep/first ratios, storage and
// rollbacks, the SQLite/PostgreSQL comparison and the throughput run (with --db postgres), the goals
// missed, the warnings, memory and load. Takes the reports bench/history.ts, bench/storage.ts and
// bench/throughput.ts return; prints only.
import { GOALS, PAGE, RECORD_PROJECT, type Sizes } from "./config";
import type { HistoryReport } from "./history";
import { allWarnings, verdict, warn } from "./measure";
import type { PostgresSizes } from "./postgres";
import { count, kb, loadAverageLine, mb, ms, seconds, table } from "./stats";
import type { StorageReport } from "./storage";
import { type ThroughputReport, throughputTable } from "./throughput";

export interface RunResults {
  sizes: Sizes;
  quick: boolean;
  totalMs: number;
  sqlite: HistoryReport;
  storage: StorageReport;
  /** With --db postgres: the same history benchmark on PostgreSQL, and the database's size after it. */
  postgres: { version: string; report: HistoryReport; size: PostgresSizes } | null;
  throughput: ThroughputReport | null;
}

function ratioText(postgres: number, sqlite: number): string {
  return sqlite > 0 ? `${(postgres / sqlite).toFixed(2)}x` : "-";
}

/** SQLite and PostgreSQL side by side: the same workload, the same operations, the ratio PostgreSQL/SQLite. */
function printComparison(
  config: Sizes,
  sqlite: HistoryReport,
  postgres: HistoryReport,
  postgresVersion: string,
): void {
  console.log(
    `SQLite vs PostgreSQL ${postgresVersion} (same workload from the same seeds; ms; app.fetch in process; ratio = PostgreSQL / SQLite):`,
  );
  const same = JSON.stringify(sqlite.historyCounts) === JSON.stringify(postgres.historyCounts);
  if (!same)
    warn(
      `the history project differs between the databases: SQLite ${JSON.stringify(sqlite.historyCounts)}, PostgreSQL ${JSON.stringify(postgres.historyCounts)}`,
    );
  const perLoad = (report: HistoryReport) => report.historyMs / config.historyLoads;
  const rows: string[][] = [
    [
      `generation of the history project (ms per load, ${count(config.historyLoads)} loads)`,
      ms(perLoad(sqlite)),
      "",
      ms(perLoad(postgres)),
      "",
      ratioText(perLoad(postgres), perLoad(sqlite)),
      "",
      "",
      "",
      "",
      "",
    ],
    [
      `first load of "${RECORD_PROJECT}" (${count(config.recordAssets)} NEW assets, once)`,
      ms(sqlite.firstRecordMs),
      "",
      ms(postgres.firstRecordMs),
      "",
      ratioText(postgres.firstRecordMs, sqlite.firstRecordMs),
      "",
      "",
      "",
      "",
      "",
    ],
  ];
  for (const [index, onSqlite] of sqlite.results.entries()) {
    const onPostgres = postgres.results[index];
    if (!onPostgres || onPostgres.name !== onSqlite.name)
      throw new Error("the two runs measured different operations");
    rows.push([
      onSqlite.name,
      ms(onSqlite.summary.median),
      ms(onSqlite.summary.p95),
      ms(onPostgres.summary.median),
      ms(onPostgres.summary.p95),
      ratioText(onPostgres.summary.median, onSqlite.summary.median),
      ratioText(onPostgres.summary.p95, onSqlite.summary.p95),
      `${onSqlite.statements} / ${onPostgres.statements}`,
      onSqlite.goal,
      verdict(onSqlite.pass),
      verdict(onPostgres.pass),
    ]);
  }
  for (const [index, [name, sqliteMedians, sqliteP95s]] of sqlite.ratios.entries()) {
    const [, postgresMedians, postgresP95s] = postgres.ratios[index] ?? ["", Number.NaN, Number.NaN];
    rows.push([
      `deep page / first page, ${name} (ratio)`,
      `${sqliteMedians.toFixed(2)}x`,
      `${sqliteP95s.toFixed(2)}x`,
      `${postgresMedians.toFixed(2)}x`,
      `${postgresP95s.toFixed(2)}x`,
      "",
      "",
      "",
      `<= ${GOALS.deepOverFirst}x`,
      verdict(sqliteMedians <= GOALS.deepOverFirst),
      verdict(postgresMedians <= GOALS.deepOverFirst),
    ]);
  }
  console.log(
    table(
      [
        "operation",
        "SQLite median",
        "SQLite p95",
        "PostgreSQL median",
        "PostgreSQL p95",
        "ratio median",
        "ratio p95",
        "SQL/call (SQLite / PG)",
        "goal",
        "SQLite",
        "PG",
      ],
      rows,
      [0, 8, 9, 10],
    ),
  );
  console.log(
    `  same data on both: ${same ? "yes" : "NO"} (${count(postgres.historyCounts.loads)} loads, ${count(postgres.historyCounts.entries)} collapsed entries, ${count(postgres.historyCounts.assetChanges)} asset changes, ${count(postgres.historyCounts.assetVersions)} asset versions)`,
  );
}

function printGeneration(config: Sizes, sqlite: HistoryReport, storage: StorageReport): void {
  const { historyMs, historyCounts } = sqlite;
  console.log("Data generation (writeLoad inside db.prisma.$transaction, batched):");
  console.log(
    table(
      ["what", "loads", "time", "ms/load"],
      [
        [
          `history project: ${config.historyAssets}-asset snapshots, runs of identical loads, failures`,
          count(config.historyLoads),
          seconds(historyMs),
          ms(historyMs / config.historyLoads),
        ],
        [
          `storage project: ${count(config.storageAssets)} assets, ${config.storageChanged} edited per load`,
          count(config.storageLoads),
          seconds(storage.generationMs),
          ms(storage.generationMs / config.storageLoads),
        ],
      ],
    ),
  );
  console.log(
    `  history project: ${count(historyCounts.entries)} collapsed entries, ${count(historyCounts.failures)} failures, ${count(historyCounts.assetChanges)} asset changes`,
  );
}

function printLatency(sqlite: HistoryReport): void {
  const { results, ratios, skipped, total } = sqlite;
  console.log(
    `Latency through app.fetch (ms; median and nearest-rank p95 of the timed runs; page size ${PAGE}):`,
  );
  console.log(
    table(
      ["operation", "runs", "median", "p95", "min", "max", "SQL/call", "goal", ""],
      results.map((result) => [
        result.name,
        String(result.summary.runs),
        ms(result.summary.median),
        ms(result.summary.p95),
        ms(result.summary.min),
        ms(result.summary.max),
        String(result.statements),
        result.goal,
        verdict(result.pass),
      ]),
      [0, 7],
    ),
  );
  console.log("");
  console.log(`Deep page / first page (deep = after ${count(skipped)} of ${count(total)} loads):`);
  console.log(
    table(
      ["history", "ratio of medians", "ratio of p95", "goal", ""],
      ratios.map(([name, medians, p95s]) => [
        name,
        `${medians.toFixed(2)}x`,
        `${p95s.toFixed(2)}x`,
        `<= ${GOALS.deepOverFirst}x`,
        verdict(medians <= GOALS.deepOverFirst),
      ]),
      [0, 3],
    ),
  );
}

function printStorage(config: Sizes, storage: StorageReport): void {
  console.log(
    `Storage: ${count(config.storageAssets)} assets x ${count(config.storageLoads)} loads, ${config.storageChanged} changed per load (.db + -wal after PRAGMA wal_checkpoint(TRUNCATE)):`,
  );
  console.log(
    table(
      ["database file", "size", "goal", ""],
      [
        [
          "before VACUUM",
          mb(storage.beforeVacuum),
          `< ${GOALS.storageMb} MB`,
          verdict(storage.beforeVacuum < GOALS.storageMb * 1024 * 1024),
        ],
        [
          "after VACUUM",
          mb(storage.afterVacuum),
          `< ${GOALS.storageMb} MB`,
          verdict(storage.afterVacuum < GOALS.storageMb * 1024 * 1024),
        ],
      ],
      [0, 2],
    ),
  );
  console.log(
    `  rows: ${Object.entries(storage.rows)
      .map(([name, n]) => `${name} ${count(n)}`)
      .join(
        ", ",
      )}; ${ms(storage.statementsPerLoad)} SQL statements per load; ${kb(storage.afterVacuum / config.storageLoads)} per load`,
  );
  console.log(
    table(
      [
        `rollbackProject via GraphQL (${count(config.storageLoads)} loads x ${count(config.storageAssets)} assets)`,
        "runs",
        "median",
        "p95",
        "max",
        "goal",
      ],
      (
        [
          ["to a load among the last 50", storage.rollbacks.recent],
          ["to a load anywhere in the history", storage.rollbacks.deep],
          ["all", storage.rollbacks.all],
        ] as const
      ).map(([label, s]) => [
        label,
        String(s.runs),
        ms(s.median),
        ms(s.p95),
        ms(s.max),
        label === "all" ? `p95 < ${GOALS.rollbackP95Ms} ms ${verdict(s.p95 < GOALS.rollbackP95Ms)}` : "",
      ]),
    ),
  );
  console.log(
    `  snapshotOf (the snapshot a rollback restores; median of 5 calls): ${storage.snapshotReads
      .map((read) => `sequence ${count(read.sequence)}: ${ms(read.medianMs)} ms`)
      .join(", ")}`,
  );
  if (storage.tables.length > 0) {
    console.log("  largest tables and indexes (dbstat, before VACUUM):");
    for (const { name, bytes } of storage.tables.slice(0, 10))
      console.log(`    ${name.padEnd(45)} ${mb(bytes).padStart(10)}`);
  }
}

function printGoals(run: RunResults): void {
  const { results, ratios } = run.sqlite;
  const goalsMissed = [
    ...results.filter((result) => result.pass === false).map((result) => result.name),
    ...ratios.filter(([, medians]) => medians > GOALS.deepOverFirst).map(([name]) => `deep/first ${name}`),
    ...(run.storage.afterVacuum >= GOALS.storageMb * 1024 * 1024 ? ["storage"] : []),
  ];
  console.log(`Goals missed: ${goalsMissed.length === 0 ? "none" : goalsMissed.join("; ")}`);
  if (run.postgres) {
    const missedOnPostgres = [
      ...run.postgres.report.results.filter((result) => result.pass === false).map((result) => result.name),
      ...run.postgres.report.ratios
        .filter(([, medians]) => medians > GOALS.deepOverFirst)
        .map(([name]) => `deep/first ${name}`),
    ];
    console.log(
      `Goals missed on PostgreSQL (information; the goals are set for SQLite): ${missedOnPostgres.length === 0 ? "none" : missedOnPostgres.join("; ")}`,
    );
  }
}

/** Everything after the "=" rule: the tables, the goals missed, the warnings, memory, load and time. */
export function printReport(run: RunResults): void {
  const { sizes: config, storage, throughput } = run;
  console.log("=".repeat(100));
  console.log(`RESULTS${run.quick ? " (--quick: smoke numbers, not comparable to the goals)" : ""}`);
  console.log("");
  printGeneration(config, run.sqlite, storage);
  console.log("");
  printLatency(run.sqlite);
  console.log("");
  printStorage(config, storage);
  console.log("");
  if (run.postgres) {
    const { version, report, size } = run.postgres;
    printComparison(config, run.sqlite, report, version);
    console.log(
      `  PostgreSQL database after the history and recording projects: ${mb(size.database)} (pg_database_size); largest: ${size.relations
        .slice(0, 5)
        .map((relation) => `${relation.name} ${mb(relation.bytes)}`)
        .join(", ")}`,
    );
    console.log("");
  }
  if (throughput) {
    console.log(
      `Throughput over HTTP on PostgreSQL: ${throughput.options.clients} concurrent keep-alive clients (one child process) POST the first history page (collapseSimilar: true, first ${PAGE}, the selection above), ${seconds(throughput.options.warmupMs)} warm-up + ${seconds(throughput.options.durationMs)} measured; each instance is its own process (openDatabase + startServer, pool of ${throughput.poolSize} connections); the clients alternate between instances:`,
    );
    console.log(throughputTable(throughput));
    console.log("");
  }
  printGoals(run);
  const warnings = allWarnings();
  console.log(`Warnings: ${warnings.length === 0 ? "none" : ""}`);
  for (const message of warnings) console.log(`  - ${message}`);
  const memory = process.memoryUsage();
  console.log(
    `Memory: RSS ${mb(memory.rss)} at the end (peak ${mb(process.resourceUsage().maxRSS * 1024)}), heap used ${mb(memory.heapUsed)}`,
  );
  console.log(`Load average at the end: ${loadAverageLine()}`);
  console.log(
    `Total time: ${seconds(run.totalMs)}; first load of the recording project: ${ms(run.sqlite.firstRecordMs)} ms`,
  );
}
