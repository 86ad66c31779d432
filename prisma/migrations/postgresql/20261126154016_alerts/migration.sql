-- CreateTable
CREATE TABLE "AlertPolicy" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "deployment" TEXT NOT NULL,
    "project" TEXT,
    "events" TEXT NOT NULL,
    "webhookUrl" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "signingSecret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" SERIAL NOT NULL,
    "policyId" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "loadId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimToken" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "AlertPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_loadId_fkey" FOREIGN KEY ("loadId") REFERENCES "ProjectLoad"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
