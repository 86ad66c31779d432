// Benchmark of the project history service on SQLite: generating a 100,000-load history, reading history
// pages through the GraphQL endpoint, recording 2,000-asset snapshots, and the storage a long-lived project
// needs. Prints numbers next to the goals; it is not a test. `npm run bench` (full) or
// `npm run bench -- --quick` (small smoke version, well under a minute). With `--db postgres`, the history
// and recording benchmarks run on a throwaway PostgreSQL database as well (same workload, same seed),
// side by side with SQLite, followed by a throughput run over HTTP (bench/throughput.ts).
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, platform, release, tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { type App, createLocalApp } from "../src/app/server";
import type { Database } from "../src/db/index";
import { openDatabase, redactUrl } from "../src/db/index";
import { encodeCursor, encodeGlobalId } from "../src/domain/ids";
import type { LoadContent, MetadataEntry } from "../src/domain/load";
import { NOTHING_AFTER_COMMIT } from "../src/loads/after-commit";
import { recordLoad } from "../src/loads/record";
import { snapshotOf } from "../src/loads/snapshot-store";
import { type RecordProjectLoadArgs, validateRecordInput } from "../src/loads/validate";
import { writeLoad } from "../src/loads/write-load";
import {
  createThrowawayDatabase,
  POSTGRES_ADMIN_URL,
  postgresSizes,
  type ThrowawayDatabase,
} from "./postgres";
import { count, mb, ms, msSince, now, type Summary, seconds, summarize, table } from "./stats";
import { type ThroughputReport, throughputBenchmark, throughputTable } from "./throughput";
import { Random, Snapshot } from "./workload";

// ---------------------------------------------------------------------------------------------------------
// Configuration

const USAGE = "usage: tsx bench/run.ts [--quick] [--sql] [--db sqlite|postgres]";
const ARGS = process.argv.slice(2);
const QUICK = ARGS.includes("--quick");
const SHOW_SQL = ARGS.includes("--sql");
/** `--db postgres`: the history and recording benchmarks on PostgreSQL too, and the throughput run. */
let POSTGRES = false;
for (let i = 0; i < ARGS.length; i++) {
  const arg = ARGS[i] as string;
  if (arg === "--quick" || arg === "--sql") continue;
  const db = arg === "--db" ? ARGS[++i] : arg.startsWith("--db=") ? arg.slice("--db=".length) : null;
  if (db === "postgres" || db === "postgresql") POSTGRES = true;
  else if (db !== "sqlite") {
    console.error(`${db === null ? `unknown argument ${arg}` : `unknown database ${db}`}; ${USAGE}`);
    process.exit(2);
  }
}

const CONFIG = QUICK
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

/** The throughput run (--db postgres): concurrent HTTP clients, warm-up, measured window. */
const THROUGHPUT = QUICK
  ? { clients: 50, warmupMs: 1_000, durationMs: 4_000 }
  : { clients: 50, warmupMs: 3_000, durationMs: 15_000 };

const GOALS = {
  historyP95Ms: 25,
  deepOverFirst: 2,
  recordP95Ms: 300,
  storageMb: 200,
};

const PAGE = 50;
const ADMIN_TOKEN = "bench-admin-token-0123456789abcdef";
const DEPLOYMENT = "prod";
const HISTORY_PROJECT = "bench-history";
const RECORD_PROJECT = "bench-record";
const STORAGE_PROJECT = "bench-storage";
const REPOSITORY = "https://github.com/acme/data-platform";
const START_TIME = Date.UTC(2023, 0, 1);

const warnings: string[] = [];
function warn(message: string): void {
  warnings.push(message);
  console.log(`  WARNING: ${message}`);
}

// ---------------------------------------------------------------------------------------------------------
// Workload: the sequence of loads of the 100,000-load project

interface PlannedLoad {
  content: LoadContent;
  loadedAt: Date;
  /** The same load as GraphQL input (to check that content is what validation would produce). */
  args: RecordProjectLoadArgs;
}

/**
 * Runs of identical loads, broken by deploys (new image and commit, a few assets edited), rebuilds (new
 * image), commits that change no asset, asset-only edits, an occasional asset rename, and failures (which
 * sometimes repeat). A repeat after a failure restores the last successful load.
 */
class HistoryPlan {
  private commit: string;
  private build = 1;
  private runId = 1000;
  private time = START_TIME;
  private lastSuccess: PlannedLoad | null = null;
  private lastFailure: PlannedLoad | null = null;
  private failureRepeats = 0;
  readonly kinds = new Map<string, number>();

  constructor(
    private readonly random: Random,
    readonly snapshot: Snapshot,
  ) {
    this.commit = random.hex(40);
  }

  private tick(): Date {
    this.time += this.random.int(60, 900) * 1000;
    return new Date(this.time);
  }

  private metadata(): MetadataEntry[] {
    return [
      { key: "deployed_by", value: "github-actions" },
      { key: "run_id", value: String(this.runId) },
    ];
  }

  private success(): PlannedLoad {
    const image = `registry.example.com/acme/data-platform:build-${this.build}`;
    const git = { repositoryUrl: REPOSITORY, commitHash: this.commit, branch: "main" };
    const metadata = this.metadata();
    const assets = this.snapshot.normalized;
    const loadedAt = this.tick();
    const planned: PlannedLoad = {
      loadedAt,
      content: { status: "SUCCESS", error: null, errorStack: null, image, git, metadata, assets },
      args: { project: HISTORY_PROJECT, image, git, metadata, assets: this.snapshot.raw, loadedAt },
    };
    this.lastSuccess = planned;
    return planned;
  }

