import type { PrismaClient } from "../db/index";
import type { LoadStatus } from "../domain/load";
import { keysetPage, type Page } from "../domain/pages";
import type { Project, ProjectLoad } from "../generated/prisma/client";

/** One row of the history view: the loads with sequences lowSequence..highSequence of one project. */
export interface HistoryEntryView {
  projectId: number;
  firstSequence: number;
  lastSequence: number;
  loadCount: number;
  firstLoadedAt: Date;
  lastLoadedAt: Date;
  /** The newest load of the entry, when the page query already read it. */
  load?: ProjectLoad;
}

export interface HistoryArgs {
  first?: number | null;
  after?: string | null;
  collapseSimilar: boolean;
  status?: LoadStatus | null;
}

/**
 * A page of a project's history, newest first. Collapsed pages walk the stored entries by position and
 * uncollapsed ones walk loads by sequence, both on an index: the cost of a page does not depend on how deep
 * it is. Totals come from the project's counters.
 */
export async function historyPage(
  prisma: PrismaClient,
  project: Project,
  args: HistoryArgs,
): Promise<Page<HistoryEntryView>> {
  const status = args.status ?? undefined;
  if (args.collapseSimilar) {
    const total = !status
      ? project.entryCount
      : status === "SUCCESS"
        ? project.successEntryCount
        : project.entryCount - project.successEntryCount;
    return keysetPage({
      kind: "entry",
      args,
      fetch: (after, take) =>
        prisma.historyEntry.findMany({
          where: { projectId: project.id, status, ...(after === null ? {} : { position: { lt: after } }) },
          orderBy: { position: "desc" },
          take,
        }),
      keyOf: (entry) => entry.position,
      totalCount: () => total,
    });
  }
  const total = !status
    ? project.loadCount
    : status === "SUCCESS"
      ? project.successLoadCount
      : project.loadCount - project.successLoadCount;
  return keysetPage({
    kind: "load",
    args,
    fetch: async (after, take) => {
      const rows = await prisma.projectLoad.findMany({
        where: { projectId: project.id, status, ...(after === null ? {} : { sequence: { lt: after } }) },
        orderBy: { sequence: "desc" },
        take,
      });
      return rows.map((row) => ({
        projectId: project.id,
        firstSequence: row.sequence,
        lastSequence: row.sequence,
        loadCount: 1,
        firstLoadedAt: row.loadedAt,
        lastLoadedAt: row.loadedAt,
        load: row,
      }));
    },
    keyOf: (entry) => entry.lastSequence,
    totalCount: () => total,
  });
}
