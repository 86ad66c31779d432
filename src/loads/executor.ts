import { randomUUID } from "node:crypto";
import { enqueueAlerts } from "../alerts/outbox";
import type { TransactionClient } from "../db/index";
import { diffSnapshots } from "../domain/asset-diff";
import { Conflict, InvalidInput, NotFound } from "../domain/errors";
import { LIMITS } from "../domain/limits";
import { LEASE_SECONDS, type RollbackExecution, type RollbackStatus } from "../domain/load";
import { validateName } from "../domain/names";
import { optionalText } from "../domain/text";
import type { ProjectLoad, Rollback } from "../generated/prisma/client";
import type { LoadsDeps } from "./after-commit";
import { snapshotOf } from "./snapshot-store";

// Rollbacks carried out by an executor (the agent with --deploy-command), step by step:
//   rollback (rollback.ts) in an EXECUTOR deployment   Rollback REQUESTED, no load yet
//   claimRollback                                       IN_PROGRESS under a lease (a token and an expiry);
//                                                       an expired lease may be claimed by another agent
//   renewRollbackLease                                  while the deploy command and Dagster's reload run
//   recordLoad with rollback: {id, claimToken}          the load (trigger ROLLBACK) ends it: SUCCEEDED with
//     (completeRollback, in the load's transaction)     the snapshot compared to the target's, or FAILED
//                                                       with the load's error
//   failRollback                                        FAILED: the command failed, or no load came in time
// Every status change writes a RollbackEvent in its transaction: what rollbackUpdated subscribers follow.

/** Records a status change for live subscribers, in the transaction that makes it. */
export async function rollbackEvent(
  tx: TransactionClient,
  rollback: Pick<Rollback, "id" | "projectId" | "status" | "error">,
): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: rollback.projectId },
    select: { deploymentId: true },
  });
  await tx.rollbackEvent.create({
    data: {
      rollbackId: rollback.id,
      projectId: rollback.projectId,
      deploymentId: project.deploymentId,
      status: rollback.status,
      error: rollback.error,
    },
  });
}

function leaseMs(seconds: number | null | undefined): number {
  const value = seconds ?? LEASE_SECONDS.default;
  if (!Number.isInteger(value) || value < LEASE_SECONDS.min || value > LEASE_SECONDS.max) {
    throw new InvalidInput(
      `leaseSeconds must be a whole number from ${LEASE_SECONDS.min} to ${LEASE_SECONDS.max}`,
    );
  }
  return value * 1000;
}

/** Sets how a deployment's rollbacks are carried out (creating the deployment if it has no load yet). */
export async function setRollbackExecution(
  { db }: LoadsDeps,
  deploymentName: string,
  execution: RollbackExecution,
) {
  const name = validateName("deployment", deploymentName);
  return db.prisma.deployment.upsert({
    where: { name },
    create: { name, rollbackExecution: execution },
    update: { rollbackExecution: execution },
  });
}

export interface ClaimRequest {
  deployment: string;
  /** Only rollbacks of these projects (the agent's locations); all when null. */
  projects: readonly string[] | null;
  leaseSeconds?: number | null;
  claimedBy: string;
}

export interface Claimed {
  rollback: Rollback;
  claimToken: string;
  target: ProjectLoad;
}

/**
 * Claims the oldest open rollback of the deployment that nobody holds: REQUESTED, or IN_PROGRESS under a
 * lease that ran out (its agent died). A conditional update on what was read makes the claim atomic on
 * both databases: of two agents claiming at once, one matches the row and the other tries the next.
 */
export async function claimRollback(deps: LoadsDeps, request: ClaimRequest): Promise<Claimed | null> {
  const deployment = validateName("deployment", request.deployment);
  const projects = request.projects?.map((name) => validateName("project", name)) ?? null;
  const lease = leaseMs(request.leaseSeconds);
  for (let tries = 0; tries < 5; tries++) {
    const now = new Date();
    const open = {
      project: { deployment: { name: deployment }, ...(projects ? { name: { in: projects } } : {}) },
      OR: [{ status: "REQUESTED" }, { status: "IN_PROGRESS", leaseExpiresAt: { lt: now } }],
    };
    const candidate = await deps.db.prisma.rollback.findFirst({ where: open, orderBy: { id: "asc" } });
    if (!candidate) return null;
    const claimToken = randomUUID();
    const claimed = await deps.db.prisma.$transaction(async (tx) => {
      const { count } = await tx.rollback.updateMany({
        where: {
          id: candidate.id,
          status: candidate.status,
          claimToken: candidate.claimToken,
          leaseExpiresAt: candidate.leaseExpiresAt,
        },
        data: {
          status: "IN_PROGRESS",
          claimToken,
          claimedBy: request.claimedBy,
          leaseExpiresAt: new Date(now.getTime() + lease),
        },
      });
      if (count === 0) return null;
      const rollback = await tx.rollback.findUniqueOrThrow({ where: { id: candidate.id } });
      // A takeover is an event too: subscribers see who carries it out now.
      await rollbackEvent(tx, rollback);
      return rollback;
    });
    if (!claimed) continue;
    const target = await deps.db.prisma.projectLoad.findUniqueOrThrow({ where: { id: claimed.toLoadId } });
    deps.afterCommit.rollbackChanged();
    return { rollback: claimed, claimToken, target };
  }
  return null;
}

