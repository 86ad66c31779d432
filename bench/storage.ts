// The storage benchmark, in a database of its own: a project of 2,000 assets recorded 10,000 times with 20
// assets edited per load (bench/history-workload.ts's generate), then snapshotOf (what a rollback reads) at
// a few sequences, row counts, the file size before and after VACUUM and the largest tables (dbstat), and
// rollbackProject through GraphQL on that project. Returns what the report prints (bench/report.ts).
import { statSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { createLocalApp } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { encodeGlobalId } from "../src/domain/ids";
import { snapshotOf } from "../src/loads/snapshot-store";
import { ADMIN_TOKEN, type Sizes, STORAGE_PROJECT } from "./config";
import { body, post } from "./graphql";
import { generate, projectIds, steadyDeploys } from "./history-workload";
import { warn } from "./measure";
import { msSince, now, type Summary, summarize } from "./stats";
import { Random, Snapshot } from "./workload";

export interface StorageReport {
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

export async function storageBenchmark(dir: string, config: Sizes): Promise<StorageReport> {
  const path = join(dir, "history.db");
  let statements = 0;
  const db = await openDatabase(`file:${path}`, { onQuery: () => statements++ });
  const random = new Random(0x5707a6e);
  const snapshot = new Snapshot(random, config.storageAssets);
  const next = steadyDeploys(random, snapshot, STORAGE_PROJECT, config.storageChanged);
  const generationMs = await generate(
    db,
    STORAGE_PROJECT,
    config.storageLoads,
    config.storageBatch,
    next,
    "storage project",
  );
  const statementsPerLoad = statements / config.storageLoads;
  const { projectId } = await projectIds(db, STORAGE_PROJECT);
  const snapshotReads: StorageReport["snapshotReads"] = [];
  for (const sequence of [1, Math.round(config.storageLoads / 2), config.storageLoads]) {
    const samples: number[] = [];
    let assets = 0;
    for (let i = 0; i < 6; i++) {
      const start = now();
      const snapshot = await snapshotOf(db.prisma, { projectId, sequence, status: "SUCCESS" });
      if (i > 0) samples.push(msSince(start));
      assets = snapshot?.length ?? 0;
    }
    if (assets !== config.storageAssets) warn(`snapshotOf(${sequence}) has ${assets} assets`);
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
    const rollbacks = await rollbackBenchmark(path, random, config);
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
async function rollbackBenchmark(
  path: string,
  random: Random,
  config: Sizes,
): Promise<StorageReport["rollbacks"]> {
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
      const span = deep ? config.storageLoads - 1 : 50;
      const sequence = Math.max(
        1,
        Math.min(config.storageLoads, project.loadCount - 1 - random.int(0, span)),
      );
      const target = await db.prisma.projectLoad.findFirstOrThrow({ where: { projectId, sequence } });
      const start = now();
      // post throws on an error answer: a failed rollback ends the benchmark.
      await post(
        app,
        body(ROLLBACK_MUTATION, {
          input: { loadId: encodeGlobalId("ProjectLoad", target.id), reason: "bench" },
        }),
        ADMIN_TOKEN,
      );
      return msSince(start);
    };
    for (let i = 0; i < 3; i++) await run(false);
    const recent: number[] = [];
    const deep: number[] = [];
    for (let i = 0; i < config.rollbackRuns; i++) recent.push(await run(false));
    for (let i = 0; i < config.rollbackRuns; i++) deep.push(await run(true));
    return { recent: summarize(recent), deep: summarize(deep), all: summarize([...recent, ...deep]) };
  } finally {
    await db.close();
  }
}
