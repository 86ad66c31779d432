// rollbackProject latency on a project of 10,000 loads with 2,000-asset snapshots (20 assets edited per
// load), through the GraphQL endpoint, by how far back the target is. Usage: tsx bench/rollback.ts [--quick]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalApp } from "../src/app/server";
import { openDatabase } from "../src/db/index";
import { encodeGlobalId } from "../src/domain/ids";
import { NOTHING_AFTER_COMMIT } from "../src/loads/after-commit";
import { recordLoad } from "../src/loads/record";
import { writeLoad } from "../src/loads/write-load";
import { flag, parseOptions } from "./args";
import { body, post } from "./graphql";
import { count, ms, msSince, now, seconds, summarize, table } from "./stats";
import { Random, Snapshot } from "./workload";

const ARGS = process.argv.slice(2);
const { quick } = parseOptions(
  {
    usage: "tsx bench/rollback.ts",
    about: "rollbackProject latency through GraphQL, by how far back the target load is.",
  },
  { quick: flag("smoke version: 500 loads x 500 assets, 5 runs per distance") },
  ARGS,
);
const LOADS = quick ? 500 : 10_000;
const ASSETS = quick ? 500 : 2_000;
const CHANGED = 20;
const RUNS = quick ? 5 : 20;
const ADMIN = "bench-admin-token-0123456789abcdef";

const dir = mkdtempSync(join(tmpdir(), "project-history-rollback-bench-"));
try {
  const db = await openDatabase(`file:${join(dir, "history.db")}`);
  const random = new Random(0x5707a6e);
  const snapshot = new Snapshot(random, ASSETS);
  const started = now();
  await recordLoad(
    { db, afterCommit: NOTHING_AFTER_COMMIT },
    { project: "p", image: "img:1", assets: snapshot.raw },
    "bench",
  );
  const project = await db.prisma.project.findFirstOrThrow({ where: { name: "p" } });
  for (let written = 1; written < LOADS; ) {
    const batch = Math.min(100, LOADS - written);
    await db.prisma.$transaction(
      async (tx) => {
        for (let i = 0; i < batch; i++) {
          await writeLoad(tx, {
            projectId: project.id,
            deploymentId: project.deploymentId,
            trigger: "DEPLOY",
            loadedAt: new Date(),
            recordedBy: "bench",
            content: {
              status: "SUCCESS",
              error: null,
              errorStack: null,
              image: `img:${written + i + 1}`,
              git: { repositoryUrl: null, commitHash: null, branch: null },
              metadata: [],
              assets: snapshot.edit(CHANGED),
            },
          });
        }
      },
      { maxWait: 60_000, timeout: 3_600_000 },
    );
    written += batch;
  }
  const generationMs = msSince(started);
  const app = await createLocalApp({ db, adminToken: ADMIN });
  const mutation = `mutation ($id: ID!) { rollbackProject(input: { loadId: $id }) { load { sequence assetsChanged } } }`;
  const rollback = async (back: number): Promise<number> => {
    const { loadCount } = await db.prisma.project.findUniqueOrThrow({ where: { id: project.id } });
    const target = await db.prisma.projectLoad.findFirstOrThrow({
      where: { projectId: project.id, sequence: Math.max(1, loadCount - back) },
    });
    const request = body(mutation, { id: encodeGlobalId("ProjectLoad", target.id) });
    const start = now();
    await post(app, request, ADMIN);
    return msSince(start);
  };
  for (let i = 0; i < 3; i++) await rollback(1);
  const cases: [string, () => number][] = [
    ["to the load before the current one (20 assets differ)", () => 1],
    ["to a load among the last 50 (up to 1,000 assets differ)", () => random.int(2, 50)],
    ["to a load anywhere in the history (about all assets differ)", () => random.int(51, LOADS - 2)],
  ];
  const rows = [];
  const all: number[] = [];
  for (const [label, back] of cases) {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await rollback(back()));
    all.push(...samples);
    const summary = summarize(samples);
    rows.push([label, String(summary.runs), ms(summary.median), ms(summary.p95), ms(summary.max)]);
  }
  console.log(
    `rollbackProject via GraphQL (app.fetch), project of ${count(LOADS)} loads x ${count(ASSETS)} assets, ${CHANGED} edited per load; generated in ${seconds(generationMs, 0)}`,
  );
  console.log(`command: npx tsx bench/rollback.ts${ARGS.length ? ` ${ARGS.join(" ")}` : ""}\n`);
  console.log(table(["target", "runs", "median ms", "p95 ms", "max ms"], rows));
  console.log("\ngoal: p95 < 300 ms (the issue names no target distance; each row is reported)");
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
