-- CreateTable
CREATE TABLE "Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "deploymentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoadedAt" DATETIME NOT NULL,
    "loadCount" INTEGER NOT NULL DEFAULT 0,
    "successLoadCount" INTEGER NOT NULL DEFAULT 0,
    "entryCount" INTEGER NOT NULL DEFAULT 0,
    "successEntryCount" INTEGER NOT NULL DEFAULT 0,
    "latestLoadId" INTEGER,
    "currentLoadId" INTEGER,
    CONSTRAINT "Project_deploymentId_fkey" FOREIGN KEY ("deploymentId") REFERENCES "Deployment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Project_latestLoadId_fkey" FOREIGN KEY ("latestLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT "Project_currentLoadId_fkey" FOREIGN KEY ("currentLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ProjectLoad" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "loadedAt" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "errorMessage" TEXT,
    "errorStack" TEXT,
    "image" TEXT,
    "gitRepositoryUrl" TEXT,
    "gitCommitHash" TEXT,
    "gitBranch" TEXT,
    "metadata" TEXT NOT NULL DEFAULT '[]',
    "assetChangeCount" INTEGER NOT NULL DEFAULT 0,
    "recordedBy" TEXT NOT NULL,
    "feedPosition" INTEGER NOT NULL,
    "idempotencyKey" TEXT,
    "inputHash" TEXT,
    CONSTRAINT "ProjectLoad_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HistoryEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "firstSequence" INTEGER NOT NULL,
    "lastSequence" INTEGER NOT NULL,
    "loadCount" INTEGER NOT NULL,
    "firstLoadedAt" DATETIME NOT NULL,
    "lastLoadedAt" DATETIME NOT NULL,
    "fingerprint" TEXT NOT NULL,
    CONSTRAINT "HistoryEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "assetKey" TEXT NOT NULL,
    "hash" BLOB NOT NULL,
    "definition" BLOB NOT NULL,
    "fromSequence" INTEGER NOT NULL,
    "toSequence" INTEGER,
    CONSTRAINT "AssetVersion_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "deploymentId" INTEGER NOT NULL,
    "loadId" INTEGER NOT NULL,
    "assetKey" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL,
    "isNew" BOOLEAN NOT NULL DEFAULT false,
    "isCodeVersion" BOOLEAN NOT NULL DEFAULT false,
    "isDependencies" BOOLEAN NOT NULL DEFAULT false,
    "isPartitionsDefinition" BOOLEAN NOT NULL DEFAULT false,
    "isTags" BOOLEAN NOT NULL DEFAULT false,
    "isMetadata" BOOLEAN NOT NULL DEFAULT false,
    "isRemoved" BOOLEAN NOT NULL DEFAULT false,
    "details" TEXT,
    CONSTRAINT "AssetChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AssetChange_loadId_fkey" FOREIGN KEY ("loadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rollback" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "projectId" INTEGER NOT NULL,
    "fromLoadId" INTEGER NOT NULL,
    "toLoadId" INTEGER NOT NULL,
    "resultingLoadId" INTEGER NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "reason" TEXT,
    "idempotencyKey" TEXT,
    "inputHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Rollback_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_fromLoadId_fkey" FOREIGN KEY ("fromLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_toLoadId_fkey" FOREIGN KEY ("toLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Rollback_resultingLoadId_fkey" FOREIGN KEY ("resultingLoadId") REFERENCES "ProjectLoad" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedCounter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "position" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "deployment" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Deployment_name_key" ON "Deployment"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_deploymentId_name_key" ON "Project"("deploymentId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectLoad_feedPosition_key" ON "ProjectLoad"("feedPosition");

-- CreateIndex
CREATE INDEX "ProjectLoad_projectId_status_sequence_idx" ON "ProjectLoad"("projectId", "status", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectLoad_projectId_sequence_key" ON "ProjectLoad"("projectId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectLoad_projectId_idempotencyKey_key" ON "ProjectLoad"("projectId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "HistoryEntry_projectId_status_position_idx" ON "HistoryEntry"("projectId", "status", "position");

-- CreateIndex
CREATE UNIQUE INDEX "HistoryEntry_projectId_position_key" ON "HistoryEntry"("projectId", "position");

-- CreateIndex
CREATE INDEX "AssetVersion_projectId_toSequence_fromSequence_idx" ON "AssetVersion"("projectId", "toSequence", "fromSequence");

-- CreateIndex
CREATE INDEX "AssetVersion_projectId_fromSequence_idx" ON "AssetVersion"("projectId", "fromSequence");

-- CreateIndex
CREATE INDEX "AssetChange_loadId_assetKey_idx" ON "AssetChange"("loadId", "assetKey");

-- CreateIndex
CREATE INDEX "AssetChange_deploymentId_assetKey_id_idx" ON "AssetChange"("deploymentId", "assetKey", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Rollback_resultingLoadId_key" ON "Rollback"("resultingLoadId");

-- CreateIndex
CREATE UNIQUE INDEX "Rollback_projectId_idempotencyKey_key" ON "Rollback"("projectId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_name_key" ON "ApiToken"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");


-- The feed counter row (see FeedCounter).
INSERT INTO "FeedCounter" ("id", "position") VALUES (1, 0);
