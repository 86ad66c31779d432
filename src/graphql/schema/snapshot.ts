import type { AssetDiff } from "../../domain/asset-diff";
import { validateAssetKey } from "../../domain/names";
import { keysetPage } from "../../domain/pages";
import type { ProjectLoad } from "../../generated/prisma/client";
import {
  compareSnapshots,
  currentAsset,
  previewRollback,
  type StoredDefinition,
  snapshotAssets,
  validateKeyPrefix,
} from "../../loads/index";
import { builder, requiresRoleOnParent } from "../builder";
import type { Context } from "../context";
import { deploymentNameOfProject } from "../loaders";
import { FLAG_OF, KeySetChangeRef, MapChangeRef, ValueChangeRef } from "./asset-change";
import { connectionOf, pageArgs } from "./connection";
import { assetChangesPage } from "./load";
import { ProjectHistoryEntryRef } from "./project";
import { AssetChangeConnection, loadIdOf, ProjectLoadRef, ProjectRef } from "./refs";
import { AssetChangeTypeEnum } from "./scalars";

// Stored snapshots read back, for history screens and rollback previews: a load's assets, an asset's
// current definition and change history, the diff between two loads, and the changes of a history entry
// (those of its first load: the later loads of a run change nothing). The work is in src/loads/compare.ts;
// these resolvers only look up the loads and page through what it returns. No type here has its own
// authScopes: everything is reached through a project the caller may read.

export const AssetDefinitionRef = builder.objectRef<StoredDefinition>("AssetDefinition").implement({
  description: "One asset's definition as a load reported it (normalized: keys and dependencies sorted).",
  fields: (t) => ({
    key: t.string({ resolve: (asset) => asset.definition.key }),
    codeVersion: t.string({ nullable: true, resolve: (asset) => asset.definition.codeVersion }),
    tags: t.field({
      type: "JSON",
      description: "Object of string values.",
      resolve: (a) => a.definition.tags,
    }),
    metadata: t.field({
      type: "JSON",
      description: "Object of JSON values.",
      resolve: (asset) => asset.definition.metadata,
    }),
    dependencies: t.stringList({
      description: "Upstream asset keys, sorted.",
      resolve: (asset) => asset.definition.dependencies,
    }),
    partitionsDefinition: t.string({
      nullable: true,
      resolve: (asset) => asset.definition.partitionsDefinition,
    }),
    partitionMappings: t.field({
      type: "JSON",
      description: "Object: upstream asset key -> partition mapping description.",
      resolve: (asset) => asset.definition.partitionMappings,
    }),
    changeHistory: t.field({
      type: AssetChangeConnection,
      description: "Every recorded change of this asset in its project, newest first.",
      args: {
        ...pageArgs,
        changeTypes: t.arg({
          type: [AssetChangeTypeEnum],
          description: "Only changes having at least one of these types.",
        }),
      },
      resolve: async (asset, args, context) => {
        const project = await context.loaders.project.load(asset.projectId);
        const types = args.changeTypes ?? [];
        const where = {
          // The deployment lets the query walk the (deploymentId, assetKey, id) index.
          deploymentId: project?.deploymentId ?? -1,
          projectId: asset.projectId,
          assetKey: asset.definition.key,
          ...(types.length > 0 ? { OR: types.map((type) => ({ [FLAG_OF[type]]: true })) } : {}),
        };
        return keysetPage({
          kind: "change",
          args,
          fetch: (after, take) =>
            context.prisma.assetChange.findMany({
              where: { ...where, ...(after === null ? {} : { id: { lt: after } }) },
              orderBy: { id: "desc" },
              take,
            }),
          keyOf: (change) => change.id,
          totalCount: () => context.prisma.assetChange.count({ where }),
        });
      },
    }),
  }),
});

const AssetDefinitionConnection = connectionOf(
  "AssetDefinition",
  AssetDefinitionRef,
  "A page of a load's asset snapshot, sorted by asset key.",
);

