import DataLoader from "dataloader";
import type { PrismaClient } from "./db";
import type { Deployment, Project, ProjectLoad, Rollback } from "./generated/prisma/client";

export interface AssetKeys {
  added: string[];
  removed: string[];
  changed: string[];
}

/** A range of one project's load sequences, newest first: the loads a history entry stands for. */
export interface SequenceRange {
  projectId: number;
  /** Highest sequence, included. */
  high: number;
  /** Lowest sequence, included. */
  low: number;
}

function byKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/**
 * Per-request batching: every resolver asks for what it needs by ID and each kind of lookup becomes one
 * SQL query per tick, so a page costs the same number of queries whatever its size.
 */
export function createLoaders(prisma: PrismaClient) {
  return {
    deployment: new DataLoader<number, Deployment | null>(async (ids) =>
      byKey(ids, await prisma.deployment.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    project: new DataLoader<number, Project | null>(async (ids) =>
      byKey(ids, await prisma.project.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    load: new DataLoader<number, ProjectLoad | null>(async (ids) =>
      byKey(ids, await prisma.projectLoad.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    rollbackByResultingLoad: new DataLoader<number, Rollback | null>(async (ids) =>
      byKey(
        ids,
        await prisma.rollback.findMany({ where: { resultingLoadId: { in: [...ids] } } }),
        (row) => row.resultingLoadId,
      ),
    ),
    assetKeys: new DataLoader<number, AssetKeys>(async (loadIds) => {
      const rows = await prisma.assetChange.findMany({
        where: { loadId: { in: [...loadIds] } },
        select: { loadId: true, assetKey: true, isNew: true, isRemoved: true },
        orderBy: [{ loadId: "asc" }, { assetKey: "asc" }],
      });
      const keys = new Map<number, AssetKeys>(
        loadIds.map((id) => [id, { added: [], removed: [], changed: [] }]),
      );
      for (const row of rows) {
        const entry = keys.get(row.loadId) as AssetKeys;
        (row.isNew ? entry.added : row.isRemoved ? entry.removed : entry.changed).push(row.assetKey);
      }
      return loadIds.map((id) => keys.get(id) as AssetKeys);
    }),
    /** Loads of sequence ranges, newest first; all ranges of a tick are fetched in one query. */
    loadRange: new DataLoader<SequenceRange, ProjectLoad[], string>(
      async (ranges) => {
        const rows = await prisma.projectLoad.findMany({
          where: {
            OR: ranges.map((range) => ({
              projectId: range.projectId,
              sequence: { gte: range.low, lte: range.high },
            })),
          },
          orderBy: { sequence: "desc" },
        });
        return ranges.map((range) =>
          rows.filter(
            (row) =>
              row.projectId === range.projectId && row.sequence >= range.low && row.sequence <= range.high,
          ),
        );
      },
      { cacheKeyFn: (range) => `${range.projectId}:${range.high}:${range.low}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The deployment name a project belongs to: what role checks need. */
export async function deploymentNameOfProject(loaders: Loaders, projectId: number): Promise<string> {
  const project = await loaders.project.load(projectId);
  if (!project) throw new Error(`project ${projectId} vanished`);
  const deployment = await loaders.deployment.load(project.deploymentId);
  if (!deployment) throw new Error(`deployment ${project.deploymentId} vanished`);
  return deployment.name;
}

/** Forgets everything cached: long-lived subscription contexts call it before each event. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
