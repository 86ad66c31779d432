// The history and recording benchmark, the same steps on SQLite and (with --db postgres) on PostgreSQL:
// generates the history project from the fixed seeds (bench/history-workload.ts), then times through the
// GraphQL endpoint (app.fetch in process) the first and a deep history page, collapsed and not,
// assetChangeHistory of the most and of a never edited asset, and recordProjectLoad of a 2,000-asset
// snapshot (bench/measure.ts). Returns what the report prints (bench/report.ts).
import { createLocalApp } from "../src/app/server";
import type { Database } from "../src/db/index";
import { encodeCursor } from "../src/domain/ids";
import { NOTHING_AFTER_COMMIT } from "../src/loads/after-commit";
import { recordLoad } from "../src/loads/record";
import {
  ADMIN_TOKEN,
  DEPLOYMENT,
  GOALS,
  HISTORY_PROJECT,
  PAGE,
  RECORD_PROJECT,
  REPOSITORY,
  type Sizes,
} from "./config";
import { body, post } from "./graphql";
import { generate, HistoryPlan } from "./history-workload";
import { type Measured, measure, type Spec, type StatementLog, spec, warn } from "./measure";
import { count, mb, ms, msSince, now } from "./stats";
import { Random, Snapshot } from "./workload";

const HISTORY_QUERY = /* GraphQL */ `
  query BenchHistory($name: String!, $first: Int!, $after: String, $collapse: Boolean!) {
    project(deployment: "${DEPLOYMENT}", name: $name) {
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

export interface HistoryReport {
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
export async function historyBenchmark(
  openDb: Database,
  config: Sizes,
  statements: StatementLog,
  titles: { generate: string; graphql: string },
  progressLabel: string,
): Promise<HistoryReport> {
  // 1. Generate the long history.
  console.log(
    `${titles.generate} project "${HISTORY_PROJECT}": ${count(config.historyLoads)} loads, ${config.historyAssets}-asset snapshots, ${config.historyBatch} loads per transaction (writeLoad)`,
  );
  const results: Measured[] = [];
  const measureAndKeep = async (specs: readonly Spec[], warmup: number, runs: number) => {
    const measured = await measure(specs, warmup, runs, statements);
    results.push(...measured);
    return measured;
  };
  const plan = new HistoryPlan(
    new Random(0x1f0ad5),
    new Snapshot(new Random(0xa55e7), config.historyAssets, 5),
  );
  const historyMs = await generate(
    openDb,
    HISTORY_PROJECT,
    config.historyLoads,
    config.historyBatch,
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
  if (historyCounts.loads !== config.historyLoads)
    warn(`expected ${config.historyLoads} loads, found ${historyCounts.loads}`);
  console.log(
    `  done: ${count(historyCounts.loads)} loads (${count(historyCounts.failures)} failures), ${count(historyCounts.entries)} collapsed entries, ${count(historyCounts.assetChanges)} asset changes, ${count(historyCounts.assetVersions)} asset versions`,
  );
  for (const [kind, n] of plan.kinds) console.log(`    ${kind}: ${count(n)}`);
  console.log("");

  // 2. Reads and recording through the GraphQL endpoint.
  const app = await createLocalApp({ db: openDb, adminToken: ADMIN_TOKEN });
  console.log(
    `${titles.graphql} (app.fetch in process, Authorization: Bearer <admin token>), ${config.readWarmup} warm-up + ${config.readRuns} timed runs per read`,
  );

  // Deep cursors: "after the 90,000th load, newest first". Computed with the cursor format of
  // src/domain/ids.ts (encodeCursor), since paging there 100 at a time would take 900+ requests; the
  // format is checked against the cursors the API returns, and the deep pages' first rows are checked.
  const total = config.historyLoads;
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
  const recordSnapshot = new Snapshot(new Random(0x7ec0d), config.recordAssets);
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
  const firstRecord = await post<RecordData>(app, firstBody, ADMIN_TOKEN);
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
      run: (prepared) => post<HistoryData>(app, prepared, ADMIN_TOKEN),
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
    config.readWarmup,
    config.readRuns,
  )) as [Measured, Measured, Measured, Measured];

  // The most edited asset (a long change history) and one never edited (a single NEW change): the
  // latter shows what a read costs when the index does not serve it.
  const hot = plan.snapshot.hottest().key;
  const cold = plan.snapshot.coldest();
  const assetRead = (assetKey: string, label: string, project: string | null) =>
    spec({
      name: `assetChangeHistory(${label} "${assetKey}"${project ? `, project: "${project}"` : ", whole deployment"}), first ${PAGE}`,
      prepare: () => body(ASSET_HISTORY_QUERY, { assetKey, project, first: PAGE }),
      run: (prepared) => post<AssetHistoryData>(app, prepared, ADMIN_TOKEN),
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
    config.readWarmup,
    config.readRuns,
  );

  // Recording: every call sends the full 2,000-asset snapshot with 20 assets edited.
  console.log(
    `  recording: project "${RECORD_PROJECT}" with ${count(config.recordAssets)} assets, ${config.recordChanged} assets edited per call`,
  );
  const checkChanged = (changed: number) => {
    if (changed !== config.recordChanged)
      warn(`a recorded load changed ${changed} assets, expected ${config.recordChanged}`);
  };
  // The two paths alternate; each call edits 20 assets of the snapshot the previous call recorded.
  await measureAndKeep(
    [
      spec({
        name: `recordProjectLoad via GraphQL, ${count(config.recordAssets)} assets, ${config.recordChanged} changed`,
        prepare: () => {
          recordSnapshot.edit(config.recordChanged);
          return body(RECORD_MUTATION, { input: recordInput() });
        },
        run: (prepared) => post<RecordData>(app, prepared, ADMIN_TOKEN),
        check: (data) => checkChanged(data.recordProjectLoad.load.assetsChanged.length),
        goalP95: GOALS.recordP95Ms,
      }),
      spec({
        name: "  same, as a service call (recordLoad, no GraphQL)",
        prepare: () => {
          recordSnapshot.edit(config.recordChanged);
          return recordInput();
        },
        run: (input) => recordLoad({ db: openDb, afterCommit: NOTHING_AFTER_COMMIT }, input, "bench"),
        check: (recorded) => checkChanged(recorded.load.assetChangeCount),
      }),
    ],
    config.recordWarmup,
    config.recordRuns,
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