  private count(kind: string): void {
    this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
  }

  next(): PlannedLoad {
    if (this.lastSuccess === null) {
      this.count("first");
      return this.success();
    }
    if (this.failureRepeats > 0 && this.lastFailure) {
      this.failureRepeats--;
      this.count("failure (repeated)");
      return { ...this.lastFailure, loadedAt: this.tick() };
    }
    const roll = this.random.next();
    if (roll < 0.02) {
      this.count("failure");
      const image = `registry.example.com/acme/data-platform:build-${this.build}`;
      const git = { repositoryUrl: REPOSITORY, commitHash: this.commit, branch: "main" };
      const error = `DagsterImportError: Encountered ImportError: cannot import name 'orders_${this.random.int(1, 9)}'`;
      const errorStack = `Traceback (most recent call last):\n  File "/opt/dagster/app/definitions.py", line ${this.random.int(10, 400)}, in <module>\nImportError: ${error}`;
      const metadata = this.metadata();
      const loadedAt = this.tick();
      this.failureRepeats = this.random.chance(0.5) ? this.random.int(1, 3) : 0;
      this.lastFailure = {
        loadedAt,
        content: { status: "FAILURE", error, errorStack, image, git, metadata, assets: null },
        args: {
          project: HISTORY_PROJECT,
          status: "FAILURE",
          error,
          errorStack,
          image,
          git,
          metadata,
          loadedAt,
        },
      };
      return this.lastFailure;
    }
    if (roll < 0.1) {
      this.count("deploy: new image + commit, 1-5 assets edited");
      this.commit = this.random.hex(40);
      this.build++;
      this.runId++;
      this.snapshot.edit(this.random.int(1, 5), 0, 0.4);
      if (this.random.chance(0.05)) this.snapshot.replaceOne(1);
      return this.success();
    }
    if (roll < 0.15) {
      this.count("rebuild: new image, no asset change");
      this.build++;
      this.runId++;
      return this.success();
    }
    if (roll < 0.18) {
      this.count("commit: new commit, no asset change");
      this.commit = this.random.hex(40);
      this.runId++;
      return this.success();
    }
    if (roll < 0.24) {
      this.count("assets only: 1-5 assets edited");
      this.snapshot.edit(this.random.int(1, 5), 0, 0.4);
      return this.success();
    }
    this.count("identical to the last successful load");
    const last = this.lastSuccess;
    return { ...last, loadedAt: this.tick() };
  }
}

/** Checks that the hand-built content equals what the server's validation makes of the same input. */
function checkContent(planned: PlannedLoad): void {
  const valid = validateRecordInput(planned.args).content;
  if (JSON.stringify(valid) !== JSON.stringify(planned.content)) {
    throw new Error("generated load content differs from validateRecordInput's");
  }
}

async function projectIds(db: Database, name: string): Promise<{ projectId: number; deploymentId: number }> {
  const project = await db.prisma.project.findFirstOrThrow({
    where: { name, deployment: { name: DEPLOYMENT } },
    select: { id: true, deploymentId: true },
  });
  return { projectId: project.id, deploymentId: project.deploymentId };
}

/**
 * Writes `total` loads: the first through recordLoad (creates the deployment and project), the rest
 * through writeLoad in transactions of `batch` loads, the path recordLoad and rollbacks use.
 */
async function generate(
  db: Database,
  project: string,
  total: number,
  batch: number,
  next: () => PlannedLoad,
  label: string,
): Promise<number> {
  const start = now();
  const first = next();
  checkContent(first);
  await recordLoad(
    { db, afterCommit: NOTHING_AFTER_COMMIT },
    { ...first.args, deployment: DEPLOYMENT, project },
    "bench",
  );
  const { projectId, deploymentId } = await projectIds(db, project);
  let written = 1;
  let reported = 0;
  while (written < total) {
    const planned = Array.from({ length: Math.min(batch, total - written) }, next);
    if (written < 50) planned.slice(0, 20).forEach(checkContent);
    await db.prisma.$transaction(
      async (tx) => {
        for (const load of planned) {
          await writeLoad(tx, {
            projectId,
            deploymentId,
            content: load.content,
            trigger: "DEPLOY",
            loadedAt: load.loadedAt,
            recordedBy: "bench",
          });
        }
      },
      { maxWait: 60_000, timeout: 3_600_000 },
    );
    written += planned.length;
    if (written - reported >= total / 10 || written === total) {
      reported = written;
      const elapsed = msSince(start);
      console.log(
        `  ${label}: ${count(written)}/${count(total)} loads, ${seconds(elapsed)} (${ms(elapsed / written)} ms/load)`,
      );
    }
  }
  return msSince(start);
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL

const HISTORY_QUERY = /* GraphQL */ `
  query BenchHistory($name: String!, $first: Int!, $after: String, $collapse: Boolean!) {
    project(deployment: "prod", name: $name) {
      history(first: $first, after: $after, collapseSimilar: $collapse) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          cursor
          node {
            collapsedCount
            firstLoadedAt
            lastLoadedAt
            load { id sequence status image git { commitUrl } assetsAdded assetsRemoved assetsChanged }
          }
        }
      }
    }
  }
`;

const ASSET_HISTORY_QUERY = /* GraphQL */ `
  query BenchAssetHistory($assetKey: String!, $project: String, $first: Int!) {
    assetChangeHistory(assetKey: $assetKey, project: $project, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          assetKey
          changeTypes
          changedAt
          codeVersion { old new }
          partitionsDefinition { old new }
          dependencies { added removed changed }
          tags { added { key new } removed { key old } changed { key old new } }
          metadata { added { key new } removed { key old } changed { key old new } }
          load { sequence image }
        }
      }
    }
  }
`;

const RECORD_MUTATION = /* GraphQL */ `
  mutation BenchRecord($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) { load { id sequence assetsAdded assetsRemoved assetsChanged } }
  }
`;

interface HistoryData {
  project: {
    history: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        cursor: string;
        node: { collapsedCount: number; load: { sequence: number; status: string } };
      }[];
    };
  } | null;
}

