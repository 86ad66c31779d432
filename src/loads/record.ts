import { enqueueAlerts } from "../alerts/outbox";
import { Conflict } from "../domain/errors";
import type { LoadStatus } from "../domain/load";
import { Prisma, type ProjectLoad } from "../generated/prisma/client";
import type { LoadsDeps } from "./after-commit";
import { claimedRollbackOf, completeRollback } from "./executor";
import { type RecordProjectLoadArgs, validateRecordInput } from "./validate";
import { writeLoad } from "./write-load";

/** Thrown inside a transaction to undo it and answer with an earlier result instead. */
class Replay extends Error {
  constructor(readonly load: ProjectLoad) {
    super("replay");
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface Recorded {
  load: ProjectLoad;
  /** True when an earlier request with the same idempotency key recorded it. */
  replayed: boolean;
}

/**
 * Records a project load, the one way every caller does it (the API, the demo, the benchmarks): validates
 * the input, writes the load with everything that follows from it in one transaction (all or nothing,
 * idempotent under `idempotencyKey`), then runs the steps after the commit: announce it to live
 * subscribers, count it, wake the alert sender when the load wrote deliveries.
 */
export async function recordLoad(
  { db, afterCommit }: LoadsDeps,
  args: RecordProjectLoadArgs,
  recordedBy: string,
  /** The claimed rollback this load carries out (an executor's report): trigger ROLLBACK, and it ends it. */
  claim: { rollbackId: number; claimToken: string } | null = null,
): Promise<Recorded> {
  const input = validateRecordInput(args);
  const trigger = claim ? "ROLLBACK" : "DEPLOY";
  const attempt = () =>
    db.prisma.$transaction(
      async (tx) => {
        const deployment = await tx.deployment.upsert({
          where: { name: input.deployment },
          create: { name: input.deployment },
          update: {},
          select: { id: true },
        });
        const loadedAt = input.loadedAt ?? new Date();
        const project = await tx.project.upsert({
          where: { deploymentId_name: { deploymentId: deployment.id, name: input.project } },
          create: { deploymentId: deployment.id, name: input.project, lastLoadedAt: loadedAt },
          update: {},
          select: { id: true },
        });
        if (input.idempotencyKey !== null) {
          const earlier = await tx.projectLoad.findUnique({
            where: {
              projectId_idempotencyKey: { projectId: project.id, idempotencyKey: input.idempotencyKey },
            },
          });
          if (earlier) {
            if (earlier.inputHash !== input.inputHash) {
              throw new Conflict(
                `idempotencyKey "${input.idempotencyKey}" was already used with different input`,
              );
            }
            throw new Replay(earlier);
          }
        }
        const rollback = claim ? await claimedRollbackOf(tx, project.id, claim) : null;
        const load = await writeLoad(tx, {
          projectId: project.id,
          deploymentId: deployment.id,
          content: input.content,
          trigger,
          loadedAt,
          recordedBy,
          idempotencyKey: input.idempotencyKey,
          inputHash: input.inputHash,
        });
        // The outbox rows commit with the load or not at all; successful loads cost no query.
        const alerts =
          load.status === "FAILURE"
            ? await enqueueAlerts(tx, {
                deployment: input.deployment,
                project: input.project,
                event: "PROJECT_LOAD_FAILED",
                loadId: load.id,
              })
            : 0;
        const rollbackAlerts = rollback
          ? await completeRollback(tx, rollback, load, {
              deployment: input.deployment,
              project: input.project,
            })
          : 0;
        return { load, alerts: alerts + rollbackAlerts };
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  for (let tries = 1; ; tries++) {
    let written: { load: ProjectLoad; alerts: number };
    try {
      written = await attempt();
    } catch (error) {
      if (error instanceof Replay) return { load: error.load, replayed: true };
      // A concurrent request created the same deployment, project or idempotency key first: try again,
      // and the second pass sees its row.
      if (isUniqueViolation(error) && tries < 3) continue;
      throw error;
    }
    const { load, alerts } = written;
    await afterCommit.announce(load.feedPosition);
    afterCommit.loadRecorded({
      deployment: input.deployment,
      status: load.status as LoadStatus,
      trigger,
    });
    if (claim) {
      afterCommit.rollbackChanged();
      if (load.status === "SUCCESS") afterCommit.rolledBack(input.deployment);
    }
    if (alerts > 0) afterCommit.alertsWritten();
    return { load, replayed: false };
  }
}
