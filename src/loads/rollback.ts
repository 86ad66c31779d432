import { enqueueAlerts } from "../alerts/outbox";
import type { Database, TransactionClient } from "../db/index";
import type { AssetDiff } from "../domain/asset-diff";
import { Conflict, InvalidInput, NotFound } from "../domain/errors";
import { encodeGlobalId } from "../domain/ids";
import { LIMITS } from "../domain/limits";
import { validateName } from "../domain/names";
import { optionalText } from "../domain/text";
import { Prisma, type Project, type ProjectLoad, type Rollback } from "../generated/prisma/client";
import type { LoadsDeps } from "./after-commit";
import { compareSnapshots } from "./compare";
import { rollbackEvent } from "./executor";
import { storedSnapshotOf } from "./snapshot-store";
import { hashInput } from "./validate";
import { writeLoad } from "./write-load";

export interface RollbackRequest {
  targetLoadId: number;
  reason: string | null;
  idempotencyKey: string | null;
  /** When given, the target must be a load of this project (a guard for scripts). */
  expectedProject?: { deployment: string; project: string } | null;
  requestedBy: string;
}

export interface RollbackResult {
  rollback: Rollback;
  /** The new load; null when the deployment's executor carries the rollback out (it is REQUESTED). */
  load: ProjectLoad | null;
  /** True when an earlier request with the same idempotency key did it. */
  replayed: boolean;
}

class Replay extends Error {
  constructor(readonly result: RollbackResult) {
    super("replay");
  }
}

/**
 * Takes the project's write lock before reading its current load, so that concurrent rollbacks and
 * records of one project run one after the other and each sees what the previous one left. (An UPDATE
 * that changes nothing still locks the row on PostgreSQL and takes SQLite's write lock.)
 */
async function lockProject(tx: TransactionClient, projectId: number): Promise<void> {
  await tx.$executeRaw`UPDATE "Project" SET "loadCount" = "loadCount" WHERE "id" = ${projectId}`;
}

/**
 * Why a load cannot be rolled back to, if it cannot: the rule of the rollback and of its preview alike.
 * Returns the ID of the load the rollback replaces.
 */
export function checkRollbackTarget(
  target: Pick<ProjectLoad, "id" | "sequence" | "status">,
  project: Pick<Project, "name" | "currentLoadId">,
): number {
  if (target.status !== "SUCCESS") {
    throw new InvalidInput(`Load ${target.sequence} failed; only a successful load can be rolled back to`);
  }
  if (project.currentLoadId === target.id || project.currentLoadId === null) {
    throw new InvalidInput(`Load ${target.sequence} is already the current load of "${project.name}"`);
  }
  return project.currentLoadId;
}

/**
 * Puts a project back on an earlier successful load, the one way every caller does it. In a deployment
 * whose rollbacks an executor carries out (src/loads/executor.ts), it only writes the Rollback, REQUESTED,
 * for an agent to claim and redeploy. Otherwise (DIRECT, the default) one transaction writes a new SUCCESS load with trigger ROLLBACK that carries the target's image, git and display
 * metadata and its exact asset snapshot (diffed against the load it replaces), the Rollback that links the
 * three loads and the alert deliveries; then the steps after the commit: announce, count, wake the sender.
 */
