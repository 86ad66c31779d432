import type { Database, TransactionClient } from "../db/index";
import { type AssetDefinition, type AssetDiff, diffAsset } from "../domain/asset-diff";
import { InvalidInput } from "../domain/errors";
import { compareCodeUnits } from "../domain/json";
import { LIMITS } from "../domain/limits";
import { checkText, optionalText } from "../domain/text";
import type { ProjectLoad } from "../generated/prisma/client";
import { decodeDefinition, sameHash } from "./snapshot-store";

// Reading stored snapshots back: one load's assets a page at a time, a project's current definition of
// one asset, and the exact diff between two loads' snapshots. The diff is diffAsset (src/domain/asset-diff),
// the function recording and rollbacks use, on the same stored versions, so a preview of a rollback is
// what the rollback then records.

type Client = TransactionClient | Database["prisma"];
type SnapshotLoad = Pick<ProjectLoad, "projectId" | "sequence" | "status">;

/** A stored asset definition of a snapshot, decoded; `versionId` is what cursors over a snapshot hold. */
export interface StoredDefinition {
  versionId: number;
  projectId: number;
  definition: AssetDefinition;
}

interface VersionKey {
  id: number;
  assetKey: string;
  hash: Uint8Array<ArrayBuffer>;
}

/** The versions alive at a successful load, sorted by key in code-unit order, without definitions. */
async function snapshotKeys(client: Client, load: SnapshotLoad): Promise<VersionKey[]> {
  // The two range scans of storedSnapshotOf, on (projectId, toSequence, fromSequence).
  const alive = (toSequence: null | { gt: number }) =>
    client.assetVersion.findMany({
      where: { projectId: load.projectId, toSequence, fromSequence: { lte: load.sequence } },
      select: { id: true, assetKey: true, hash: true },
    });
  const versions = [...(await alive(null)), ...(await alive({ gt: load.sequence }))];
  return versions.sort((a, b) => compareCodeUnits(a.assetKey, b.assetKey));
}

async function definitionsOf(client: Client, ids: readonly number[]): Promise<Map<number, AssetDefinition>> {
  const definitions = new Map<number, AssetDefinition>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await client.assetVersion.findMany({
      where: { id: { in: ids.slice(start, start + 500) } },
      select: { id: true, definition: true },
    });
    for (const row of rows) definitions.set(row.id, decodeDefinition(row.definition));
  }
  return definitions;
}

/** Keys are NFC like stored ones; a prefix may end in whitespace ("a " of "a b"), so it is not a name. */
export function validateKeyPrefix(prefix: string | null | undefined): string | null {
  if (prefix === null || prefix === undefined || prefix === "") return null;
  return checkText(
    "keyPrefix",
    optionalText("keyPrefix", prefix, LIMITS.assetKeyLength * 4, "line") ?? "",
  ).normalize("NFC");
}

/**
 * Up to `take` assets of a successful load's snapshot, sorted by key, after the asset whose version is
 * `afterVersionId` (a cursor of this very snapshot), only keys starting with `keyPrefix`. Null for a load
 * that failed: it reported no snapshot. Only the page's definitions are read and decoded.
 */
export async function snapshotAssets(
  client: Client,
  load: SnapshotLoad,
  options: { afterVersionId: number | null; take: number; keyPrefix: string | null },
): Promise<{ assets: StoredDefinition[]; totalCount: number } | null> {
  if (load.status !== "SUCCESS") return null;
  const prefix = options.keyPrefix;
  const keys = (await snapshotKeys(client, load)).filter(
    (version) => prefix === null || version.assetKey.startsWith(prefix),
  );
  let start = 0;
  if (options.afterVersionId !== null) {
    const index = keys.findIndex((version) => version.id === options.afterVersionId);
    if (index < 0) throw new InvalidInput("The cursor does not belong to this list");
    start = index + 1;
  }
  const page = keys.slice(start, start + options.take);
  const definitions = await definitionsOf(
    client,
    page.map((version) => version.id),
  );
  return {
    assets: page.map((version) => ({
      versionId: version.id,
      projectId: load.projectId,
      definition: definitions.get(version.id) as AssetDefinition,
    })),
    totalCount: keys.length,
  };
}

/** A project's current definition of one asset: that of its newest successful load; null once removed. */
export async function currentAsset(
  client: Client,
  projectId: number,
  assetKey: string,
): Promise<StoredDefinition | null> {
  const version = await client.assetVersion.findFirst({
    where: { projectId, assetKey, toSequence: null },
    select: { id: true, definition: true },
  });
  return version
    ? { versionId: version.id, projectId, definition: decodeDefinition(version.definition) }
    : null;
}

/**
 * The exact diff from one successful load's snapshot to another's, sorted by asset key: what a project at
 * `from` changes by being put on `to`. Versions are compared by hash and only those that differ decoded,
 * as recording does.
 */
export async function compareSnapshots(
  client: Client,
  from: SnapshotLoad,
  to: SnapshotLoad,
): Promise<AssetDiff[]> {
  for (const load of [from, to]) {
    if (load.status !== "SUCCESS")
      throw new InvalidInput(
        `Load ${load.sequence} failed; only successful loads have a snapshot to compare`,
      );
  }
  if (from.projectId !== to.projectId) throw new InvalidInput("Both loads must belong to one project");
  const before = new Map((await snapshotKeys(client, from)).map((version) => [version.assetKey, version]));
  const after = await snapshotKeys(client, to);
  const pairs: { key: string; old: VersionKey | undefined; next: VersionKey | undefined }[] = [];
  for (const next of after) {
    const old = before.get(next.assetKey);
    before.delete(next.assetKey);
    if (old && (old.id === next.id || sameHash(old.hash, next.hash))) continue;
    pairs.push({ key: next.assetKey, old, next });
  }
  for (const old of before.values()) pairs.push({ key: old.assetKey, old, next: undefined });
  const ids = pairs.flatMap((pair) => [pair.old?.id, pair.next?.id].filter((id) => id !== undefined));
  const definitions = await definitionsOf(client, ids);
  const diffs: AssetDiff[] = [];
  for (const pair of pairs.sort((a, b) => compareCodeUnits(a.key, b.key))) {
    const diff = diffAsset(
      pair.old && definitions.get(pair.old.id),
      pair.next && definitions.get(pair.next.id),
    );
    if (diff) diffs.push(diff);
  }
  return diffs;
}
