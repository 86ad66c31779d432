// Rollbacks carried out by an executor: the deployment setting (ADMIN), the executor's claim, lease and
// failure report (EDITOR of the deployment), the open rollbacks an executor catches up on, and the live
// status changes. The logic is in src/loads/executor.ts; the load that ends a rollback comes through
// recordProjectLoad(input.rollback).
import { InvalidInput, NotFound } from "../../domain/errors";
import { LEASE_SECONDS, type RollbackExecution, type RollbackStatus } from "../../domain/load";
import { validateName } from "../../domain/names";
import { readableDeployments } from "../../domain/roles";
import type { Rollback, RollbackEvent } from "../../generated/prisma/client";
import { claimRollback, failRollback, renewRollbackLease, setRollbackExecution } from "../../loads/executor";
import { ANY_DEPLOYMENT, builder, requiresRole, requiresRoleOnObject } from "../builder";
import { clearLoaders, deploymentNameOfProject } from "../loaders";
import { DeploymentRef, ProjectLoadRef, RollbackRef, rollbackIdOf } from "./refs";
import { RollbackExecutionEnum, RollbackStatusEnum } from "./scalars";

builder.prismaObjectFields(DeploymentRef, (t) => ({
  rollbackExecution: t.field({
    type: RollbackExecutionEnum,
    description: "How its rollbacks are carried out (setRollbackExecution).",
    resolve: (deployment) => deployment.rollbackExecution as RollbackExecution,
  }),
  openRollbacks: t.field({
    type: [RollbackRef],
    description:
      "Its rollbacks that are REQUESTED or IN_PROGRESS, oldest first: what an executor catches up on after a reconnect.",
    resolve: (deployment, _args, context) =>
      context.prisma.rollback.findMany({
        where: { project: { deploymentId: deployment.id }, status: { in: ["REQUESTED", "IN_PROGRESS"] } },
        orderBy: { id: "asc" },
        take: 100,
      }),
  }),
}));

const SetRollbackExecutionInput = builder.inputType("SetRollbackExecutionInput", {
  fields: (t) => ({
    deployment: t.string({ required: true, description: "Created when it does not exist yet." }),
    execution: t.field({ type: RollbackExecutionEnum, required: true }),
  }),
});

builder.mutationField("setRollbackExecution", (t) =>
  t.field({
    type: DeploymentRef,
    description:
      "Chooses how a deployment's rollbacks are carried out: DIRECT (recorded at once, the default) or EXECUTOR (an agent redeploys). Open rollbacks keep going.",
    args: { input: t.arg({ type: SetRollbackExecutionInput, required: true }) },
    ...requiresRole<{ input: { deployment: string } }>("ADMIN", (args) =>
      validateName("deployment", args.input.deployment),
    ),
    resolve: (_root, { input }, context) =>
      setRollbackExecution(context.loads, input.deployment, input.execution),
  }),
);

const ClaimRollbackInput = builder.inputType("ClaimRollbackInput", {
  fields: (t) => ({
    deployment: t.string({ required: true }),
    projects: t.stringList({ description: "Only rollbacks of these projects (default: any)." }),
    leaseSeconds: t.int({
      description: `How long the claim holds unless renewed (default ${LEASE_SECONDS.default}, ${LEASE_SECONDS.min} to ${LEASE_SECONDS.max}).`,
    }),
    executor: t.string({ description: "A label for the claimant (host, pod), shown in claimedBy." }),
  }),
});

const ClaimRollbackPayload = builder
  .objectRef<{ claimed: { rollback: Rollback; claimToken: string } | null }>("ClaimRollbackPayload")
  .implement({
    description: "The claimed rollback, or nulls when none is open and unclaimed.",
    fields: (t) => ({
      rollback: t.field({
        type: RollbackRef,
        nullable: true,
        resolve: (payload) => payload.claimed?.rollback ?? null,
      }),
      claimToken: t.string({
        nullable: true,
        description:
          "Proves the claim: renewRollbackLease, failRollback and recordProjectLoad(input.rollback) need it.",
        resolve: (payload) => payload.claimed?.claimToken ?? null,
      }),
    }),
  });

builder.mutationField("claimRollback", (t) =>
  t.field({
    type: ClaimRollbackPayload,
    description:
      "An executor takes the oldest open rollback of the deployment: a REQUESTED one, or an IN_PROGRESS one whose lease ran out (its executor stopped). It becomes IN_PROGRESS under this claim.",
    args: { input: t.arg({ type: ClaimRollbackInput, required: true }) },
    ...requiresRole<{ input: { deployment: string } }>("EDITOR", (args) =>
      validateName("deployment", args.input.deployment),
    ),
    resolve: async (_root, { input }, context) => {
      const name = context.caller?.name ?? "unknown";
      const label = input.executor ? validateName("executor", input.executor) : null;
      const claimed = await claimRollback(context.loads, {
        deployment: input.deployment,
        projects: input.projects ?? null,
        leaseSeconds: input.leaseSeconds ?? null,
        claimedBy: label ? `${name} (${label})` : name,
      });
      return { claimed };
    },
  }),
);

