import type { TransactionClient } from "../db/index";
import type { AssetDiff } from "../domain/asset-diff";
import { joinsPreviousEntry, loadFingerprint } from "../domain/collapse";
import type { LoadContent, LoadTrigger } from "../domain/load";
import type { ProjectLoad } from "../generated/prisma/client";
import { replaceSnapshot, reportedEntry, type StoredAsset, storedEntry } from "./snapshot-store";

export interface WriteLoadOptions {
  projectId: number;
  deploymentId: number;
  content: LoadContent;
  trigger: LoadTrigger;
  loadedAt: Date;
  recordedBy: string;
  idempotencyKey?: string | null;
  inputHash?: string | null;
  /** A rollback's snapshot: the target's stored versions, used instead of `content.assets`. */
  storedSnapshot?: readonly StoredAsset[] | null;
}

/**
 * Writes one load with everything that follows from it: the next sequence, the snapshot's new asset
 * versions, the asset changes against the current snapshot, the history entry it joins or starts and the
 * project's counters. Runs inside the caller's transaction; recording and rollback both use it.
 */
export async function writeLoad(tx: TransactionClient, options: WriteLoadOptions): Promise<ProjectLoad> {
  const { projectId, deploymentId, content, trigger, loadedAt } = options;
  // Incrementing first takes the project's row lock (PostgreSQL): concurrent writers get 1..N, no gap.
  const project = await tx.project.update({
    where: { id: projectId },
    data: { loadCount: { increment: 1 } },
    select: { loadCount: true },
  });
  const sequence = project.loadCount;
  const snapshot = options.storedSnapshot?.map(storedEntry) ?? content.assets?.map(reportedEntry) ?? null;
  const diffs = snapshot ? await replaceSnapshot(tx, projectId, sequence, snapshot) : [];

  const fingerprint = loadFingerprint({
    status: content.status,
    trigger,
    image: content.image,
    git: content.git,
    metadata: content.metadata,
    error: content.error,
  });
  const previousEntry = await tx.historyEntry.findFirst({
    where: { projectId },
    orderBy: { position: "desc" },
    select: { id: true, position: true, fingerprint: true },
  });
  const joins = joinsPreviousEntry(previousEntry, { fingerprint, trigger, changesAssets: diffs.length > 0 });
  if (previousEntry && joins) {
    await tx.historyEntry.update({
      where: { id: previousEntry.id },
      data: { lastSequence: sequence, loadCount: { increment: 1 }, lastLoadedAt: loadedAt },
    });
  } else {
    await tx.historyEntry.create({
      data: {
        projectId,
        position: (previousEntry?.position ?? 0) + 1,
        status: content.status,
        fingerprint,
        firstSequence: sequence,
        lastSequence: sequence,
        loadCount: 1,
        firstLoadedAt: loadedAt,
        lastLoadedAt: loadedAt,
      },
    });
  }

  // Taken last, so the counter row stays locked only for the rest of this transaction: positions follow
  // commit order across all projects and have no gaps.
  const feed = await tx.feedCounter.update({ where: { id: 1 }, data: { position: { increment: 1 } } });
  const load = await tx.projectLoad.create({
    data: {
      projectId,
      sequence,
      feedPosition: feed.position,
      loadedAt,
      status: content.status,
      trigger,
      errorMessage: content.error,
      errorStack: content.errorStack,
      image: content.image,
      gitRepositoryUrl: content.git.repositoryUrl,
      gitCommitHash: content.git.commitHash,
      gitBranch: content.git.branch,
      metadata: JSON.stringify(content.metadata),
      assetChangeCount: diffs.length,
      recordedBy: options.recordedBy,
      idempotencyKey: options.idempotencyKey ?? null,
      inputHash: options.inputHash ?? null,
    },
  });
  if (diffs.length > 0) {
    await tx.assetChange.createMany({ data: diffs.map((diff) => assetChangeRow(diff, load, deploymentId)) });
  }
  const success = content.status === "SUCCESS";
  const startsEntry = !(previousEntry && joins);
  await tx.project.update({
    where: { id: projectId },
    data: {
      lastLoadedAt: loadedAt,
      latestLoadId: load.id,
      ...(success ? { currentLoadId: load.id, successLoadCount: { increment: 1 } } : {}),
      ...(startsEntry ? { entryCount: { increment: 1 } } : {}),
      ...(startsEntry && success ? { successEntryCount: { increment: 1 } } : {}),
    },
  });
  return load;
}

function assetChangeRow(diff: AssetDiff, load: ProjectLoad, deploymentId: number) {
  const types = new Set(diff.changeTypes);
  const isDetailed = !types.has("NEW") && !types.has("REMOVED");
  return {
    projectId: load.projectId,
    deploymentId,
    loadId: load.id,
    assetKey: diff.assetKey,
    changedAt: load.loadedAt,
    isNew: types.has("NEW"),
    isCodeVersion: types.has("CODE_VERSION"),
    isDependencies: types.has("DEPENDENCIES"),
    isPartitionsDefinition: types.has("PARTITIONS_DEFINITION"),
    isTags: types.has("TAGS"),
    isMetadata: types.has("METADATA"),
    isRemoved: types.has("REMOVED"),
    details: isDetailed
      ? JSON.stringify({
          codeVersion: diff.codeVersion,
          partitionsDefinition: diff.partitionsDefinition,
          dependencies: diff.dependencies,
          tags: diff.tags,
          metadata: diff.metadata,
        })
      : null,
  };
}
