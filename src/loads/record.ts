import { enqueueAlerts } from "../alerts/outbox";
import type { Database, TransactionClient } from "../db/index";
import { type AssetDefinition, type AssetDiff, diffAsset, serializeAsset } from "../domain/asset-diff";
import { joinsPreviousEntry, loadFingerprint } from "../domain/collapse";
import { conflict } from "../domain/errors";
import { Prisma, type ProjectLoad } from "../generated/prisma/client";
import { compressDefinition, decodeDefinition, definitionHash, sameHash } from "./snapshot-store";
import type { LoadContent, LoadTrigger, ValidRecordInput } from "./validate";

/** Thrown inside a transaction to undo it and answer with an earlier result instead. */
class Replay extends Error {
  constructor(readonly load: ProjectLoad) {
    super("replay");
  }
}

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

/**
 * Makes `next` the project's current snapshot as of `sequence`: versions that changed or disappeared are
 * closed, new ones opened. Returns the asset changes, sorted by key. Current versions are compared by
 * hash; only assets whose definition differs are read back and diffed.
 */
async function replaceSnapshot(
  tx: TransactionClient,
  projectId: number,
  sequence: number,
  next: readonly SnapshotEntry[],
): Promise<AssetDiff[]> {
  const current = await tx.assetVersion.findMany({
    where: { projectId, toSequence: null },
    select: { id: true, assetKey: true, hash: true },
  });
  const currentByKey = new Map(current.map((version) => [version.assetKey, version]));
  const closed: number[] = [];
  const opened: { entry: SnapshotEntry; previousId: number | null }[] = [];
  for (const entry of next) {
    const existing = currentByKey.get(entry.key);
    currentByKey.delete(entry.key);
    if (existing && sameHash(existing.hash, entry.hash)) continue;
    if (existing) closed.push(existing.id);
    opened.push({ entry, previousId: existing?.id ?? null });
  }
  for (const removed of currentByKey.values()) closed.push(removed.id);
  const previous = new Map<number, AssetDefinition>();
  for (const ids of chunks(closed)) {
    const versions = await tx.assetVersion.findMany({
      where: { id: { in: ids } },
      select: { id: true, definition: true },
    });
    for (const version of versions) previous.set(version.id, decodeDefinition(version.definition));
  }
  const diffs: AssetDiff[] = [];
  for (const { entry, previousId } of opened) {
    const diff = diffAsset(previousId === null ? undefined : previous.get(previousId), entry.definition());
    if (diff) diffs.push(diff);
  }
  for (const removed of currentByKey.values()) {
    const diff = diffAsset(previous.get(removed.id), undefined);
    if (diff) diffs.push(diff);
  }
  for (const ids of chunks(closed)) {
    await tx.assetVersion.updateMany({ where: { id: { in: ids } }, data: { toSequence: sequence } });
  }
  if (opened.length > 0) {
    await tx.assetVersion.createMany({
      data: opened.map(({ entry }) => ({
        projectId,
        assetKey: entry.key,
        hash: entry.hash,
        definition: entry.compressed(),
        fromSequence: sequence,
      })),
    });
  }
  return diffs.sort((a, b) => (a.assetKey < b.assetKey ? -1 : a.assetKey > b.assetKey ? 1 : 0));
}

/**
 * An asset of the snapshot being written, either as reported (recording) or as stored (rollback): a
 * rollback compares and copies stored versions by hash and bytes, decoding only those that differ.
 */
interface SnapshotEntry {
  key: string;
  hash: Uint8Array<ArrayBuffer>;
  compressed(): Uint8Array<ArrayBuffer>;
  definition(): AssetDefinition;
}

function reportedEntry(asset: AssetDefinition): SnapshotEntry {
  const serialized = serializeAsset(asset);
  return {
    key: asset.key,
    hash: definitionHash(serialized),
    compressed: () => compressDefinition(serialized),
    definition: () => asset,
  };
}

/** A stored asset version, as `storedSnapshotOf` reads it. */
export interface StoredAsset {
  assetKey: string;
  hash: Uint8Array<ArrayBuffer>;
  definition: Uint8Array<ArrayBuffer>;
}

function storedEntry(version: StoredAsset): SnapshotEntry {
  return {
    key: version.assetKey,
    hash: version.hash,
    compressed: () => version.definition,
    definition: () => decodeDefinition(version.definition),
  };
}

/**
 * Splits ID lists for `IN (...)`: a rollback can replace thousands of asset versions at once, more
 * bind parameters than a statement may carry (Prisma does not split updateMany).
 */
function chunks<T>(items: readonly T[], size = 500): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
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

/** The stored versions making up a successful load's snapshot, sorted by key, not decoded. */
export async function storedSnapshotOf(
  client: TransactionClient | Database["prisma"],
  load: Pick<ProjectLoad, "projectId" | "sequence" | "status">,
): Promise<StoredAsset[] | null> {
  if (load.status !== "SUCCESS") return null;
  // Alive at the load: opened at or before it and not closed by then. Two range scans on
  // (projectId, toSequence, fromSequence) read only versions closed after it or still current, which for
  // a recent load (what rollbacks target) is little more than the snapshot itself.
  const alive = (toSequence: null | { gt: number }) =>
    client.assetVersion.findMany({
      where: { projectId: load.projectId, toSequence, fromSequence: { lte: load.sequence } },
      select: { assetKey: true, hash: true, definition: true },
    });
  const versions = [...(await alive(null)), ...(await alive({ gt: load.sequence }))];
  return versions.sort((a, b) => (a.assetKey < b.assetKey ? -1 : a.assetKey > b.assetKey ? 1 : 0));
}

/** The asset snapshot a successful load reported, recovered from the version ranges. */
export async function snapshotOf(
  client: TransactionClient | Database["prisma"],
  load: Pick<ProjectLoad, "projectId" | "sequence" | "status">,
): Promise<AssetDefinition[] | null> {
  const stored = await storedSnapshotOf(client, load);
  return stored?.map((version) => decodeDefinition(version.definition)) ?? null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export interface Recorded {
  load: ProjectLoad;
  /** True when an earlier request with the same idempotency key recorded it. */
  replayed: boolean;
  /** Alert deliveries written with the load (a FAILURE load, for each matching policy). */
  alerts: number;
}

/** Records a project load: all or nothing, idempotent under `idempotencyKey`. */
export async function recordProjectLoad(
  db: Database,
  input: ValidRecordInput,
  recordedBy: string,
): Promise<Recorded> {
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
              throw conflict(
                `idempotencyKey "${input.idempotencyKey}" was already used with different input`,
              );
            }
            throw new Replay(earlier);
          }
        }
        const load = await writeLoad(tx, {
          projectId: project.id,
          deploymentId: deployment.id,
          content: input.content,
          trigger: "DEPLOY",
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
        return { load, alerts };
      },
      { maxWait: 30_000, timeout: 60_000 },
    );
  for (let tries = 1; ; tries++) {
    try {
      return { ...(await attempt()), replayed: false };
    } catch (error) {
      if (error instanceof Replay) return { load: error.load, replayed: true, alerts: 0 };
      // A concurrent request created the same deployment, project or idempotency key first: try again,
      // and the second pass sees its row.
      if (isUniqueViolation(error) && tries < 3) continue;
      throw error;
    }
  }
}
