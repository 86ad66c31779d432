import { builder } from "../builder";
import type { ProjectLoad } from "../generated/prisma/client";
import type { Loaders } from "../loaders";
import { ProjectLoadRef, ProjectRef, RollbackRef } from "./refs";

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
    description: "The new load that the rollback created.",
    resolve: (rollback, _args, context) => loadById(context.loaders, rollback.resultingLoadId),
  }),
  reason: t.exposeString("reason", { nullable: true }),
  createdAt: t.expose("createdAt", { type: "DateTime" }),
}));
