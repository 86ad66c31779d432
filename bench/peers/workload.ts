// The data of bench/peers.ts: one project ("peers-dashboard" in deployment "prod") with N loads of a
// 2,000-asset snapshot, 20 assets edited per load (deterministic, from a fixed seed: bench/workload.ts).
// Recorded through the project's own write path, as bench/run.ts does: the first load through
// validateRecordInput + recordProjectLoad (creates the deployment and project), the others through
// writeLoad inside db.prisma.$transaction, `batch` loads per transaction; the hand-built content of the
// first loads is checked against validateRecordInput's.
import type { Database } from "../../src/db";
import { recordProjectLoad, writeLoad } from "../../src/services/loads";
import {
  type LoadContent,
  type RecordProjectLoadArgs,
  validateRecordInput,
} from "../../src/services/record-input";
import { count, ms, msSince, now, seconds } from "../stats";
import { Random, Snapshot } from "../workload";

export const DEPLOYMENT = "prod";
export const PROJECT = "peers-dashboard";
const REPOSITORY = "https://github.com/acme/warehouse";
const START_TIME = Date.UTC(2024, 0, 1);
const SEED = 0x9ee75;

export interface WorkloadOptions {
  loads: number;
  assets: number;
  changedPerLoad: number;
  /** Loads per transaction. */
  batch: number;
  log: (message: string) => void;
}

interface PlannedLoad {
  content: LoadContent;
  loadedAt: Date;
  /** The same load as GraphQL input, to check `content` against validateRecordInput. */
  args: RecordProjectLoadArgs;
}

export interface WorkloadCounts {
  loads: number;
  assetChanges: number;
  assetVersions: number;
}

function checkContent(planned: PlannedLoad): void {
  const valid = validateRecordInput(planned.args).content;
  if (JSON.stringify(valid) !== JSON.stringify(planned.content))
    throw new Error("generated load content differs from validateRecordInput's");
}

/** Writes the workload into `db` (an empty, migrated database); returns how long it took. */
export async function buildWorkload(db: Database, options: WorkloadOptions): Promise<number> {
  const start = now();
  const cpuStart = process.cpuUsage();
  const random = new Random(SEED);
  const snapshot = new Snapshot(random, options.assets);
  let time = START_TIME;
  let build = 0;
  const next = (): PlannedLoad => {
    build++;
    if (build > 1) snapshot.edit(options.changedPerLoad);
    time += random.int(60, 3600) * 1000;
    const loadedAt = new Date(time);
    const image = `registry.example.com/acme/warehouse:build-${build}`;
    const git = { repositoryUrl: REPOSITORY, commitHash: random.hex(40), branch: "main" };
    const metadata = [{ key: "deployed_by", value: "github-actions" }];
    return {
      loadedAt,
      content: {
        status: "SUCCESS",
        error: null,
        errorStack: null,
        image,
        git,
        metadata,
        assets: snapshot.normalized,
      },
      args: { project: PROJECT, image, git, metadata, assets: snapshot.raw, loadedAt },
    };
  };

  const first = next();
  checkContent(first);
  await recordProjectLoad(db, validateRecordInput({ ...first.args, deployment: DEPLOYMENT }), "bench");
  const project = await db.prisma.project.findFirstOrThrow({
    where: { name: PROJECT, deployment: { name: DEPLOYMENT } },
    select: { id: true, deploymentId: true },
  });
  let written = 1;
  let reported = 0;
  while (written < options.loads) {
    const planned = Array.from({ length: Math.min(options.batch, options.loads - written) }, next);
    if (written < 20) planned.slice(0, 5).forEach(checkContent);
    await db.prisma.$transaction(
      async (tx) => {
        for (const load of planned) {
          await writeLoad(tx, {
            projectId: project.id,
            deploymentId: project.deploymentId,
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
    if (written - reported >= options.loads / 10 || written === options.loads) {
      reported = written;
      const elapsed = msSince(start);
      const cpu = process.cpuUsage(cpuStart);
      // This process's CPU (diffing, hashing, Prisma) against the time spent: the rest is PostgreSQL and waiting.
      options.log(
        `  ${count(written)}/${count(options.loads)} loads, ${seconds(elapsed)} (${ms(elapsed / written)} ms/load; this process's CPU ${ms((cpu.user + cpu.system) / 1000 / written)} ms/load)`,
      );
    }
  }
  return msSince(start);
}

/** What the database holds for the project: to check a reused database, and for the report. */
export async function workloadCounts(db: Database): Promise<WorkloadCounts | null> {
  const project = await db.prisma.project.findFirst({
    where: { name: PROJECT, deployment: { name: DEPLOYMENT } },
    select: { id: true, loadCount: true },
  });
  if (!project) return null;
  return {
    loads: project.loadCount,
    assetChanges: await db.prisma.assetChange.count({ where: { projectId: project.id } }),
    assetVersions: await db.prisma.assetVersion.count({ where: { projectId: project.id } }),
  };
}
