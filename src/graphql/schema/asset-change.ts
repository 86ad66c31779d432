import { ASSET_CHANGE_TYPES, type AssetChangeType, type AssetDiff } from "../../domain/asset-diff";
import { DEFAULT_DEPLOYMENT, validateAssetKey, validateName } from "../../domain/names";
import { keysetPage } from "../../domain/pages";
import type { AssetChange } from "../../generated/prisma/client";
import { builder, requiresRole } from "../builder";
import { pageArgs } from "./connection";
import { AssetChangeConnection, AssetChangeRef, ProjectLoadRef, ProjectRef } from "./refs";
import { AssetChangeTypeEnum } from "./scalars";

/** The change-type flags stored per row, in the enum's order. */
export const FLAG_OF: Record<AssetChangeType, keyof AssetChange> = {
  NEW: "isNew",
  CODE_VERSION: "isCodeVersion",
  DEPENDENCIES: "isDependencies",
  PARTITIONS_DEFINITION: "isPartitionsDefinition",
  TAGS: "isTags",
  METADATA: "isMetadata",
  REMOVED: "isRemoved",
};

type Details = Pick<AssetDiff, "codeVersion" | "partitionsDefinition" | "dependencies" | "tags" | "metadata">;

function details(change: AssetChange): Partial<Details> {
  return change.details ? (JSON.parse(change.details) as Details) : {};
}

export const ValueChangeRef = builder
  .objectRef<NonNullable<AssetDiff["codeVersion"]>>("ValueChange")
  .implement({
    description: "A value before and after; null where it was not set.",
    fields: (t) => ({
      old: t.exposeString("old", { nullable: true }),
      new: t.exposeString("new", { nullable: true }),
    }),
  });

export const KeySetChangeRef = builder
  .objectRef<NonNullable<AssetDiff["dependencies"]>>("KeySetChange")
  .implement({
    description:
      "Upstream asset keys added and removed, and parents whose partition mapping changed; sorted.",
    fields: (t) => ({
      added: t.exposeStringList("added"),
      removed: t.exposeStringList("removed"),
      changed: t.exposeStringList("changed"),
    }),
  });

type MapChangeShape = NonNullable<AssetDiff["tags"]>;

const MapEntryChangeRef = builder.objectRef<MapChangeShape["added"][number]>("MapEntryChange").implement({
  description: "One key of a map before and after; null where absent.",
  fields: (t) => ({
    key: t.exposeString("key"),
    old: t.expose("old", { type: "JSON", nullable: true }),
    new: t.expose("new", { type: "JSON", nullable: true }),
  }),
});

export const MapChangeRef = builder.objectRef<MapChangeShape>("MapChange").implement({
  description: "Entries of a map (tags or metadata) added, removed and changed, sorted by key.",
  fields: (t) => ({
    added: t.field({ type: [MapEntryChangeRef], resolve: (change) => change.added }),
    removed: t.field({ type: [MapEntryChangeRef], resolve: (change) => change.removed }),
    changed: t.field({ type: [MapEntryChangeRef], resolve: (change) => change.changed }),
  }),
});

builder.prismaObjectFields(AssetChangeRef, (t) => ({
  load: t.field({
    type: ProjectLoadRef,
    resolve: async (change, _args, context) => {
      const load = await context.loaders.load.load(change.loadId);
      if (!load) throw new Error(`load ${change.loadId} is missing`);
      return load;
    },
  }),
  project: t.field({
    type: ProjectRef,
    resolve: async (change, _args, context) => {
      const project = await context.loaders.project.load(change.projectId);
      if (!project) throw new Error(`project ${change.projectId} is missing`);
      return project;
    },
  }),
  changedAt: t.expose("changedAt", {
    type: "DateTime",
    description: "When the load that changed it happened.",
  }),
  changeTypes: t.field({
    type: [AssetChangeTypeEnum],
    description: "Sorted in the enum's order; NEW and REMOVED stand alone.",
    resolve: (change) => ASSET_CHANGE_TYPES.filter((type) => change[FLAG_OF[type]] === true),
  }),
  codeVersion: t.field({
    type: ValueChangeRef,
    nullable: true,
    resolve: (change) => details(change).codeVersion ?? null,
  }),
  partitionsDefinition: t.field({
    type: ValueChangeRef,
    nullable: true,
    resolve: (change) => details(change).partitionsDefinition ?? null,
  }),
  dependencies: t.field({
    type: KeySetChangeRef,
    nullable: true,
    description: "Upstream asset keys; changed holds parents whose partition mapping changed.",
    resolve: (change) => details(change).dependencies ?? null,
  }),
  tags: t.field({ type: MapChangeRef, nullable: true, resolve: (change) => details(change).tags ?? null }),
  metadata: t.field({
    type: MapChangeRef,
    nullable: true,
    resolve: (change) => details(change).metadata ?? null,
  }),
}));

builder.queryField("assetChangeHistory", (t) =>
  t.field({
    type: AssetChangeConnection,
    description:
      "Every recorded change of one asset, newest first, across loads (and projects, unless project is given).",
    args: {
      assetKey: t.arg.string({ required: true }),
      deployment: t.arg.string({ defaultValue: DEFAULT_DEPLOYMENT }),
      project: t.arg.string(),
      changeTypes: t.arg({
        type: [AssetChangeTypeEnum],
        description: "Only changes having at least one of these types.",
      }),
      ...pageArgs,
    },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT),
    ),
    resolve: async (_root, args, context) => {
      const deploymentName = validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT);
      const assetKey = validateAssetKey("assetKey", args.assetKey);
      const projectName = args.project ? validateName("project", args.project) : null;
      const types = args.changeTypes ?? [];
      // Resolving the names first lets the query walk the (deploymentId, assetKey, id) index.
      const deployment = await context.prisma.deployment.findUnique({ where: { name: deploymentName } });
      const project =
        deployment && projectName
          ? await context.prisma.project.findUnique({
              where: { deploymentId_name: { deploymentId: deployment.id, name: projectName } },
            })
          : null;
      if (!deployment || (projectName && !project))
        return keysetPage({ kind: "change", args, fetch: () => [], keyOf: () => 0, totalCount: () => 0 });
      const where = {
        deploymentId: deployment.id,
        assetKey,
        ...(project ? { projectId: project.id } : {}),
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
);
