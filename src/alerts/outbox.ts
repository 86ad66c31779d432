import { randomUUID } from "node:crypto";
import type { Database, PrismaClient, TransactionClient } from "../db/index";
import type { AlertEvent } from "./events";

/**
 * Writes one PENDING delivery per enabled policy of the deployment that watches `event` for this project
 * (or every project). Runs inside the recording transaction, so an alert exists exactly when its load
 * does. One INSERT ... SELECT over the (deployment, enabled) index, whether or not a policy matches; no
 * HTTP here. The times are copied from the load's recordedAt, so they are stored exactly as Prisma
 * stores dates on either database.
 */
export async function enqueueAlerts(
  tx: TransactionClient,
  alert: { deployment: string; project: string; event: AlertEvent; loadId: number; rollbackId?: number },
): Promise<number> {
  if (alert.rollbackId !== undefined) {
    // A failed rollback's alert may be about an old load (its target): its times are now, not the load's.
    const now = new Date();
    return tx.$executeRaw`
      INSERT INTO "AlertDelivery" ("policyId", "event", "loadId", "rollbackId", "nextAttemptAt", "createdAt")
      SELECT p."id", ${alert.event}, l."id", ${alert.rollbackId}, ${now}, ${now}
      FROM "AlertPolicy" p, "ProjectLoad" l
      WHERE l."id" = ${alert.loadId}
        AND p."deployment" = ${alert.deployment}
        AND p."enabled" = true
        AND (p."project" IS NULL OR p."project" = ${alert.project})
        AND p."events" LIKE ${`%${alert.event}%`}`;
  }
  return tx.$executeRaw`
    INSERT INTO "AlertDelivery" ("policyId", "event", "loadId", "nextAttemptAt", "createdAt")
    SELECT p."id", ${alert.event}, l."id", l."recordedAt", l."recordedAt"
    FROM "AlertPolicy" p, "ProjectLoad" l
    WHERE l."id" = ${alert.loadId}
      AND p."deployment" = ${alert.deployment}
      AND p."enabled" = true
      AND (p."project" IS NULL OR p."project" = ${alert.project})
      AND p."events" LIKE ${`%${alert.event}%`}`;
}

export interface Claim {
  /** Identifies this claim: only its holder may record the attempt's outcome. */
  token: string;
  ids: number[];
}

/**
 * Claims up to `limit` due deliveries for one attempt each: their nextAttemptAt moves to the end of the
 * lease (so nobody else takes them meanwhile, and a claim whose sender died expires by itself), their
 * attempt count goes up, and they get this claim's token. Atomic per row on both databases:
 * - PostgreSQL: one UPDATE over a `FOR UPDATE SKIP LOCKED` subquery, so instances polling at once take
 *   different rows without waiting for each other.
 * - SQLite: a conditional UPDATE that re-checks each row is still due; SQLite has one writer at a time,
 *   so two claimers cannot both match a row.
 */
export async function claimDue(
  db: Database,
  limit: number,
  leaseMs: number,
  now = new Date(),
): Promise<Claim> {
  const token = randomUUID();
  const leaseUntil = new Date(now.getTime() + leaseMs);
  if (db.provider === "postgresql") {
    const rows = await db.prisma.$queryRaw<{ id: number }[]>`
      UPDATE "AlertDelivery"
      SET "claimToken" = ${token}, "nextAttemptAt" = ${leaseUntil}, "attempts" = "attempts" + 1,
          "lastAttemptAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "AlertDelivery"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id"`;
    return { token, ids: rows.map((row) => row.id) };
  }
  const due = await db.prisma.alertDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  if (due.length === 0) return { token, ids: [] };
  const { count } = await db.prisma.alertDelivery.updateMany({
    where: { id: { in: due.map((row) => row.id) }, status: "PENDING", nextAttemptAt: { lte: now } },
    data: { claimToken: token, nextAttemptAt: leaseUntil, attempts: { increment: 1 }, lastAttemptAt: now },
  });
  if (count === 0) return { token, ids: [] };
  const claimed = await db.prisma.alertDelivery.findMany({
    where: { claimToken: token },
    select: { id: true },
  });
  return { token, ids: claimed.map((row) => row.id) };
}

