import { commitUrl } from "../../domain/git";
import { LIMITS } from "../../domain/limits";
import type { GitFields, MetadataEntry } from "../../domain/load";
import { DEFAULT_DEPLOYMENT, validateName } from "../../domain/names";
import { keysetPage } from "../../domain/pages";
import type { ProjectLoad } from "../../generated/prisma/client";
import { recordLoad } from "../../loads/record";
import { builder, requiresRole } from "../builder";
import type { Context } from "../context";
import { pageArgs } from "./connection";
import { AssetChangeConnection, ProjectLoadRef, ProjectRef, RollbackRef, rollbackIdOf } from "./refs";
import { LoadStatusEnum, LoadTriggerEnum } from "./scalars";

/** A page of what one load changed, sorted by asset key: a load's and a history entry's assetChanges. */
export function assetChangesPage(
  context: Context,
  load: Pick<ProjectLoad, "id" | "assetChangeCount">,
  args: { first?: number | null; after?: string | null },
) {
  return keysetPage({
    kind: "change",
    args,
    // Changes of a load are inserted in asset key order, so id order is key order. The loader reads the
    // changes of every load of a page together.
    fetch: (after, take) =>
      context.loaders.changesOfLoad.load({ loadId: load.id, after, take, total: load.assetChangeCount }),
    keyOf: (change) => change.id,
    totalCount: () => load.assetChangeCount,
  });
}

const GitMetadataRef = builder.objectRef<GitFields>("GitMetadata").implement({
  description: "Where the loaded code came from.",
  fields: (t) => ({
    repositoryUrl: t.exposeString("repositoryUrl", {
      nullable: true,
      description: "The repository's URL, with any credentials removed.",
    }),
    commitHash: t.exposeString("commitHash", { nullable: true }),
    branch: t.exposeString("branch", { nullable: true }),
    commitUrl: t.string({
      nullable: true,
      description:
        "Link to the commit on GitHub or GitLab (https://github.com/o/r/commit/<sha>, https://gitlab.com/o/r/-/commit/<sha>); null for other hosts.",
      resolve: (git) => commitUrl(git.repositoryUrl, git.commitHash),
    }),
  }),
});

const MetadataEntryRef = builder.objectRef<MetadataEntry>("MetadataEntry").implement({
  description: "A free-form key and value reported with a load, shown as given.",
  fields: (t) => ({ key: t.exposeString("key"), value: t.exposeString("value") }),
});

const LoadErrorRef = builder.objectRef<{ message: string; stack: string | null }>("LoadError").implement({
  description: "Why a load failed.",
  fields: (t) => ({
    message: t.exposeString("message"),
    stack: t.exposeString("stack", { nullable: true, description: "The stack trace or log, when reported." }),
  }),
});

builder.prismaObjectFields(ProjectLoadRef, (t) => ({
  project: t.field({
    type: ProjectRef,
    resolve: async (load, _args, context) => {
      const project = await context.loaders.project.load(load.projectId);
      if (!project) throw new Error(`project ${load.projectId} is missing`);
      return project;
    },
  }),
  loadedAt: t.expose("loadedAt", { type: "DateTime" }),
  recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When the server recorded it." }),
  recordedBy: t.exposeString("recordedBy", { description: "Name of the token that recorded it." }),
  status: t.field({ type: LoadStatusEnum, resolve: (load) => load.status as "SUCCESS" | "FAILURE" }),
  trigger: t.field({ type: LoadTriggerEnum, resolve: (load) => load.trigger as "DEPLOY" | "ROLLBACK" }),
  error: t.field({
    type: LoadErrorRef,
    nullable: true,
    resolve: (load) =>
      load.errorMessage === null ? null : { message: load.errorMessage, stack: load.errorStack },
  }),
  image: t.exposeString("image", { nullable: true }),
  git: t.field({
    type: GitMetadataRef,
    nullable: true,
    description: "null when the load reported no git metadata.",
    resolve: (load) =>
      load.gitRepositoryUrl === null && load.gitCommitHash === null && load.gitBranch === null
        ? null
        : { repositoryUrl: load.gitRepositoryUrl, commitHash: load.gitCommitHash, branch: load.gitBranch },
  }),
  metadata: t.field({
    type: [MetadataEntryRef],
    description: "Display metadata, in the order reported.",
    resolve: (load) => JSON.parse(load.metadata) as MetadataEntry[],
  }),
  assetsAdded: t.stringList({
    description: "Keys of assets added by this load, sorted.",
    resolve: async (load, _args, context) => (await context.loaders.assetKeys.load(load)).added,
  }),
  assetsRemoved: t.stringList({
    description: "Keys of assets removed by this load, sorted.",
    resolve: async (load, _args, context) => (await context.loaders.assetKeys.load(load)).removed,
  }),
  assetsChanged: t.stringList({
    description: "Keys of assets whose definition this load changed, sorted.",
    resolve: async (load, _args, context) => (await context.loaders.assetKeys.load(load)).changed,
  }),
  assetChanges: t.field({
    type: AssetChangeConnection,
    description: "What this load changed, one entry per asset, sorted by asset key.",
    args: pageArgs,
    resolve: (load, args, context) => assetChangesPage(context, load, args),
  }),
  rollback: t.field({
    type: RollbackRef,
    nullable: true,
    description: "Set when trigger is ROLLBACK.",
    resolve: (load, _args, context) =>
      load.trigger === "ROLLBACK" ? context.loaders.rollbackByResultingLoad.load(load.id) : null,
  }),
}));

