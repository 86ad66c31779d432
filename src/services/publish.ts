import type { PrismaClient } from "../db";
import type { EventBus, LoadEvent } from "../events";

/** Reads a committed load with everything subscribers show, in one query. */
export async function loadEvent(prisma: PrismaClient, loadId: number): Promise<LoadEvent | null> {
  const row = await prisma.projectLoad.findUnique({
    where: { id: loadId },
    include: {
      project: { include: { deployment: true } },
      rollback: true,
      assetChanges: {
        select: { assetKey: true, isNew: true, isRemoved: true },
        orderBy: { assetKey: "asc" },
      },
    },
  });
  if (!row) return null;
  const { project, rollback, assetChanges, ...load } = row;
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
}

/**
 * Tells subscribers about a load once its transaction has committed. The load is recorded whatever
 * happens here, so a failure is logged rather than reported to the caller (who might record it twice);
 * subscribers that missed it catch up with `after`.
 */
export async function publishLoad(prisma: PrismaClient, events: EventBus, loadId: number): Promise<void> {
  try {
    const event = await loadEvent(prisma, loadId);
    if (event) events.publish(event);
  } catch (error) {
    console.error(`could not publish load ${loadId} to subscribers`, error);
  }
}