interface AssetHistoryData {
  assetChangeHistory: { totalCount: number; edges: { node: { assetKey: string } }[] };
}

interface RecordData {
  recordProjectLoad: {
    load: { sequence: number; assetsAdded: string[]; assetsRemoved: string[]; assetsChanged: string[] };
  };
}

function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** POSTs a prepared body to the app (in process, no socket) and returns the data; throws on any error. */
async function post<T>(app: App, requestBody: string): Promise<T> {
  const response = await app.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: requestBody,
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || result.errors?.length || !result.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

// ---------------------------------------------------------------------------------------------------------
// Measuring

interface Measured {
  name: string;
  summary: Summary;
  /** SQL statements per call (median). */
  statements: number;
  goal: string;
  pass: boolean | null;
}

let statementCounter = 0;
let recentStatements: string[] = [];

/** One operation to time: `prepare` (untimed) builds a call, the call itself is timed. */
interface Spec {
  name: string;
  goalP95?: number;
  prepare(): () => Promise<void>;
  /** Checks the last result (warnings, or a throw when the benchmark itself is broken). */
  finish(): void;
}

function spec<P, R>(options: {
  name: string;
  prepare: () => P;
  run: (prepared: P) => Promise<R>;
  check?: (result: R) => void;
  goalP95?: number;
}): Spec {
  let last: R | undefined;
  return {
    name: options.name,
    goalP95: options.goalP95,
    prepare() {
      const prepared = options.prepare();
      return async () => {
        last = await options.run(prepared);
      };
    },
    finish() {
      if (last !== undefined) options.check?.(last);
    },
  };
}

/**
 * Times `warmup + runs` calls of each spec and keeps the runs after the warm-up. Several specs are
 * interleaved (one call of each per round), so that garbage collection and other background work fall
 * on all of them alike and ratios between them are fair.
 */
async function measure(specs: readonly Spec[], warmup: number, runs: number): Promise<Measured[]> {
  const samples = specs.map((): number[] => []);
  const statements = specs.map((): number[] => []);
  const sql = specs.map((): string[] => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [index, operation] of specs.entries()) {
      const call = operation.prepare();
      const before = statementCounter;
      recentStatements = [];
      const start = now();
      await call();
      const elapsed = msSince(start);
      if (i >= warmup) {
        samples[index]?.push(elapsed);
        statements[index]?.push(statementCounter - before);
        sql[index] = recentStatements;
      }
    }
  }
  return specs.map((operation, index) => {
    operation.finish();
    const summary = summarize(samples[index] ?? []);
    const measured: Measured = {
      name: operation.name,
      summary,
      statements: summarize(statements[index] ?? []).median,
      goal: operation.goalP95 === undefined ? "-" : `p95 < ${operation.goalP95} ms`,
      pass: operation.goalP95 === undefined ? null : summary.p95 < operation.goalP95,
    };
    console.log(
      `  ${measured.name}: median ${ms(summary.median)} ms, p95 ${ms(summary.p95)} ms (${summary.runs} runs, ${measured.statements} SQL statements per call)`,
    );
    if (SHOW_SQL) console.log((sql[index] ?? []).map((text) => `      ${text}`).join("\n"));
    return measured;
  });
}

function verdict(pass: boolean | null): string {
  if (pass === null) return "";
  return pass ? "ok" : "MISSED";
}

// ---------------------------------------------------------------------------------------------------------
// Storage