export const AssetDiffRef = builder.objectRef<AssetDiff>("AssetDiff").implement({
  description:
    "How one asset differs between two snapshots: the values of an AssetChange, computed by the same diff, without a stored row.",
  fields: (t) => ({
    assetKey: t.exposeString("assetKey"),
    changeTypes: t.field({
      type: [AssetChangeTypeEnum],
      description: "Sorted in the enum's order; NEW and REMOVED stand alone.",
      resolve: (diff) => diff.changeTypes,
    }),
    codeVersion: t.field({ type: ValueChangeRef, nullable: true, resolve: (diff) => diff.codeVersion }),
    partitionsDefinition: t.field({
      type: ValueChangeRef,
      nullable: true,
      resolve: (diff) => diff.partitionsDefinition,
    }),
    dependencies: t.field({
      type: KeySetChangeRef,
      nullable: true,
      description: "Upstream asset keys; changed holds parents whose partition mapping changed.",
      resolve: (diff) => diff.dependencies,
    }),
    tags: t.field({ type: MapChangeRef, nullable: true, resolve: (diff) => diff.tags }),
    metadata: t.field({ type: MapChangeRef, nullable: true, resolve: (diff) => diff.metadata }),
  }),
});

const AssetDiffConnection = connectionOf("AssetDiff", AssetDiffRef, "A page of a comparison's asset diffs.");

/** Two loads and the diff between their snapshots, with each row's position for cursors. */
export interface Comparison {
  from: ProjectLoad;
  to: ProjectLoad;
  changes: AssetDiff[];
}

function keysOf(comparison: Comparison, kind: "NEW" | "REMOVED" | "CHANGED"): string[] {
  return comparison.changes
    .filter((diff) =>
      kind === "CHANGED"
        ? diff.changeTypes[0] !== "NEW" && diff.changeTypes[0] !== "REMOVED"
        : diff.changeTypes[0] === kind,
    )
    .map((diff) => diff.assetKey);
}

export const LoadComparisonRef = builder.objectRef<Comparison>("LoadComparison").implement({
  description:
    "The exact difference between two successful loads' asset snapshots: what a project on `from` changes by being put on `to`.",
  fields: (t) => ({
    from: t.field({ type: ProjectLoadRef, resolve: (comparison) => comparison.from }),
    to: t.field({ type: ProjectLoadRef, resolve: (comparison) => comparison.to }),
    assetsAdded: t.stringList({
      description: "Keys of assets in `to` and not in `from`, sorted.",
      resolve: (comparison) => keysOf(comparison, "NEW"),
    }),
    assetsRemoved: t.stringList({
      description: "Keys of assets in `from` and not in `to`, sorted.",
      resolve: (comparison) => keysOf(comparison, "REMOVED"),
    }),
    assetsChanged: t.stringList({
      description: "Keys of assets in both whose definition differs, sorted.",
      resolve: (comparison) => keysOf(comparison, "CHANGED"),
    }),
    assetChanges: t.field({
      type: AssetDiffConnection,
      description:
        "One entry per asset that differs, sorted by asset key, with old (`from`) and new (`to`) values.",
      args: pageArgs,
      resolve: (comparison, args) =>
        keysetPage({
          kind: "diff",
          args,
          // The cursor holds a row's position (1, 2, ...): a comparison of two stored loads never changes.
          fetch: (after, take) =>
            comparison.changes
              .slice(after ?? 0, (after ?? 0) + take)
              .map((diff, index) => ({ diff, position: (after ?? 0) + index + 1 })),
          keyOf: (row) => row.position,
          totalCount: () => comparison.changes.length,
        }).then((page) => ({
          ...page,
          edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.diff })),
        })),
    }),
  }),
});

/** A load of this project by its global ID; null when there is none (or it is another project's). */
async function loadOfProject(context: Context, projectId: number, globalId: string, what: string) {
  const load = await context.loaders.load.load(loadIdOf(globalId, what));
  return load && load.projectId === projectId ? load : null;
}

