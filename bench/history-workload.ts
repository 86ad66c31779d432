// The workload of the history benchmark: the sequence of loads of the 100,000-load project (HistoryPlan),
// and `generate`, which writes a planned sequence of loads into a database: the first through recordLoad,
// the rest through writeLoad in batched transactions, checking the hand-built content against validation.
import type { Database } from "../src/db/index";
import type { LoadContent, MetadataEntry } from "../src/domain/load";
import { NOTHING_AFTER_COMMIT } from "../src/loads/after-commit";
import { recordLoad } from "../src/loads/record";
import { type RecordProjectLoadArgs, validateRecordInput } from "../src/loads/validate";
import { writeLoad } from "../src/loads/write-load";
import { DEPLOYMENT, HISTORY_PROJECT, REPOSITORY, START_TIME } from "./config";
import { count, ms, msSince, now, seconds } from "./stats";
import type { Random, Snapshot } from "./workload";

export interface PlannedLoad {
  content: LoadContent;
  loadedAt: Date;
  /** The same load as GraphQL input (to check that content is what validation would produce). */
  args: RecordProjectLoadArgs;
}

/**
 * A project deployed again and again: every load a new image and commit, with `changed` assets of the
 * snapshot edited (none on the first). The storage, rollback and peers benchmarks use it.
 */
export function steadyDeploys(
  random: Random,
  snapshot: Snapshot,
  project: string,
  changed: number,
  repository = REPOSITORY,
): () => PlannedLoad {
  let time = START_TIME;
  let build = 0;
  return () => {
    build++;
    if (build > 1) snapshot.edit(changed);
    time += random.int(60, 3600) * 1000;
    const loadedAt = new Date(time);
    const image = `registry.example.com/acme/warehouse:build-${build}`;
    const git = { repositoryUrl: repository, commitHash: random.hex(40), branch: "main" };
    const metadata = [{ key: "deployed_by", value: "github-actions" }];
    const assets = snapshot.normalized;
    return {
      loadedAt,
      content: { status: "SUCCESS", error: null, errorStack: null, image, git, metadata, assets },
      args: { project, image, git, metadata, assets: snapshot.raw, loadedAt },
    };
  };
}

/**
 * Runs of identical loads, broken by deploys (new image and commit, a few assets edited), rebuilds (new
 * image), commits that change no asset, asset-only edits, an occasional asset rename, and failures (which
 * sometimes repeat). A repeat after a failure restores the last successful load.
 */
export class HistoryPlan {
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

export async function projectIds(
  db: Database,
  name: string,
): Promise<{ projectId: number; deploymentId: number }> {
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
export async function generate(
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
