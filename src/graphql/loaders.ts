import DataLoader from "dataloader";
import type { PrismaClient } from "../db/index";
import type { AlertPolicy, Deployment, Project, ProjectLoad, Rollback } from "../generated/prisma/client";
import type { AssetKeys } from "../live/load-events";

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
    /** A load by project and sequence: a page of history entries asks for its newest loads this way. */
    loadAt: new DataLoader<{ projectId: number; sequence: number }, ProjectLoad | null, string>(
      async (keys) => {
        const byProject = new Map<number, number[]>();
        for (const { projectId, sequence } of keys)
          byProject.set(projectId, [...(byProject.get(projectId) ?? []), sequence]);
        const where = [...byProject].map(([projectId, sequences]) => ({
          projectId,
          sequence: { in: sequences },
        }));
        const rows = await prisma.projectLoad.findMany({
          where: where.length === 1 ? where[0] : { OR: where },
        });
        return byKey(
          keys.map((key) => `${key.projectId}:${key.sequence}`),
          rows,
          (row) => `${row.projectId}:${row.sequence}`,
        );
      },
      { cacheKeyFn: (key) => `${key.projectId}:${key.sequence}` },
    ),
    /** The deployment name of a project: what every role check on its data needs. */
    deploymentName: new DataLoader<number, string | null>(async (projectIds) =>
      byKey(
        projectIds,
        await prisma.project.findMany({
          where: { id: { in: [...projectIds] } },
          select: { id: true, deployment: { select: { name: true } } },
        }),
        (row) => row.id,
      ).map((row) => row?.deployment.name ?? null),
    ),
    alertPolicy: new DataLoader<number, AlertPolicy | null>(async (ids) =>
      byKey(ids, await prisma.alertPolicy.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
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
  const name = await loaders.deploymentName.load(projectId);
  if (name === null) throw new Error(`project ${projectId} vanished`);
  return name;
}

/** Forgets everything cached: long-lived subscription contexts call it before each event. */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