function lostClaim(id: number): Conflict {
  return new Conflict(
    `The claim on rollback ${id} is not held (its lease ran out and another executor took it, or it has ended)`,
  );
}

/** Extends the claim's lease; CONFLICT when the claim is no longer this holder's. */
export async function renewRollbackLease(
  { db }: LoadsDeps,
  request: { rollbackId: number; claimToken: string; leaseSeconds?: number | null },
): Promise<Rollback> {
  const lease = leaseMs(request.leaseSeconds);
  const { count } = await db.prisma.rollback.updateMany({
    where: { id: request.rollbackId, claimToken: request.claimToken, status: "IN_PROGRESS" },
    data: { leaseExpiresAt: new Date(Date.now() + lease) },
  });
  if (count === 0) throw lostClaim(request.rollbackId);
  return db.prisma.rollback.findUniqueOrThrow({ where: { id: request.rollbackId } });
}

/** Ends a claimed rollback FAILED with the executor's reason, and writes its ROLLBACK_FAILED alerts. */
export async function failRollback(
  { db, afterCommit }: LoadsDeps,
  request: { rollbackId: number; claimToken: string; error: string },
): Promise<Rollback> {
  const error = optionalText("error", request.error, LIMITS.longText) ?? "";
  if (error.trim() === "") throw new InvalidInput("error must not be empty");
  const { rollback, alerts } = await db.prisma.$transaction(async (tx) => {
    const { count } = await tx.rollback.updateMany({
      where: { id: request.rollbackId, claimToken: request.claimToken, status: "IN_PROGRESS" },
      data: { status: "FAILED", error, claimToken: null, leaseExpiresAt: null, finishedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.rollback.findUnique({
        where: { id: request.rollbackId },
        select: { id: true },
      });
      throw exists ? lostClaim(request.rollbackId) : new NotFound("No rollback has this ID");
    }
    const rollback = await tx.rollback.findUniqueOrThrow({
      where: { id: request.rollbackId },
      include: { project: { include: { deployment: true } } },
    });
    await rollbackEvent(tx, rollback);
    const alerts = await enqueueAlerts(tx, {
      deployment: rollback.project.deployment.name,
      project: rollback.project.name,
      event: "ROLLBACK_FAILED",
      loadId: rollback.toLoadId,
      rollbackId: rollback.id,
    });
    const { project: _project, ...row } = rollback;
    return { rollback: row, alerts };
  });
  afterCommit.rollbackChanged();
  if (alerts > 0) afterCommit.alertsWritten();
  return rollback;
}

/** The claimed rollback a load reports on, checked inside the load's transaction. */
export async function claimedRollbackOf(
  tx: TransactionClient,
  projectId: number,
  claim: { rollbackId: number; claimToken: string },
): Promise<Rollback> {
  const rollback = await tx.rollback.findUnique({ where: { id: claim.rollbackId } });
  if (!rollback) throw new NotFound("No rollback has this ID");
  if (rollback.projectId !== projectId)
    throw new InvalidInput(`Rollback ${claim.rollbackId} is of another project`);
  if (rollback.status !== "IN_PROGRESS" || rollback.claimToken !== claim.claimToken)
    throw lostClaim(claim.rollbackId);
  return rollback;
}

/**
 * Ends a rollback with the load the executor recorded, in that load's transaction: SUCCEEDED with the new
 * snapshot compared to the target's (the same diff recording uses), or FAILED with the failed load's
 * error. Returns how many alert deliveries it wrote.
 */
export async function completeRollback(
  tx: TransactionClient,
  rollback: Rollback,
  load: ProjectLoad,
  names: { deployment: string; project: string },
): Promise<number> {
  const succeeded = load.status === "SUCCESS";
  let differences: string[] = [];
  if (succeeded) {
    const target = await tx.projectLoad.findUniqueOrThrow({ where: { id: rollback.toLoadId } });
    const [before, after] = [await snapshotOf(tx, target), await snapshotOf(tx, load)];
    differences = diffSnapshots(before, after ?? []).map((row) => row.assetKey);
  }
  const status: RollbackStatus = succeeded ? "SUCCEEDED" : "FAILED";
  const error = succeeded
    ? null
    : `The code location failed to load: ${load.errorMessage ?? "no error given"}`;
  const updated = await tx.rollback.update({
    where: { id: rollback.id },
    data: {
      status,
      error,
      resultingLoadId: load.id,
      claimToken: null,
      leaseExpiresAt: null,
      finishedAt: new Date(),
      snapshotMatchesTarget: succeeded ? differences.length === 0 : null,
      snapshotDifferences: succeeded ? JSON.stringify(differences) : null,
    },
  });
  await rollbackEvent(tx, updated);
  return enqueueAlerts(tx, {
    ...names,
    event: succeeded ? "ROLLBACK_PERFORMED" : "ROLLBACK_FAILED",
    loadId: load.id,
    ...(succeeded ? {} : { rollbackId: rollback.id }),
  });
}