/** Claimed deliveries with what their messages and requests need. */
export async function loadClaimed(prisma: PrismaClient, ids: number[]) {
  const deliveries = await prisma.alertDelivery.findMany({
    where: { id: { in: ids } },
    include: { policy: true, load: { include: { project: { include: { deployment: true } } } } },
    orderBy: { id: "asc" },
  });
  // Only rollback alerts describe a rollback: failures (the bulk) cost no query for it. A ROLLBACK_FAILED
  // delivery names its rollback; a rollback's load is found by it.
  const rollbackLoads = deliveries.filter((row) => row.load.trigger === "ROLLBACK").map((row) => row.loadId);
  const rollbackIds = deliveries.flatMap((row) => (row.rollbackId === null ? [] : [row.rollbackId]));
  const rollbacks =
    rollbackLoads.length === 0 && rollbackIds.length === 0
      ? []
      : await prisma.rollback.findMany({
          where: { OR: [{ resultingLoadId: { in: rollbackLoads } }, { id: { in: rollbackIds } }] },
          include: { fromLoad: { select: { sequence: true } }, toLoad: { select: { sequence: true } } },
        });
  const byLoad = new Map(rollbacks.map((rollback) => [rollback.resultingLoadId, rollback]));
  const byId = new Map(rollbacks.map((rollback) => [rollback.id, rollback]));
  return deliveries.map((row) => ({
    ...row,
    rollback:
      (row.rollbackId === null ? undefined : byId.get(row.rollbackId)) ?? byLoad.get(row.loadId) ?? null,
  }));
}

export type ClaimedDelivery = Awaited<ReturnType<typeof loadClaimed>>[number];

export interface AttemptRecord {
  status: "PENDING" | "DELIVERED" | "FAILED";
  nextAttemptAt?: Date;
  responseStatus: number | null;
  /** What every VIEWER sees of a failure (see delivery-error.ts); null when delivered. */
  errorClass: string | null;
  /** The detail only EDITORs see. */
  lastError: string | null;
  /** Undo the claim's count: the delivery was not sent (its policy was disabled meanwhile). */
  notAttempted?: boolean;
}

/**
 * Records how an attempt went and releases the claim. Only the claim's holder can: when a lease ran out
 * and another instance took the delivery over, the late outcome is dropped (returns false).
 */
export async function recordAttempt(
  prisma: PrismaClient,
  id: number,
  token: string,
  record: AttemptRecord,
  now = new Date(),
): Promise<boolean> {
  const { count } = await prisma.alertDelivery.updateMany({
    where: { id, claimToken: token },
    data: {
      status: record.status,
      claimToken: null,
      responseStatus: record.responseStatus,
      errorClass: record.errorClass,
      lastError: record.lastError,
      ...(record.nextAttemptAt ? { nextAttemptAt: record.nextAttemptAt } : {}),
      ...(record.status === "DELIVERED" ? { deliveredAt: now } : {}),
      ...(record.notAttempted ? { attempts: { decrement: 1 } } : {}),
    },
  });
  return count > 0;
}

/**
 * Records a batch of deliveries of one claim that the receiver accepted with the same status: one UPDATE
 * for what would otherwise be one per delivery (the common outcome under load).
 */
export async function recordDelivered(
  prisma: PrismaClient,
  token: string,
  ids: number[],
  responseStatus: number,
  now = new Date(),
): Promise<number> {
  const { count } = await prisma.alertDelivery.updateMany({
    where: { id: { in: ids }, claimToken: token },
    data: {
      status: "DELIVERED",
      claimToken: null,
      responseStatus,
      errorClass: null,
      lastError: null,
      deliveredAt: now,
    },
  });
  return count;
}

/**
 * Renews this instance's claims (heartbeat): each delivery still claimed with its token gets its lease
 * extended from `now`, so the lease can be short and a claim whose sender died expires soon, while a
 * live sender's slow attempt keeps its claim. A claim another instance took over meanwhile has another
 * token and is left alone. One UPDATE for all.
 */
export async function renewClaims(
  prisma: PrismaClient,
  claims: readonly { id: number; token: string }[],
  leaseMs: number,
  now = new Date(),
): Promise<number> {
  if (claims.length === 0) return 0;
  const byToken = new Map<string, number[]>();
  for (const claim of claims) byToken.set(claim.token, [...(byToken.get(claim.token) ?? []), claim.id]);
  const { count } = await prisma.alertDelivery.updateMany({
    where: {
      status: "PENDING",
      OR: [...byToken].map(([token, ids]) => ({ claimToken: token, id: { in: ids } })),
    },
    data: { nextAttemptAt: new Date(now.getTime() + leaseMs) },
  });
  return count;
}
