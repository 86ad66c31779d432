import type { PrismaClient } from "../db/index";
import type { Deployment, Prisma, Project, ProjectLoad, Rollback } from "../generated/prisma/client";

/** The keys of the assets a load added, removed and changed, each sorted. */
export interface AssetKeys {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Everything a subscriber needs to render a new load without asking the database again. */
export interface LoadEvent {
  load: ProjectLoad;
  project: Project;
  deployment: Deployment;
  assetKeys: AssetKeys;
  rollback: Rollback | null;
}

const EVENT_INCLUDE = {
  project: { include: { deployment: true } },
  rollback: true,
  assetChanges: { select: { assetKey: true, isNew: true, isRemoved: true }, orderBy: { assetKey: "asc" } },
} satisfies Prisma.ProjectLoadInclude;

/**
 * Committed loads with everything subscribers show, in feed order, in one query: what the live feed
 * delivers and what a resuming subscriber catches up on.
 */
export async function loadEvents(
  prisma: PrismaClient,
  where: Prisma.ProjectLoadWhereInput,
  take?: number,
): Promise<LoadEvent[]> {
  const rows = await prisma.projectLoad.findMany({
    where,
    include: EVENT_INCLUDE,
    orderBy: { feedPosition: "asc" },
    take,
  });
  return rows.map(({ project, rollback, assetChanges, ...load }) => {
    const { deployment, ...projectRow } = project;
    return {
      load,
      project: projectRow,
      deployment,
      rollback,
      assetKeys: {
        added: assetChanges.filter((change) => change.isNew).map((change) => change.assetKey),
        removed: assetChanges.filter((change) => change.isRemoved).map((change) => change.assetKey),
        changed: assetChanges
          .filter((change) => !change.isNew && !change.isRemoved)
          .map((change) => change.assetKey),
      },
    };
  });
}