builder.prismaObjectFields(ProjectRef, (t) => ({
  load: t.field({
    type: ProjectLoadRef,
    nullable: true,
    description: "One load by its sequence number; null when there is none.",
    args: { sequence: t.arg.int({ required: true }) },
    resolve: (project, args, context) =>
      args.sequence < 1
        ? null
        : context.loaders.loadAt.load({ projectId: project.id, sequence: args.sequence }),
  }),
  asset: t.field({
    type: AssetDefinitionRef,
    nullable: true,
    description:
      "An asset's current definition (that of the newest successful load), with its change history; null when the current snapshot has no asset with this key (it never existed, or was removed).",
    args: { key: t.arg.string({ required: true }) },
    resolve: (project, args, context) =>
      currentAsset(context.prisma, project.id, validateAssetKey("key", args.key)),
  }),
  compareLoads: t.field({
    type: LoadComparisonRef,
    nullable: true,
    description:
      "The exact diff between two successful loads' snapshots, computed as recording computes asset changes; null when either ID is not a load of this project. A failed load has no snapshot: BAD_USER_INPUT.",
    args: {
      from: t.arg.id({ required: true, description: "The load compared from (its values are `old`)." }),
      to: t.arg.id({ required: true, description: "The load compared to (its values are `new`)." }),
    },
    resolve: async (project, args, context) => {
      const [from, to] = await Promise.all([
        loadOfProject(context, project.id, String(args.from), "from"),
        loadOfProject(context, project.id, String(args.to), "to"),
      ]);
      if (!from || !to) return null;
      return { from, to, changes: await compareSnapshots(context.prisma, from, to) };
    },
  }),
  rollbackPreview: t.field({
    type: LoadComparisonRef,
    nullable: true,
    description:
      "What rollbackProject to this load would do, without doing it: the target checked as the rollback checks it (BAD_USER_INPUT for a failed or the current load), and the exact diff from the current load (`from`) to it (`to`), which the rollback then records as its asset changes. Needs the role the rollback needs; null when the ID is not a load of this project.",
    args: { loadId: t.arg.id({ required: true }) },
    ...requiresRoleOnParent<{ id: number }>("EDITOR", (project, context) =>
      deploymentNameOfProject(context.loaders, project.id),
    ),
    resolve: async (project, args, context) => {
      const target = await loadOfProject(context, project.id, String(args.loadId), "loadId");
      return target ? previewRollback(context.prisma, project, target) : null;
    },
  }),
}));

builder.prismaObjectFields(ProjectLoadRef, (t) => ({
  assets: t.field({
    type: AssetDefinitionConnection,
    nullable: true,
    description:
      "The load's exact asset snapshot, sorted by asset key; null for a failed load, which reported none.",
    args: {
      ...pageArgs,
      keyPrefix: t.arg.string({ description: 'Only assets whose key starts with this, e.g. "mart/".' }),
    },
    resolve: async (load, args, context) => {
      if (load.status !== "SUCCESS") return null;
      const keyPrefix = validateKeyPrefix(args.keyPrefix);
      let total = 0;
      return keysetPage({
        kind: "asset",
        args,
        fetch: async (after, take) => {
          const page = await snapshotAssets(context.prisma, load, { afterVersionId: after, take, keyPrefix });
          total = page?.totalCount ?? 0;
          return page?.assets ?? [];
        },
        keyOf: (asset) => asset.versionId,
        totalCount: () => total,
      });
    },
  }),
}));

/** A history entry's oldest load: the one whose changes are the run's. */
async function firstLoadOf(
  entry: { projectId: number; firstSequence: number; lastSequence: number; load?: ProjectLoad },
  context: Context,
): Promise<ProjectLoad> {
  if (entry.load && entry.firstSequence === entry.lastSequence) return entry.load;
  const load = await context.loaders.loadAt.load({
    projectId: entry.projectId,
    sequence: entry.firstSequence,
  });
  if (!load) throw new Error(`load ${entry.firstSequence} of project ${entry.projectId} is missing`);
  return load;
}

builder.objectFields(ProjectHistoryEntryRef, (t) => ({
  firstLoad: t.field({
    type: ProjectLoadRef,
    description: "The oldest load of this row: the one that made the changes the row stands for.",
    resolve: (entry, _args, context) => firstLoadOf(entry, context),
  }),
  assetsAdded: t.stringList({
    description:
      "Keys of assets the row's first load added, sorted (the later loads of a run change nothing).",
    resolve: async (entry, _args, context) =>
      (await context.loaders.assetKeys.load((await firstLoadOf(entry, context)).id)).added,
  }),
  assetsRemoved: t.stringList({
    description: "Keys of assets the row's first load removed, sorted.",
    resolve: async (entry, _args, context) =>
      (await context.loaders.assetKeys.load((await firstLoadOf(entry, context)).id)).removed,
  }),
  assetsChanged: t.stringList({
    description: "Keys of assets whose definition the row's first load changed, sorted.",
    resolve: async (entry, _args, context) =>
      (await context.loaders.assetKeys.load((await firstLoadOf(entry, context)).id)).changed,
  }),
  assetChanges: t.field({
    type: AssetChangeConnection,
    description: "What the row's first load changed (the run's changes), one entry per asset, sorted by key.",
    args: pageArgs,
    resolve: async (entry, args, context) =>
      assetChangesPage(context, await firstLoadOf(entry, context), args),
  }),
}));
