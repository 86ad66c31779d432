import { NotFound } from "../../domain/errors";
import type { RollbackStatus } from "../../domain/load";
import { DEFAULT_DEPLOYMENT, validateName } from "../../domain/names";
import type { ProjectLoad, Rollback } from "../../generated/prisma/client";
import { compareSnapshots, rollback } from "../../loads/index";
import { builder, requiresRoleOnObject } from "../builder";
import { deploymentNameOfProject, type Loaders } from "../loaders";
import { loadIdOf, ProjectLoadRef, ProjectRef, RollbackRef } from "./refs";
import { RollbackStatusEnum } from "./scalars";
import { LoadComparisonRef } from "./snapshot";

async function loadById(loaders: Loaders, id: number): Promise<ProjectLoad> {
  const load = await loaders.load.load(id);
  if (!load) throw new Error(`load ${id} is missing`);
  return load;
}

builder.prismaObjectFields(RollbackRef, (t) => ({
  project: t.field({
    type: ProjectRef,
    resolve: async (rollback, _args, context) => {
      const project = await context.loaders.project.load(rollback.projectId);
      if (!project) throw new Error(`project ${rollback.projectId} is missing`);
      return project;
    },
  }),
  fromLoad: t.field({
    type: ProjectLoadRef,
    description: "The load that was current when the rollback was asked for.",
    resolve: (rollback, _args, context) => loadById(context.loaders, rollback.fromLoadId),
  }),
  toLoad: t.field({
    type: ProjectLoadRef,
    description: "The earlier load rolled back to.",
    resolve: (rollback, _args, context) => loadById(context.loaders, rollback.toLoadId),
  }),
  resultingLoad: t.field({
    type: ProjectLoadRef,
    nullable: true,
    description:
      "The new load that carries the rollback out: set at once when the deployment records rollbacks directly, and once the executor reports it when an executor carries rollbacks out.",
    resolve: (rollback, _args, context) =>
      rollback.resultingLoadId === null ? null : loadById(context.loaders, rollback.resultingLoadId),
  }),
  status: t.field({
    type: RollbackStatusEnum,
    description: "SUCCEEDED at once when the deployment records rollbacks directly.",
    resolve: (rollback) => rollback.status as RollbackStatus,
  }),
  error: t.exposeString("error", {
    nullable: true,
    description: "Why it FAILED: the executor's error, the failed load's error, or a timeout.",
  }),
  snapshotMatchesTarget: t.exposeBoolean("snapshotMatchesTarget", {
    nullable: true,
    description:
      "Whether the resulting load's asset snapshot equals the target's (compared as recording diffs loads); null until SUCCEEDED.",
  }),
  snapshotDifferences: t.stringList({
    nullable: true,
    description:
      "Keys of the assets whose definition differs from the target's (added, removed or changed); empty when it matches, null until SUCCEEDED. The full diff: compare the two loads.",
    resolve: (rollback) =>
      rollback.snapshotDifferences === null ? null : (JSON.parse(rollback.snapshotDifferences) as string[]),
  }),
  claimedBy: t.exposeString("claimedBy", {
    nullable: true,
    description: "The executor that claimed it last (its token's name and the agent's label).",
  }),
  leaseExpiresAt: t.expose("leaseExpiresAt", {
    type: "DateTime",
    nullable: true,
    description: "While IN_PROGRESS: when the claim passes to another executor unless renewed.",
  }),
  finishedAt: t.expose("finishedAt", {
    type: "DateTime",
    nullable: true,
    description: "When it became SUCCEEDED or FAILED.",
  }),
  reason: t.exposeString("reason", { nullable: true }),
  createdAt: t.expose("createdAt", { type: "DateTime" }),
}));

const RollbackProjectInput = builder.inputType("RollbackProjectInput", {
  description: "Which earlier successful load to put the project back on.",
  fields: (t) => ({
    loadId: t.id({
      required: true,
      description: "ID of a successful load of the project, other than the current one.",
    }),
    reason: t.string({ description: "Why: shown in the history and sent with alerts." }),
    idempotencyKey: t.string({ description: "Retrying with the same key returns the first result." }),
    deployment: t.string({ description: "When given with project: the load must belong to this project." }),
    project: t.string({
      description: "When given: the load must belong to this project (a guard for scripts).",
    }),
  }),
});

const RollbackProjectPayload = builder
  .objectRef<{ rollback: Rollback; load: ProjectLoad | null }>("RollbackProjectPayload")
  .implement({
    fields: (t) => ({
      rollback: t.field({ type: RollbackRef, resolve: (payload) => payload.rollback }),
      load: t.field({
        type: ProjectLoadRef,
        nullable: true,
        description:
          "The new load, with trigger ROLLBACK, when the rollback is recorded at once; null while an executor carries it out (follow rollback.status).",
        resolve: (payload) => payload.load,
      }),
      changes: t.field({
        type: LoadComparisonRef,
        description:
          "What the rollback changed: the diff from the load it replaced (`from`) to the load rolled back to (`to`), as rollbackPreview showed it and as the new load's assetChanges record it.",
        resolve: async ({ rollback }, _args, context) => {
          const [from, to] = await Promise.all([
            loadById(context.loaders, rollback.fromLoadId),
            loadById(context.loaders, rollback.toLoadId),
          ]);
          return { from, to, changes: await compareSnapshots(context.prisma, from, to) };
        },
      }),
    }),
  });

builder.mutationField("rollbackProject", (t) =>
  t.field({
    type: RollbackProjectPayload,
    description:
      "Puts a project back on an earlier successful load: records a Rollback and a new load with the target's image, git metadata and asset snapshot.",
    args: { input: t.arg({ type: RollbackProjectInput, required: true }) },
    // A load of a deployment the caller cannot read is NOT_FOUND, as a missing one.
    ...requiresRoleOnObject<{ input: { loadId: string | number } }>(
      "EDITOR",
      async (args, context) => {
        const load = await context.prisma.projectLoad.findUnique({
          where: { id: loadIdOf(String(args.input.loadId)) },
          select: { projectId: true },
        });
        return load ? deploymentNameOfProject(context.loaders, load.projectId) : null;
      },
      () => new NotFound("No load has this ID"),
    ),
    resolve: async (_root, { input }, context) => {
      const expectedProject = input.project
        ? {
            deployment: validateName("deployment", input.deployment ?? DEFAULT_DEPLOYMENT),
            project: input.project,
          }
        : null;
      return rollback(context.loads, {
        targetLoadId: loadIdOf(String(input.loadId)),
        reason: input.reason ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        expectedProject,
        requestedBy: context.caller?.name ?? "unknown",
      });
    },
  }),
);
