import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { Database, TransactionClient } from "../db/index";
import {
  type AssetDefinition,
  type AssetDiff,
  diffAsset,
  parseAsset,
  serializeAsset,
} from "../domain/asset-diff";
import type { ProjectLoad } from "../generated/prisma/client";

// How an asset definition version is stored: a short hash of its canonical JSON, to compare snapshots
// without reading definitions, and the JSON itself deflated (about half the size, and definitions are most
// of the database on a long history).

export function definitionHash(serialized: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha256").update(serialized).digest().subarray(0, 16));
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export function compressDefinition(serialized: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(deflateRawSync(serialized));
}

export function decodeDefinition(definition: Uint8Array): AssetDefinition {
  return parseAsset(inflateRawSync(definition).toString("utf8"));
}

/**
 * Makes `next` the project's current snapshot as of `sequence`: versions that changed or disappeared are
 * closed, new ones opened. Returns the asset changes, sorted by key. Current versions are compared by
 * hash; only assets whose definition differs are read back and diffed.
 */
export async function replaceSnapshot(
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
export interface SnapshotEntry {
  key: string;
  hash: Uint8Array<ArrayBuffer>;
  compressed(): Uint8Array<ArrayBuffer>;
  definition(): AssetDefinition;
}

export function reportedEntry(asset: AssetDefinition): SnapshotEntry {
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

export function storedEntry(version: StoredAsset): SnapshotEntry {
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