interface StorageReport {
  generationMs: number;
  statementsPerLoad: number;
  rows: Record<string, number>;
  beforeVacuum: number;
  afterVacuum: number;
  tables: { name: string; bytes: number }[];
  /** snapshotOf (what a rollback reads) at a few sequences: median of a few calls. */
  snapshotReads: { sequence: number; assets: number; medianMs: number }[];
  rollbacks: { recent: Summary; deep: Summary; all: Summary };
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Size of the .db and -wal files after a TRUNCATE checkpoint. */
function checkpointedSize(sqlite: BetterSqlite3.Database, path: string): number {
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  return fileSize(path) + fileSize(`${path}-wal`);
}

async function storageBenchmark(dir: string): Promise<StorageReport> {
  const path = join(dir, "history.db");
  let statements = 0;
  const db = await openDatabase(`file:${path}`, { onQuery: () => statements++ });
  const random = new Random(0x5707a6e);
  const snapshot = new Snapshot(random, CONFIG.storageAssets);
  let time = START_TIME;
  let build = 0;
  const next = (): PlannedLoad => {
    build++;
    if (build > 1) snapshot.edit(CONFIG.storageChanged);
    time += random.int(60, 3600) * 1000;
    const loadedAt = new Date(time);
    const image = `registry.example.com/acme/warehouse:build-${build}`;
    const git = { repositoryUrl: REPOSITORY, commitHash: random.hex(40), branch: "main" };
    const metadata = [{ key: "deployed_by", value: "github-actions" }];
    const assets = snapshot.normalized;
    return {
      loadedAt,
      content: { status: "SUCCESS", error: null, errorStack: null, image, git, metadata, assets },
      args: { project: STORAGE_PROJECT, image, git, metadata, assets: snapshot.raw, loadedAt },
    };
  };
  const generationMs = await generate(
    db,
    STORAGE_PROJECT,
    CONFIG.storageLoads,
    CONFIG.storageBatch,
    next,
    "storage project",
  );
  const statementsPerLoad = statements / CONFIG.storageLoads;
  const { projectId } = await projectIds(db, STORAGE_PROJECT);
  const snapshotReads: StorageReport["snapshotReads"] = [];
  for (const sequence of [1, Math.round(CONFIG.storageLoads / 2), CONFIG.storageLoads]) {
    const samples: number[] = [];
    let assets = 0;
    for (let i = 0; i < 6; i++) {
      const start = now();
      const snapshot = await snapshotOf(db.prisma, { projectId, sequence, status: "SUCCESS" });
      if (i > 0) samples.push(msSince(start));
      assets = snapshot?.length ?? 0;
    }
    if (assets !== CONFIG.storageAssets) warn(`snapshotOf(${sequence}) has ${assets} assets`);
    snapshotReads.push({ sequence, assets, medianMs: summarize(samples).median });
  }
  const rows: Record<string, number> = {
    ProjectLoad: await db.prisma.projectLoad.count(),
    HistoryEntry: await db.prisma.historyEntry.count(),
    AssetVersion: await db.prisma.assetVersion.count(),
    AssetChange: await db.prisma.assetChange.count(),
  };
  await db.close();

  const sqlite = new BetterSqlite3(path);
  try {
    const beforeVacuum = checkpointedSize(sqlite, path);
    let tables: { name: string; bytes: number }[] = [];
    try {
      tables = sqlite
        .prepare("SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC")
        .all() as { name: string; bytes: number }[];
    } catch {
      // dbstat is a compile-time option of SQLite; the breakdown is optional.
    }
    sqlite.exec("VACUUM");
    const afterVacuum = checkpointedSize(sqlite, path);
    sqlite.close();
    const rollbacks = await rollbackBenchmark(path, random);
    return {
      generationMs,
      statementsPerLoad,
      rows,
      beforeVacuum,
      afterVacuum,
      tables,
      snapshotReads,
      rollbacks,
    };
  } finally {
    if (sqlite.open) sqlite.close();
  }
}

const ROLLBACK_MUTATION = /* GraphQL */ `
  mutation Rollback($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      rollback { id fromLoad { sequence } toLoad { sequence } }
      load { id sequence trigger assetsAdded assetsRemoved assetsChanged }
    }
  }
`;

/**
 * rollbackProject through GraphQL on the storage project (10,000 loads of 2,000 assets): to recent loads
 * (within the last 50, what a bad deploy calls for) and to loads anywhere in the history.
 */
async function rollbackBenchmark(path: string, random: Random): Promise<StorageReport["rollbacks"]> {
  const db = await openDatabase(`file:${path}`);
  try {
    const app = await createLocalApp({
      db,
      adminToken: ADMIN_TOKEN,
      logError: (message, error) => warn(`${message}: ${error}`),
    });
    const { projectId } = await projectIds(db, STORAGE_PROJECT);
    const run = async (deep: boolean): Promise<number> => {
      const project = await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } });
      const span = deep ? CONFIG.storageLoads - 1 : 50;
      const sequence = Math.max(
        1,
        Math.min(CONFIG.storageLoads, project.loadCount - 1 - random.int(0, span)),
      );
      const target = await db.prisma.projectLoad.findFirstOrThrow({ where: { projectId, sequence } });
      const start = now();
      const response = await post<{ errors?: unknown[] }>(
        app,
        body(ROLLBACK_MUTATION, {
          input: { loadId: encodeGlobalId("ProjectLoad", target.id), reason: "bench" },
        }),
      );
      const elapsed = msSince(start);
      if (response.errors)
        warn(`rollback to ${sequence} failed: ${JSON.stringify(response.errors).slice(0, 300)}`);
      return elapsed;
    };
    for (let i = 0; i < 3; i++) await run(false);
    const recent: number[] = [];
    const deep: number[] = [];
    for (let i = 0; i < CONFIG.rollbackRuns; i++) recent.push(await run(false));
    for (let i = 0; i < CONFIG.rollbackRuns; i++) deep.push(await run(true));
    return { recent: summarize(recent), deep: summarize(deep), all: summarize([...recent, ...deep]) };
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// History and recording: the same steps, on SQLite and (with --db postgres) on PostgreSQL

interface CoreReport {
  historyMs: number;
  historyCounts: {
    loads: number;
    entries: number;
    failures: number;
    assetChanges: number;
    assetVersions: number;
  };
  results: Measured[];
  /** Deep page / first page: [history, ratio of medians, ratio of p95]. */
  ratios: readonly (readonly [string, number, number])[];
  firstRecordMs: number;
  skipped: number;
  total: number;
  /** The request of the first collapsed history page (what the throughput run sends). */
  firstPageBody: string;
}

