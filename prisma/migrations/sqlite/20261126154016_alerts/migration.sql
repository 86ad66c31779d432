-- CreateTable
CREATE TABLE "AlertPolicy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "deployment" TEXT NOT NULL,
    "project" TEXT,
    "events" TEXT NOT NULL,
    "webhookUrl" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "signingSecret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "policyId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "loadId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "claimToken" TEXT,
    "lastAttemptAt" DATETIME,
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AlertDelivery_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "AlertPolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlertDelivery_loadId_fkey" FOREIGN KEY ("loadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AlertPolicy_deployment_enabled_idx" ON "AlertPolicy"("deployment", "enabled");

-- CreateIndex
CREATE UNIQUE INDEX "AlertPolicy_deployment_name_key" ON "AlertPolicy"("deployment", "name");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_claimToken_idx" ON "AlertDelivery"("claimToken");

-- CreateIndex
CREATE INDEX "AlertDelivery_policyId_id_idx" ON "AlertDelivery"("policyId", "id");
