-- CreateTable
CREATE TABLE "RollbackEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "rollbackId" INTEGER NOT NULL,
    "deploymentId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RollbackEvent_rollbackId_fkey" FOREIGN KEY ("rollbackId") REFERENCES "Rollback" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rollbackExecution" TEXT NOT NULL DEFAULT 'DIRECT'
);
INSERT INTO "new_Deployment" ("createdAt", "id", "name") SELECT "createdAt", "id", "name" FROM "Deployment";
DROP TABLE "Deployment";
ALTER TABLE "new_Deployment" RENAME TO "Deployment";
CREATE UNIQUE INDEX "Deployment_name_key" ON "Deployment"("name");
CREATE TABLE "new_Rollback" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "fromLoadId" INTEGER NOT NULL,
    "toLoadId" INTEGER NOT NULL,
    "resultingLoadId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'SUCCEEDED',
    "error" TEXT,
    "claimToken" TEXT,
    "claimedBy" TEXT,
    "leaseExpiresAt" DATETIME,
    "snapshotMatchesTarget" BOOLEAN,
    "snapshotDifferences" TEXT,
    "finishedAt" DATETIME,
    "requestedBy" TEXT NOT NULL,
    "reason" TEXT,
    "idempotencyKey" TEXT,
    "inputHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Rollback_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_fromLoadId_fkey" FOREIGN KEY ("fromLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_toLoadId_fkey" FOREIGN KEY ("toLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_resultingLoadId_fkey" FOREIGN KEY ("resultingLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Rollback" ("createdAt", "fromLoadId", "id", "idempotencyKey", "inputHash", "projectId", "reason", "requestedBy", "resultingLoadId", "toLoadId") SELECT "createdAt", "fromLoadId", "id", "idempotencyKey", "inputHash", "projectId", "reason", "requestedBy", "resultingLoadId", "toLoadId" FROM "Rollback";
DROP TABLE "Rollback";
ALTER TABLE "new_Rollback" RENAME TO "Rollback";
CREATE UNIQUE INDEX "Rollback_resultingLoadId_key" ON "Rollback"("resultingLoadId");
CREATE INDEX "Rollback_status_createdAt_idx" ON "Rollback"("status", "createdAt");
CREATE UNIQUE INDEX "Rollback_projectId_idempotencyKey_key" ON "Rollback"("projectId", "idempotencyKey");
CREATE TABLE "new_AlertDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "policyId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "loadId" INTEGER NOT NULL,
    "rollbackId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimToken" TEXT,
    "lastAttemptAt" DATETIME,
    "responseStatus" INTEGER,
    "errorClass" TEXT,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertDelivery_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "AlertPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlertDelivery_loadId_fkey" FOREIGN KEY ("loadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AlertDelivery_rollbackId_fkey" FOREIGN KEY ("rollbackId") REFERENCES "Rollback" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AlertDelivery" ("attempts", "claimToken", "createdAt", "deliveredAt", "errorClass", "event", "id", "isTest", "lastAttemptAt", "lastError", "loadId", "nextAttemptAt", "policyId", "responseStatus", "status") SELECT "attempts", "claimToken", "createdAt", "deliveredAt", "errorClass", "event", "id", "isTest", "lastAttemptAt", "lastError", "loadId", "nextAttemptAt", "policyId", "responseStatus", "status" FROM "AlertDelivery";
DROP TABLE "AlertDelivery";
ALTER TABLE "new_AlertDelivery" RENAME TO "AlertDelivery";
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");
CREATE INDEX "AlertDelivery_claimToken_idx" ON "AlertDelivery"("claimToken");
CREATE INDEX "AlertDelivery_policyId_id_idx" ON "AlertDelivery"("policyId", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RollbackEvent_deploymentId_id_idx" ON "RollbackEvent"("deploymentId", "id");