const GitInput = builder.inputType("GitInput", {
  description:
    "Where the loaded code came from. Credentials in repositoryUrl are removed before it is stored.",
  fields: (t) => ({
    repositoryUrl: t.string(),
    commitHash: t.string(),
    branch: t.string(),
  }),
});

const MetadataEntryInput = builder.inputType("MetadataEntryInput", {
  fields: (t) => ({ key: t.string({ required: true }), value: t.string({ required: true }) }),
});

const AssetDefinitionInput = builder.inputType("AssetDefinitionInput", {
  description: "One asset definition of a snapshot.",
  fields: (t) => ({
    key: t.string({ required: true, description: 'Path segments joined by "/", e.g. "raw/orders".' }),
    codeVersion: t.string(),
    tags: t.field({ type: "JSON", description: "Object of string values." }),
    metadata: t.field({ type: "JSON", description: "Object of JSON values." }),
    dependencies: t.stringList({ description: "Upstream asset keys." }),
    partitionMappings: t.field({
      type: "JSON",
      description: "Object: upstream asset key -> partition mapping description (string).",
    }),
    partitionsDefinition: t.string(),
  }),
});

const RollbackClaimInput = builder.inputType("RollbackClaimInput", {
  description: "A rollback claimed with claimRollback, and the claim's token.",
  fields: (t) => ({
    rollbackId: t.id({ required: true }),
    claimToken: t.string({ required: true }),
  }),
});

const RecordProjectLoadInput = builder.inputType("RecordProjectLoadInput", {
  description: "A project load as deploy tooling reports it.",
  fields: (t) => ({
    deployment: t.string({ defaultValue: DEFAULT_DEPLOYMENT, description: "Created on first use." }),
    project: t.string({ required: true, description: "Created on first use." }),
    status: t.field({ type: LoadStatusEnum, defaultValue: "SUCCESS" }),
    error: t.string({ description: "Required when status is FAILURE: what went wrong." }),
    errorStack: t.string({ description: "The stack trace or log of a FAILURE, shown as LoadError.stack." }),
    image: t.string(),
    git: t.field({ type: GitInput }),
    metadata: t.field({ type: [MetadataEntryInput] }),
    assets: t.field({
      type: [AssetDefinitionInput],
      description: `The full snapshot; required when status is SUCCESS. At most ${LIMITS.assetsPerSnapshot} assets.`,
    }),
    loadedAt: t.field({ type: "DateTime", description: "Defaults to the server's time." }),
    idempotencyKey: t.string({
      description:
        "Retrying with the same key and input returns the first result; other input is a CONFLICT.",
    }),
    rollback: t.field({
      type: RollbackClaimInput,
      description:
        "An executor reporting the load that carries out a rollback it claimed (claimRollback): the load gets trigger ROLLBACK and ends the rollback, SUCCEEDED (a successful load) or FAILED (a failure).",
    }),
  }),
});

const RecordProjectLoadPayload = builder
  .objectRef<{ load: ProjectLoad; replayed: boolean }>("RecordProjectLoadPayload")
  .implement({
    fields: (t) => ({
      load: t.field({ type: ProjectLoadRef, resolve: (payload) => payload.load }),
      replayed: t.exposeBoolean("replayed", {
        description:
          "True when the idempotencyKey had been used with this input: `load` is the load recorded then, nothing new was written.",
      }),
    }),
  });

builder.mutationField("recordProjectLoad", (t) =>
  t.field({
    type: RecordProjectLoadPayload,
    description:
      "Records a load: creates the deployment and project on first use, diffs a successful load's snapshot against the previous successful load, all in one transaction.",
    args: { input: t.arg({ type: RecordProjectLoadInput, required: true }) },
    ...requiresRole<{ input: { deployment?: string | null } }>("EDITOR", (args) =>
      validateName("deployment", args.input.deployment ?? DEFAULT_DEPLOYMENT),
    ),
    resolve: async (_root, args, context) => {
      const claim = args.input.rollback
        ? {
            rollbackId: rollbackIdOf(String(args.input.rollback.rollbackId)),
            claimToken: args.input.rollback.claimToken,
          }
        : null;
      const { load, replayed } = await recordLoad(
        context.loads,
        args.input,
        context.caller?.name ?? "unknown",
        claim,
      );
      return { load, replayed };
    },
  }),
);
