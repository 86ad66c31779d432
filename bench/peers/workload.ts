// The data of bench/peers.ts: one project ("peers-dashboard" in deployment "prod") with N loads of a
// 2,000-asset snapshot, 20 assets edited per load (deterministic, from a fixed seed), written through the
// project's own write path by bench/history-workload.ts's `generate`, as the storage benchmark does.
import type { Database } from "../../src/db/index";
import { DEFAULT_DEPLOYMENT } from "../../src/domain/names";
import { generate, steadyDeploys } from "../history-workload";
import { Random, Snapshot } from "../workload";

export const DEPLOYMENT = DEFAULT_DEPLOYMENT;
export const PROJECT = "peers-dashboard";
const REPOSITORY = "https://github.com/acme/warehouse";
const SEED = 0x9ee75;

export interface WorkloadOptions {
  loads: number;
  assets: number;
  changedPerLoad: number;
  /** Loads per transaction. */
  batch: number;
}

export interface WorkloadCounts {
  loads: number;
  assetChanges: number;
  assetVersions: number;
}

/** Writes the workload into `db` (an empty, migrated database); returns how long it took (ms). */
export function buildWorkload(db: Database, options: WorkloadOptions): Promise<number> {
  const random = new Random(SEED);
  const next = steadyDeploys(
    random,
    new Snapshot(random, options.assets),
    PROJECT,
    options.changedPerLoad,
    REPOSITORY,
  );
  return generate(db, PROJECT, options.loads, options.batch, next, "peers project");
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