export async function rollback(
  { db, afterCommit }: LoadsDeps,
  request: RollbackRequest,
): Promise<RollbackResult> {
  optionalText("reason", request.reason, LIMITS.longText);
  optionalText("idempotencyKey", request.idempotencyKey, LIMITS.nameLength, "line");
  if (request.idempotencyKey === "") throw new InvalidInput("idempotencyKey must not be empty");
  const expected = request.expectedProject
    ? {
        deployment: validateName("deployment", request.expectedProject.deployment),
        project: validateName("project", request.expectedProject.project),
      }
    : null;
  const inputHash = hashInput({ target: request.targetLoadId, reason: request.reason });
  const attempt = () =>
    db.prisma.$transaction(
      async (tx) => {
        const target = await tx.projectLoad.findUnique({
          where: { id: request.targetLoadId },
          include: { project: { include: { deployment: true } } },
        });
        if (!target) throw new NotFound("No load has this ID");
        if (
          expected &&
          (target.project.name !== expected.project || target.project.deployment.name !== expected.deployment)
        ) {
          throw new InvalidInput(
            `Load ${target.sequence} belongs to project "${target.project.name}" in "${target.project.deployment.name}", not "${expected.project}" in "${expected.deployment}"`,
          );
        }
        await lockProject(tx, target.projectId);
        if (request.idempotencyKey !== null) {
          const earlier = await tx.rollback.findUnique({
            where: {
              projectId_idempotencyKey: {
                projectId: target.projectId,
                idempotencyKey: request.idempotencyKey,
              },
            },
            include: { resultingLoad: true },
          });
          if (earlier) {
            if (earlier.inputHash !== inputHash) {
              throw new Conflict(
                `idempotencyKey "${request.idempotencyKey}" was already used with different input`,
              );
            }
            const { resultingLoad, ...rollback } = earlier;
            throw new Replay({ rollback, load: resultingLoad, replayed: true });
          }
        }
        const project = await tx.project.findUniqueOrThrow({ where: { id: target.projectId } });
        const fromLoadId = checkRollbackTarget(target, project);
        const deployment = target.project.deployment.name;
        if (target.project.deployment.rollbackExecution === "EXECUTOR") {
          const open = await tx.rollback.findFirst({
            where: { projectId: project.id, status: { in: ["REQUESTED", "IN_PROGRESS"] } },
          });
          if (open) {
            throw new Conflict(
              `Rollback ${encodeGlobalId("Rollback", open.id)} of "${project.name}" is ${open.status}; wait for it to end`,
            );
          }
          const rollback = await tx.rollback.create({
            data: {
              projectId: project.id,
              fromLoadId,
              toLoadId: target.id,
              status: "REQUESTED",
              requestedBy: request.requestedBy,
              reason: request.reason,
              idempotencyKey: request.idempotencyKey,
              inputHash,
            },
          });
          await rollbackEvent(tx, rollback);
          return { rollback, load: null, alerts: 0, deployment };
        }
        // The target's versions are copied as stored: only assets that differ from now are decoded.
        const storedSnapshot = await storedSnapshotOf(tx, target);
        const load = await writeLoad(tx, {
          projectId: project.id,
          deploymentId: project.deploymentId,
          trigger: "ROLLBACK",
          loadedAt: new Date(),
          recordedBy: request.requestedBy,
          content: {
            status: "SUCCESS",
            error: null,
            errorStack: null,
            image: target.image,
            git: {
              repositoryUrl: target.gitRepositoryUrl,
              commitHash: target.gitCommitHash,
              branch: target.gitBranch,
            },
            metadata: JSON.parse(target.metadata),
            assets: null,
          },
          storedSnapshot,
        });
        const rollback = await tx.rollback.create({
          data: {
            projectId: project.id,
            fromLoadId,
            toLoadId: target.id,
            resultingLoadId: load.id,
            status: "SUCCEEDED",
            finishedAt: new Date(),
            // The target's stored versions were copied: the snapshot is the target's by construction.
            snapshotMatchesTarget: true,
            snapshotDifferences: "[]",
            requestedBy: request.requestedBy,
            reason: request.reason,
            idempotencyKey: request.idempotencyKey,
            inputHash,
          },
        });
        await rollbackEvent(tx, rollback);
        const alerts = await enqueueAlerts(tx, {
          deployment,
          project: target.project.name,
          event: "ROLLBACK_PERFORMED",
          loadId: load.id,
        });
        return { rollback, load, alerts, deployment };
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  for (let tries = 1; ; tries++) {
    let done: { rollback: Rollback; load: ProjectLoad | null; alerts: number; deployment: string };
    try {
      done = await attempt();
    } catch (error) {
      if (error instanceof Replay) return error.result;
      // Two retries with one idempotency key raced: the second pass finds the first one's rollback.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && tries < 3)
        continue;
      throw error;
    }
    const { rollback, load, alerts, deployment } = done;
    afterCommit.rollbackChanged();
    if (load === null) return { rollback, load, replayed: false };
    await afterCommit.announce(load.feedPosition);
    afterCommit.rolledBack(deployment);
    afterCommit.loadRecorded({ deployment, status: "SUCCESS", trigger: "ROLLBACK" });
    if (alerts > 0) afterCommit.alertsWritten();
    return { rollback, load, replayed: false };
  }
}

export interface RollbackPreview {
  /** The current load, which the rollback would replace. */
  from: ProjectLoad;
  /** The load rolled back to. */
  to: ProjectLoad;
  /** What the rollback would record as its asset changes. */
  changes: AssetDiff[];
}

/**
 * What rolling `project` back to `target` would do, without doing it: the target checked as `rollback`
 * checks it, and the exact diff from the current snapshot to the target's.
 */
export async function previewRollback(
  client: Database["prisma"],
  project: Pick<Project, "name" | "currentLoadId">,
  target: ProjectLoad,
): Promise<RollbackPreview> {
  const fromId = checkRollbackTarget(target, project);
  const from = await client.projectLoad.findUniqueOrThrow({ where: { id: fromId } });
  return { from, to: target, changes: await compareSnapshots(client, from, target) };
}
