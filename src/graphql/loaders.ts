import DataLoader from "dataloader";
import type { PrismaClient } from "../db/index";
import type {
  AlertPolicy,
  AssetChange,
  Deployment,
  Project,
  ProjectLoad,
  Rollback,
} from "../generated/prisma/client";
import { Prisma } from "../generated/prisma/client";
import type { AssetKeys } from "../live/load-events";

/** A range of one project's load sequences, newest first: the loads a history entry stands for. */
export interface SequenceRange {
  projectId: number;
  /** Highest sequence, included. */
  high: number;
  /** Lowest sequence, included. */
  low: number;
}

/** Up to `take` asset changes of one load in id order (which is asset key order), after the id `after`. */
export interface LoadChangesKey {
  loadId: number;
  after: number | null;
  take: number;
  /** How many changes the load has (its stored counter): when all fit, no limit per load is needed. */
  total: number;
}

const loadChangesKey = (key: LoadChangesKey) => `${key.loadId}:${key.after}:${key.take}`;

/** A load's changes are read whole (all columns) when it has at most this many: a page's worth. */
const WHOLE_LOAD_CHANGES = 100;

/** What the asset-change loaders need of a load. */
export type LoadOfChanges = Pick<ProjectLoad, "id" | "assetChangeCount">;

/** All changes of each load, in id order (which is asset key order): one statement for a page's loads. */
async function allChangesOf(prisma: PrismaClient, loadIds: readonly number[]): Promise<AssetChange[][]> {
  const rows = await prisma.assetChange.findMany({
    where: { loadId: { in: [...loadIds] } },
    orderBy: { id: "asc" },
  });
  const byLoad = new Map<number, AssetChange[]>(loadIds.map((id) => [id, []]));
  for (const row of rows) byLoad.get(row.loadId)?.push(row);
  return loadIds.map((id) => byLoad.get(id) ?? []);
}

/**
 * Pages of the asset changes of many loads. Loads whose changes all fit their page (the usual case: a
 * page of 100, a few changed assets) come from `allChanges`, the same statement that gives their asset
 * keys; for the others the IDs of each load's page come from a window function first, in SQL that SQLite
 * and PostgreSQL both run as written (it returns integers only, so nothing depends on a driver's row
 * types), then their rows in one statement.
 */
async function changePages(
  prisma: PrismaClient,
  allChanges: DataLoader<number, AssetChange[]>,
  keys: readonly LoadChangesKey[],
): Promise<AssetChange[][]> {
  const fitsWhole = (key: LoadChangesKey) => key.after === null && key.total <= key.take;
  const whole = allChanges.loadMany(keys.filter(fitsWhole).map((key) => key.loadId));
  const limited = keys.filter((key) => !fitsWhole(key));
  const pageIds: number[] = [];
  for (const take of new Set(limited.map((key) => key.take))) {
    const conditions = limited
      .filter((key) => key.take === take)
      .map((key) =>
        key.after === null
          ? Prisma.sql`"loadId" = ${key.loadId}`
          : Prisma.sql`("loadId" = ${key.loadId} AND "id" > ${key.after})`,
      );
    const rows = await prisma.$queryRaw<{ id: number | bigint }[]>`
      SELECT "id" FROM (
        SELECT "id", ROW_NUMBER() OVER (PARTITION BY "loadId" ORDER BY "id") AS "position"
        FROM "AssetChange" WHERE ${Prisma.join(conditions, " OR ")}
      ) AS "ranked" WHERE "position" <= ${take}`;
    for (const row of rows) pageIds.push(Number(row.id));
  }
  const rows =
    pageIds.length === 0
      ? []
      : await prisma.assetChange.findMany({ where: { id: { in: pageIds } }, orderBy: { id: "asc" } });
  const byLoad = new Map<number, AssetChange[]>();
  for (const list of await whole) {
    if (list instanceof Error) throw list;
    if (list[0]) byLoad.set(list[0].loadId, list);
  }
  for (const row of rows) {
    const list = byLoad.get(row.loadId);
    if (list) list.push(row);
    else byLoad.set(row.loadId, [row]);
  }
  return keys.map((key) => {
    const list = byLoad.get(key.loadId) ?? [];
    const { after } = key;
    const from = after === null ? list : list.filter((row) => row.id > after);
    return from.length > key.take ? from.slice(0, key.take) : from;
  });
}

/** The asset keys of loads: from `allChanges` for loads with few changes, else from their keys alone. */
async function assetKeysOf(
  prisma: PrismaClient,
  allChanges: DataLoader<number, AssetChange[]>,
  loads: readonly LoadOfChanges[],
): Promise<AssetKeys[]> {
  const small = loads.filter((load) => load.assetChangeCount <= WHOLE_LOAD_CHANGES).map((load) => load.id);
  const large = loads.filter((load) => load.assetChangeCount > WHOLE_LOAD_CHANGES).map((load) => load.id);
  const [whole, keyRows] = await Promise.all([
    allChanges.loadMany(small),
    large.length === 0
      ? []
      : prisma.assetChange.findMany({
          where: { loadId: { in: large } },
          select: { loadId: true, assetKey: true, isNew: true, isRemoved: true },
          orderBy: { id: "asc" },
        }),
  ]);
  const keys = new Map<number, AssetKeys>(
    loads.map((load) => [load.id, { added: [], removed: [], changed: [] }]),
  );
  const rows = [...keyRows];
  for (const list of whole) {
    if (list instanceof Error) throw list;
    rows.push(...list);
  }
  for (const row of rows) {
    const entry = keys.get(row.loadId) as AssetKeys;
    (row.isNew ? entry.added : row.isRemoved ? entry.removed : entry.changed).push(row.assetKey);
  }
  return loads.map((load) => keys.get(load.id) as AssetKeys);
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
  // Shared by assetKeys and changesOfLoad: their batches run in the same tick, so the changes of a page's
  // loads are read once for both.
  const allChanges = new DataLoader<number, AssetChange[]>((loadIds) => allChangesOf(prisma, loadIds));
  return {
    allChanges,
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
    /** Asset keys added, removed and changed by loads. */
    assetKeys: new DataLoader<LoadOfChanges, AssetKeys, number>(
      (loads) => assetKeysOf(prisma, allChanges, loads),
      { cacheKeyFn: (load) => load.id },
    ),
    /** Pages of loads' asset changes: with the asset keys, a history page's changes in one statement. */
    changesOfLoad: new DataLoader<LoadChangesKey, AssetChange[], string>(
      (keys) => changePages(prisma, allChanges, keys),
      { cacheKeyFn: loadChangesKey },
    ),
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