/**
 * Generates the history project in `openDb` (from the fixed seeds: the same loads on every database) and
 * times history pages, assetChangeHistory and recordProjectLoad through the GraphQL endpoint.
 */
async function coreBenchmark(
  openDb: Database,
  titles: { generate: string; graphql: string },
  progressLabel: string,
): Promise<CoreReport> {
  // 1. Generate the long history.
  console.log(
    `${titles.generate} project "${HISTORY_PROJECT}": ${count(CONFIG.historyLoads)} loads, ${CONFIG.historyAssets}-asset snapshots, ${CONFIG.historyBatch} loads per transaction (writeLoad)`,
  );
  const results: Measured[] = [];
  const measureAndKeep = async (specs: readonly Spec[], warmup: number, runs: number) => {
    const measured = await measure(specs, warmup, runs);
    results.push(...measured);
    return measured;
  };
  const plan = new HistoryPlan(
    new Random(0x1f0ad5),
    new Snapshot(new Random(0xa55e7), CONFIG.historyAssets, 5),
  );
  const historyMs = await generate(
    openDb,
    HISTORY_PROJECT,
    CONFIG.historyLoads,
    CONFIG.historyBatch,
    () => plan.next(),
    progressLabel,
  );
  const historyProject = await openDb.prisma.project.findFirstOrThrow({ where: { name: HISTORY_PROJECT } });
  const historyCounts = {
    loads: historyProject.loadCount,
    entries: historyProject.entryCount,
    failures: historyProject.loadCount - historyProject.successLoadCount,
    assetChanges: await openDb.prisma.assetChange.count({ where: { projectId: historyProject.id } }),
    assetVersions: await openDb.prisma.assetVersion.count({ where: { projectId: historyProject.id } }),
  };
  if (historyCounts.loads !== CONFIG.historyLoads)
    warn(`expected ${CONFIG.historyLoads} loads, found ${historyCounts.loads}`);
  console.log(
    `  done: ${count(historyCounts.loads)} loads (${count(historyCounts.failures)} failures), ${count(historyCounts.entries)} collapsed entries, ${count(historyCounts.assetChanges)} asset changes, ${count(historyCounts.assetVersions)} asset versions`,
  );
  for (const [kind, n] of plan.kinds) console.log(`    ${kind}: ${count(n)}`);
  console.log("");

  // 2. Reads and recording through the GraphQL endpoint.
  const app = await createLocalApp({ db: openDb, adminToken: ADMIN_TOKEN });
  console.log(
    `${titles.graphql} (app.fetch in process, Authorization: Bearer <admin token>), ${CONFIG.readWarmup} warm-up + ${CONFIG.readRuns} timed runs per read`,
  );

  // Deep cursors: "after the 90,000th load, newest first". Computed with the cursor format of
  // src/domain/ids.ts (encodeCursor), since paging there 100 at a time would take 900+ requests; the
  // format is checked against the cursors the API returns, and the deep pages' first rows are checked.
  const total = CONFIG.historyLoads;
  const skipped = Math.round(total * 0.9);
  const lastSkippedSequence = total - skipped + 1; // the 90,000th load newest first
  const deepLoadCursor = encodeCursor("load", lastSkippedSequence);
  const skippedEntry = await openDb.prisma.historyEntry.findFirstOrThrow({
    where: {
      projectId: historyProject.id,
      firstSequence: { lte: lastSkippedSequence },
      lastSequence: { gte: lastSkippedSequence },
    },
  });
  const entryAfter = await openDb.prisma.historyEntry.findFirst({
    where: { projectId: historyProject.id, position: skippedEntry.position - 1 },
  });
  const deepEntryCursor = encodeCursor("entry", skippedEntry.position);
  console.log(
    `  deep cursors (encodeCursor): uncollapsed after sequence ${lastSkippedSequence} (= after ${count(skipped)} loads); collapsed after entry position ${skippedEntry.position} of ${count(historyCounts.entries)} (the entry holding sequence ${lastSkippedSequence})`,
  );

  // The recording project's first load (2,000 NEW assets) comes first, so that the deployment-wide
  // assetChangeHistory reads below span two projects.
  const recordSnapshot = new Snapshot(new Random(0x7ec0d), CONFIG.recordAssets);
  const recordInput = () => ({
    deployment: DEPLOYMENT,
    project: RECORD_PROJECT,
    image: "registry.example.com/acme/warehouse:build-1",
    git: {
      repositoryUrl: REPOSITORY,
      commitHash: "3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",
      branch: "main",
    },
    metadata: [{ key: "deployed_by", value: "github-actions" }],
    assets: recordSnapshot.raw,
  });
  const firstBody = body(RECORD_MUTATION, { input: recordInput() });
  const firstStart = now();
  const firstRecord = await post<RecordData>(app, firstBody);
  const firstRecordMs = msSince(firstStart);
  console.log(
    `  first load of project "${RECORD_PROJECT}" (${count(firstRecord.recordProjectLoad.load.assetsAdded.length)} NEW assets, ${mb(Buffer.byteLength(firstBody))} request, once, not a median): ${ms(firstRecordMs)} ms`,
  );

  const historyBody = (collapse: boolean, after: string | null) =>
    body(HISTORY_QUERY, { name: HISTORY_PROJECT, first: PAGE, after, collapse });
  const historyRead = (
    name: string,
    collapse: boolean,
    after: string | null,
    expectedEdges: number,
    check: (data: HistoryData) => void,
  ) =>
    spec({
      name,
      prepare: () => historyBody(collapse, after),
      run: (prepared) => post<HistoryData>(app, prepared),
      check: (data) => {
        const history = data.project?.history;
        if (!history) throw new Error(`${name}: no project`);
        if (history.edges.length !== expectedEdges)
          warn(`${name}: ${history.edges.length} edges, expected ${expectedEdges}`);
        check(data);
      },
      goalP95: GOALS.historyP95Ms,
    });

  const historyReads = [
    historyRead("history, first page, collapseSimilar: true", true, null, PAGE, (data) => {
      const history = data.project?.history;
      if (history?.totalCount !== historyCounts.entries)
        warn(`collapsed totalCount ${history?.totalCount}, expected ${historyCounts.entries}`);
      const edge = history?.edges[0];
      if (edge && edge.cursor !== encodeCursor("entry", historyCounts.entries))
        warn("entry cursor format differs from encodeCursor('entry', position)");
    }),
    historyRead(
      `history, deep page (after ${count(skipped)} loads), collapseSimilar: true`,
      true,
      deepEntryCursor,
      Math.min(PAGE, skippedEntry.position - 1),
      (data) => {
        const first = data.project?.history.edges[0]?.node.load.sequence;
        if (first !== entryAfter?.lastSequence)
          warn(`deep collapsed page starts at load ${first}, expected ${entryAfter?.lastSequence}`);
      },
    ),
    historyRead("history, first page, collapseSimilar: false", false, null, PAGE, (data) => {
      const history = data.project?.history;
      if (history?.totalCount !== total)
        warn(`uncollapsed totalCount ${history?.totalCount}, expected ${total}`);
      const edge = history?.edges[0];
      if (edge?.node.load.sequence !== total)
        warn(`first load is ${edge?.node.load.sequence}, expected ${total}`);
      if (edge && edge.cursor !== encodeCursor("load", total))
        warn("load cursor format differs from encodeCursor('load', sequence)");
    }),
    historyRead(
      `history, deep page (after ${count(skipped)} loads), collapseSimilar: false`,
      false,
      deepLoadCursor,
      Math.min(PAGE, lastSkippedSequence - 1),
      (data) => {
        const first = data.project?.history.edges[0]?.node.load.sequence;
        if (first !== lastSkippedSequence - 1)
          warn(`deep uncollapsed page starts at load ${first}, expected ${lastSkippedSequence - 1}`);
      },
    ),
  ];
  const [firstCollapsed, deepCollapsed, firstUncollapsed, deepUncollapsed] = (await measureAndKeep(
    historyReads,
    CONFIG.readWarmup,
    CONFIG.readRuns,
  )) as [Measured, Measured, Measured, Measured];

  // The most edited asset (a long change history) and one never edited (a single NEW change): the
  // latter shows what a read costs when the index does not serve it.
  const hot = plan.snapshot.hottest().key;
  const cold = plan.snapshot.coldest();
  const assetRead = (assetKey: string, label: string, project: string | null) =>
    spec({
      name: `assetChangeHistory(${label} "${assetKey}"${project ? `, project: "${project}"` : ", whole deployment"}), first ${PAGE}`,
      prepare: () => body(ASSET_HISTORY_QUERY, { assetKey, project, first: PAGE }),
      run: (prepared) => post<AssetHistoryData>(app, prepared),
      check: (data) => {
        const history = data.assetChangeHistory;
        console.log(
          `  assetChangeHistory("${assetKey}", project: ${project}): totalCount ${count(history.totalCount)}`,
        );
        if (history.edges.length !== Math.min(PAGE, history.totalCount))
          warn(`assetChangeHistory ${assetKey}: ${history.edges.length} edges`);
        if (history.totalCount === 0) warn(`assetChangeHistory ${assetKey}: no change found`);
      },
    });
  if (cold === null) throw new Error("the workload left no asset unedited");
  await measureAndKeep(
    [
      assetRead(hot, "most edited", HISTORY_PROJECT),
      assetRead(hot, "most edited", null),
      assetRead(cold, "never edited", HISTORY_PROJECT),
      assetRead(cold, "never edited", null),
    ],
    CONFIG.readWarmup,
    CONFIG.readRuns,
  );

  // Recording: every call sends the full 2,000-asset snapshot with 20 assets edited.
  console.log(
    `  recording: project "${RECORD_PROJECT}" with ${count(CONFIG.recordAssets)} assets, ${CONFIG.recordChanged} assets edited per call`,
  );
  const checkChanged = (changed: number) => {
    if (changed !== CONFIG.recordChanged)
      warn(`a recorded load changed ${changed} assets, expected ${CONFIG.recordChanged}`);
  };
  // The two paths alternate; each call edits 20 assets of the snapshot the previous call recorded.
  await measureAndKeep(
    [
      spec({
        name: `recordProjectLoad via GraphQL, ${count(CONFIG.recordAssets)} assets, ${CONFIG.recordChanged} changed`,
        prepare: () => {
          recordSnapshot.edit(CONFIG.recordChanged);
          return body(RECORD_MUTATION, { input: recordInput() });
        },
        run: (prepared) => post<RecordData>(app, prepared),
        check: (data) => checkChanged(data.recordProjectLoad.load.assetsChanged.length),
        goalP95: GOALS.recordP95Ms,
      }),
      spec({
        name: "  same, as a service call (recordLoad, no GraphQL)",
        prepare: () => {
          recordSnapshot.edit(CONFIG.recordChanged);
          return recordInput();
        },
        run: (input) => recordLoad({ db: openDb, afterCommit: NOTHING_AFTER_COMMIT }, input, "bench"),
        check: (recorded) => checkChanged(recorded.load.assetChangeCount),
      }),
    ],
    CONFIG.recordWarmup,
    CONFIG.recordRuns,
  );

  const ratio = (deep: Measured, first: Measured) => deep.summary.median / first.summary.median;
  const ratios = [
    [
      "collapseSimilar: true",
      ratio(deepCollapsed, firstCollapsed),
      deepCollapsed.summary.p95 / firstCollapsed.summary.p95,
    ],
    [
      "collapseSimilar: false",
      ratio(deepUncollapsed, firstUncollapsed),
      deepUncollapsed.summary.p95 / firstUncollapsed.summary.p95,
    ],
  ] as const;
  return {
    historyMs,
    historyCounts,
    results,
    ratios,
    firstRecordMs,
    skipped,
    total,
    firstPageBody: historyBody(true, null),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Main

function loadAverage(): string {
  return `${loadavg()
    .map((value) => value.toFixed(2))
    .join(" ")} (1, 5, 15 min) on ${cpus().length} CPUs`;
}

function ratioText(postgres: number, sqlite: number): string {
  return sqlite > 0 ? `${(postgres / sqlite).toFixed(2)}x` : "-";
}

/** SQLite and PostgreSQL side by side: the same workload, the same operations, the ratio PostgreSQL/SQLite. */
function printComparison(sqlite: CoreReport, postgres: CoreReport, postgresVersion: string): void {
  console.log(
    `SQLite vs PostgreSQL ${postgresVersion} (same workload from the same seeds; ms; app.fetch in process; ratio = PostgreSQL / SQLite):`,
  );
  const same = JSON.stringify(sqlite.historyCounts) === JSON.stringify(postgres.historyCounts);
  if (!same)
    warn(
      `the history project differs between the databases: SQLite ${JSON.stringify(sqlite.historyCounts)}, PostgreSQL ${JSON.stringify(postgres.historyCounts)}`,
    );
  const perLoad = (report: CoreReport) => report.historyMs / CONFIG.historyLoads;
  const rows: string[][] = [
    [
      `generation of the history project (ms per load, ${count(CONFIG.historyLoads)} loads)`,
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
      `first load of "${RECORD_PROJECT}" (${count(CONFIG.recordAssets)} NEW assets, once)`,
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

  const sqliteVersion = (() => {
    const probe = new BetterSqlite3(":memory:");
    try {
      return (probe.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
    } finally {
      probe.close();
    }
  })();
  console.log(`project-history benchmark${QUICK ? " (--quick: small smoke version)" : ""}`);
  console.log(
    `command: tsx bench/run.ts${ARGS.length ? ` ${ARGS.join(" ")}` : ""}   (npm run bench${ARGS.length ? ` -- ${ARGS.join(" ")}` : ""})`,
  );
  console.log(
    `node ${process.version}, ${platform()} ${release()}, ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, SQLite ${sqliteVersion}`,
  );
  console.log(`temporary directory: ${dir} (deleted at the end)`);
  console.log(
    `load average at start: ${loadAverage()} (other processes on the machine add noise to the timings)`,
  );

  let db: Database | null = null;
  try {
    if (POSTGRES) {
      // Created first, so that an unreachable server shows before the long SQLite part, not after it.
      postgres = await createThrowawayDatabase();
      console.log(
        `PostgreSQL ${postgres.version}: throwaway database "${postgres.name}" on ${redactUrl(POSTGRES_ADMIN_URL)} (dropped at the end)`,
      );
    }
    console.log("");

    const onQuery = (sql: string) => {
      statementCounter++;
      if (SHOW_SQL) recentStatements.push(sql);
    };
    mkdirSync(join(dir, "main"));
    const mainPath = join(dir, "main", "history.db");
    db = await openDatabase(`file:${mainPath}`, { onQuery });
    const sqliteReport = await coreBenchmark(
      db,
      { generate: "1. Generating", graphql: "2. GraphQL endpoint" },
      "history project",
    );
    await db.close();
    db = null;
    console.log("");

    // 3. Storage.
    console.log(
      `3. Storage: project "${STORAGE_PROJECT}", ${count(CONFIG.storageAssets)} assets recorded ${count(CONFIG.storageLoads)} times, ${CONFIG.storageChanged} assets edited per load, ${CONFIG.storageBatch} loads per transaction (separate database)`,
    );
    mkdirSync(join(dir, "storage"));
    const storage = await storageBenchmark(join(dir, "storage"));
    console.log("");

    // 4. and 5. The same history and recording benchmarks on PostgreSQL, then throughput over HTTP.
    let postgresReport: CoreReport | null = null;
    let postgresSize: Awaited<ReturnType<typeof postgresSizes>> | null = null;
    let throughput: ThroughputReport | null = null;
    if (postgres) {
      db = await openDatabase(postgres.url, { onQuery });
      postgresReport = await coreBenchmark(
        db,
        { generate: "4. PostgreSQL: generating", graphql: "   PostgreSQL: GraphQL endpoint" },
        "history project on PostgreSQL",
      );
      await db.close();
      db = null;
      postgresSize = await postgresSizes(postgres.url);
      console.log("");
      console.log(
        `5. Throughput on PostgreSQL: first history page over HTTP, ${THROUGHPUT.clients} concurrent clients, 1 then 2 server instances (child processes)`,
      );
      throughput = await throughputBenchmark({
        databaseUrl: postgres.url,
        adminToken: ADMIN_TOKEN,
        body: postgresReport.firstPageBody,
        expectedEdges: PAGE,
        ...THROUGHPUT,
        log: (message) => console.log(message),
      });
      console.log("");
    }

    // Report.
    const totalMs = msSince(totalStart);
    const { historyMs, historyCounts, results, ratios, skipped, total, firstRecordMs } = sqliteReport;
    console.log("=".repeat(100));
    console.log(`RESULTS${QUICK ? " (--quick: smoke numbers, not comparable to the goals)" : ""}`);
    console.log("");
    console.log("Data generation (writeLoad inside db.prisma.$transaction, batched):");
    console.log(
      table(
        ["what", "loads", "time", "ms/load"],
        [
          [
            `history project: ${CONFIG.historyAssets}-asset snapshots, runs of identical loads, failures`,
            count(CONFIG.historyLoads),
            seconds(historyMs),
            ms(historyMs / CONFIG.historyLoads),
          ],
          [
            `storage project: ${count(CONFIG.storageAssets)} assets, ${CONFIG.storageChanged} edited per load`,
            count(CONFIG.storageLoads),
            seconds(storage.generationMs),
            ms(storage.generationMs / CONFIG.storageLoads),
          ],
        ],
      ),
    );
    console.log(
      `  history project: ${count(historyCounts.entries)} collapsed entries, ${count(historyCounts.failures)} failures, ${count(historyCounts.assetChanges)} asset changes`,
    );
    console.log("");
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
    console.log("");
    console.log(
      `Storage: ${count(CONFIG.storageAssets)} assets x ${count(CONFIG.storageLoads)} loads, ${CONFIG.storageChanged} changed per load (.db + -wal after PRAGMA wal_checkpoint(TRUNCATE)):`,
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
        )}; ${ms(storage.statementsPerLoad)} SQL statements per load; ${(storage.afterVacuum / CONFIG.storageLoads / 1024).toFixed(1)} KB per load`,
    );
    console.log(
      table(
        [
          `rollbackProject via GraphQL (${count(CONFIG.storageLoads)} loads x ${count(CONFIG.storageAssets)} assets)`,
          "runs",
          "median",
          "p95",
          "max",
          "goal",
        ],
        [
          ["to a load among the last 50", storage.rollbacks.recent],
          ["to a load anywhere in the history", storage.rollbacks.deep],
          ["all", storage.rollbacks.all],
        ].map(([label, summary]) => {
          const s = summary as Summary;
          return [
            label as string,
            String(s.runs),
            ms(s.median),
            ms(s.p95),
            ms(s.max),
            label === "all" ? `p95 < 300 ms ${s.p95 < 300 ? "ok" : "MISSED"}` : "",
          ];
        }),
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
    console.log("");
    if (postgresReport && postgres) {
      printComparison(sqliteReport, postgresReport, postgres.version);
      if (postgresSize) {
        console.log(
          `  PostgreSQL database after the history and recording projects: ${mb(postgresSize.database)} (pg_database_size); largest: ${postgresSize.relations
            .slice(0, 5)
            .map((relation) => `${relation.name} ${mb(relation.bytes)}`)
            .join(", ")}`,
        );
      }
      console.log("");
    }
    if (throughput) {
      console.log(
        `Throughput over HTTP on PostgreSQL: ${throughput.options.clients} concurrent keep-alive clients (one child process) POST the first history page (collapseSimilar: true, first ${PAGE}, the selection above), ${seconds(throughput.options.warmupMs)} warm-up + ${seconds(throughput.options.durationMs)} measured; each instance is its own process (openDatabase + startServer, pool of ${throughput.poolSize} connections); the clients alternate between instances:`,
      );
      console.log(throughputTable(throughput));
      console.log("");
    }
    const goalsMissed = [
      ...results.filter((result) => result.pass === false).map((result) => result.name),
      ...ratios.filter(([, medians]) => medians > GOALS.deepOverFirst).map(([name]) => `deep/first ${name}`),
      ...(storage.afterVacuum >= GOALS.storageMb * 1024 * 1024 ? ["storage"] : []),
    ];
    console.log(`Goals missed: ${goalsMissed.length === 0 ? "none" : goalsMissed.join("; ")}`);
    if (postgresReport) {
      const missedOnPostgres = [
        ...postgresReport.results.filter((result) => result.pass === false).map((result) => result.name),
        ...postgresReport.ratios
          .filter(([, medians]) => medians > GOALS.deepOverFirst)
          .map(([name]) => `deep/first ${name}`),
      ];
      console.log(
        `Goals missed on PostgreSQL (information; the goals are set for SQLite): ${missedOnPostgres.length === 0 ? "none" : missedOnPostgres.join("; ")}`,
      );
    }
    console.log(`Warnings: ${warnings.length === 0 ? "none" : ""}`);
    for (const message of warnings) console.log(`  - ${message}`);
    const memory = process.memoryUsage();
    console.log(
      `Memory: RSS ${mb(memory.rss)} at the end (peak ${mb(process.resourceUsage().maxRSS * 1024)}), heap used ${mb(memory.heapUsed)}`,
    );
    console.log(`Load average at the end: ${loadAverage()}`);
    console.log(
      `Total time: ${seconds(totalMs)}; first load of the recording project: ${ms(firstRecordMs)} ms`,
    );
  } finally {
    if (db) await db.close();
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