/** A rollback named by ID: its deployment, for the role check; a missing or unreadable one is NOT_FOUND. */
const onRollback = requiresRoleOnObject<{ input: { rollbackId: string | number } }>(
  "EDITOR",
  async (args, context) => {
    const rollback = await context.prisma.rollback.findUnique({
      where: { id: rollbackIdOf(String(args.input.rollbackId)) },
      select: { projectId: true },
    });
    return rollback ? deploymentNameOfProject(context.loaders, rollback.projectId) : null;
  },
  () => new NotFound("No rollback has this ID"),
);

const RenewRollbackLeaseInput = builder.inputType("RenewRollbackLeaseInput", {
  fields: (t) => ({
    rollbackId: t.id({ required: true }),
    claimToken: t.string({ required: true }),
    leaseSeconds: t.int(),
  }),
});

builder.mutationField("renewRollbackLease", (t) =>
  t.field({
    type: RollbackRef,
    description:
      "Extends a claim's lease. CONFLICT when the claim is no longer held (it passed to another executor).",
    args: { input: t.arg({ type: RenewRollbackLeaseInput, required: true }) },
    ...onRollback,
    resolve: (_root, { input }, context) =>
      renewRollbackLease(context.loads, {
        rollbackId: rollbackIdOf(String(input.rollbackId)),
        claimToken: input.claimToken,
        leaseSeconds: input.leaseSeconds ?? null,
      }),
  }),
);

const FailRollbackInput = builder.inputType("FailRollbackInput", {
  fields: (t) => ({
    rollbackId: t.id({ required: true }),
    claimToken: t.string({ required: true }),
    error: t.string({ required: true, description: "What went wrong (the command's stderr, a timeout)." }),
  }),
});

builder.mutationField("failRollback", (t) =>
  t.field({
    type: RollbackRef,
    description:
      "An executor ends a rollback it claimed FAILED, with the reason; ROLLBACK_FAILED alerts are sent. CONFLICT when the claim is no longer held.",
    args: { input: t.arg({ type: FailRollbackInput, required: true }) },
    ...onRollback,
    resolve: (_root, { input }, context) =>
      failRollback(context.loads, {
        rollbackId: rollbackIdOf(String(input.rollbackId)),
        claimToken: input.claimToken,
        error: input.error,
      }),
  }),
);

const RollbackUpdateRef = builder.objectRef<RollbackEvent>("RollbackUpdate").implement({
  description: "One status change of a rollback.",
  fields: (t) => ({
    id: t.id({
      description: "Increases with every change: pass it as after to resume.",
      resolve: (event) => String(event.id),
    }),
    status: t.field({ type: RollbackStatusEnum, resolve: (event) => event.status as RollbackStatus }),
    error: t.exposeString("error", { nullable: true }),
    at: t.expose("createdAt", { type: "DateTime" }),
    rollback: t.field({
      type: RollbackRef,
      description: "The rollback as it is now (it may have moved on since this change).",
      resolve: async (event, _args, context) => {
        const rollback = await context.prisma.rollback.findUnique({ where: { id: event.rollbackId } });
        if (!rollback) throw new Error(`rollback ${event.rollbackId} is missing`);
        return rollback;
      },
    }),
    resultingLoad: t.field({
      type: ProjectLoadRef,
      nullable: true,
      resolve: async (event, _args, context) => {
        const rollback = await context.prisma.rollback.findUnique({ where: { id: event.rollbackId } });
        return rollback?.resultingLoadId ? context.loaders.load.load(rollback.resultingLoadId) : null;
      },
    }),
  }),
});

builder.subscriptionField("rollbackUpdated", (t) =>
  t.field({
    type: RollbackUpdateRef,
    description:
      "Every status change of rollbacks (REQUESTED, IN_PROGRESS, SUCCEEDED, FAILED; a takeover by another executor is IN_PROGRESS again), in the order they happened. With after (a RollbackUpdate id), the changes after it are sent first; with rollbackId and no after, all of that rollback's changes from its request.",
    args: {
      deployment: t.arg.string({ description: "Only rollbacks of this deployment." }),
      project: t.arg.string({ description: "Only rollbacks of this project." }),
      rollbackId: t.arg.id({ description: "Only this rollback." }),
      after: t.arg.id({ description: "Resume after this RollbackUpdate id." }),
    },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      args.deployment ? validateName("deployment", args.deployment) : ANY_DEPLOYMENT,
    ),
    subscribe: async (_root, args, context) => {
      const filter = {
        deployment: args.deployment ? validateName("deployment", args.deployment) : null,
        project: args.project ? validateName("project", args.project) : null,
        rollbackId: args.rollbackId ? rollbackIdOf(String(args.rollbackId)) : null,
        readable: readableDeployments(context.caller),
      };
      let after: number;
      if (args.after) {
        after = Number(args.after);
        if (!Number.isSafeInteger(after) || after < 0)
          throw new InvalidInput("after must be the id of a RollbackUpdate");
      } else if (filter.rollbackId !== null) {
        // One rollback has a few changes: all of them, so that a client that read its state just before
        // subscribing cannot miss the change in between.
        after = 0;
      } else {
        after = await context.live.rollbacks.latest();
      }
      return context.live.rollbacks.subscribe(filter, after);
    },
    resolve: (event: RollbackEvent, _args, context) => {
      clearLoaders(context.loaders);
      return event;
    },
  }),
);
