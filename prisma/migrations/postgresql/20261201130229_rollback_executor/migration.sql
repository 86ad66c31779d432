-- DropForeignKey
ALTER TABLE "Rollback" DROP CONSTRAINT "Rollback_resultingLoadId_fkey";

-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN     "rollbackExecution" TEXT NOT NULL DEFAULT 'DIRECT';

-- AlterTable
ALTER TABLE "Rollback" ADD COLUMN     "claimToken" TEXT,
ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "snapshotDifferences" TEXT,
ADD COLUMN     "snapshotMatchesTarget" BOOLEAN,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'SUCCEEDED',
ALTER COLUMN "resultingLoadId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AlertDelivery" ADD COLUMN     "rollbackId" INTEGER;

-- CreateTable
CREATE TABLE "RollbackEvent" (
    "id" SERIAL NOT NULL,
    "rollbackId" INTEGER NOT NULL,
    "deploymentId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollbackEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RollbackEvent_deploymentId_id_idx" ON "RollbackEvent"("deploymentId", "id");

-- CreateIndex
CREATE INDEX "Rollback_status_createdAt_idx" ON "Rollback"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Rollback" ADD CONSTRAINT "Rollback_resultingLoadId_fkey" FOREIGN KEY ("resultingLoadId") REFERENCES "ProjectLoad"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollbackEvent" ADD CONSTRAINT "RollbackEvent_rollbackId_fkey" FOREIGN KEY ("rollbackId") REFERENCES "Rollback"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_rollbackId_fkey" FOREIGN KEY ("rollbackId") REFERENCES "Rollback"("id") ON DELETE SET NULL ON UPDATE CASCADE;
