import { DEFAULT_DEPLOYMENT, validateName } from "../../domain/names";
import { keysetPage, type Page } from "../../domain/pages";
import { readableDeployments } from "../../domain/roles";
import type { Project } from "../../generated/prisma/client";
import { type HistoryEntryView, historyPage } from "../../loads/history";
import { ANY_DEPLOYMENT, builder, requiresRole } from "../builder";
import type { Context } from "../context";
import { connectionOf, pageArgs } from "./connection";
import { ProjectConnection, ProjectLoadConnection, ProjectLoadRef, ProjectRef } from "./refs";
import { LoadStatusEnum } from "./scalars";

builder.prismaObjectFields(ProjectRef, (t) => ({
  deployment: t.relation("deployment"),
  createdAt: t.expose("createdAt", { type: "DateTime", description: "When its first load was recorded." }),
  updatedAt: t.expose("lastLoadedAt", {
    type: "DateTime",
    description: "Time of the newest load, of any status.",
  }),
  latestLoad: t.field({
    type: ProjectLoadRef,
    nullable: true,
    description: "The newest load, of any status.",
    resolve: (project, _args, context) =>
      project.latestLoadId ? context.loaders.load.load(project.latestLoadId) : null,
  }),
  currentLoad: t.field({
    type: ProjectLoadRef,
    nullable: true,
    description: "The newest successful load: what is running now.",
    resolve: (project, _args, context) =>
      project.currentLoadId ? context.loaders.load.load(project.currentLoadId) : null,
  }),
  loadCount: t.exposeInt("loadCount", { description: "How many loads were recorded, of any status." }),
  history: t.field({
    type: ProjectHistoryConnection,
    description:
      "Every load, newest first. With collapseSimilar, consecutive loads with identical metadata form one entry.",
    args: {
      ...pageArgs,
      collapseSimilar: t.arg.boolean({
        defaultValue: true,
        description:
          "Fold runs of consecutive identical loads (same status, trigger, image, git, metadata, error, no asset change) into one entry.",
      }),
      status: t.arg({
        type: LoadStatusEnum,
        description: "Only entries of this status (a collapsed entry's loads all share one status).",
      }),
    },
    resolve: (project, args, context) =>
      historyPage(context.prisma, project, {
        first: args.first,
        after: args.after,
        collapseSimilar: args.collapseSimilar ?? true,
        status: args.status,
      }),
  }),
}));

export const ProjectHistoryEntryRef = builder.objectRef<HistoryEntryView>("ProjectHistoryEntry").implement({
  description: "One row of the history view.",
  fields: (t) => ({
    load: t.field({
      type: ProjectLoadRef,
      description: "The newest load of this row.",
      resolve: async (entry, _args, context) => {
        // An uncollapsed page read its loads already; a collapsed one asks for them all in one query.
        if (entry.load) return entry.load;
        const load = await context.loaders.loadAt.load({
          projectId: entry.projectId,
          sequence: entry.lastSequence,
        });
        if (!load) throw new Error(`load ${entry.lastSequence} of project ${entry.projectId} is missing`);
        return load;
      },
    }),
    collapsedCount: t.exposeInt("loadCount", {
      description:
        "How many consecutive loads with identical metadata this row stands for; 1 when nothing was collapsed.",
    }),
    firstLoadedAt: t.expose("firstLoadedAt", { type: "DateTime" }),
    lastLoadedAt: t.expose("lastLoadedAt", { type: "DateTime" }),
    firstSequence: t.exposeInt("firstSequence", { description: "Sequence of the oldest load of this row." }),
    lastSequence: t.exposeInt("lastSequence", { description: "Sequence of the newest load of this row." }),
    loads: t.field({
      type: ProjectLoadConnection,
      description: "The loads this row stands for, newest first.",
      args: pageArgs,
      resolve: (entry, args, context) =>
        keysetPage({
          kind: "load",
          args,
          fetch: (after, take) => {
            const high = after === null ? entry.lastSequence : Math.min(entry.lastSequence, after - 1);
            if (high < entry.firstSequence) return [];
            const low = Math.max(entry.firstSequence, high - take + 1);
            return context.loaders.loadRange.load({ projectId: entry.projectId, high, low });
          },
          keyOf: (load) => load.sequence,
          totalCount: () => entry.loadCount,
        }),
    }),
  }),
});

export const ProjectHistoryConnection = connectionOf(
  "ProjectHistory",
  ProjectHistoryEntryRef,
  "A page of a project's history, newest first.",
);

/** Projects of the given deployments (null: all the caller may read), oldest first. */
export async function projectsPage(
  context: Context,
  args: { first?: number | null; after?: string | null },
  deploymentIds: number[] | null,
): Promise<Page<Project>> {
  const names = deploymentIds === null ? readableDeployments(context.caller) : null;
  const where = {
    ...(deploymentIds === null ? {} : { deploymentId: { in: deploymentIds } }),
    ...(names === null ? {} : { deployment: { name: { in: names } } }),
  };
  return keysetPage({
    kind: "project",
    args,
    fetch: (after, take) =>
      context.prisma.project.findMany({
        where: { ...where, ...(after === null ? {} : { id: { gt: after } }) },
        orderBy: { id: "asc" },
        take,
      }),
    keyOf: (project) => project.id,
    totalCount: () => context.prisma.project.count({ where }),
  });
}

builder.queryFields((t) => ({
  project: t.prismaField({
    type: "Project",
    nullable: true,
    description: "A project by deployment and name; null when there is none.",
    args: {
      deployment: t.arg.string({ defaultValue: DEFAULT_DEPLOYMENT }),
      name: t.arg.string({ required: true }),
    },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT),
    ),
    resolve: async (query, _root, args, context) => {
      const deployment = validateName("deployment", args.deployment ?? DEFAULT_DEPLOYMENT);
      const project = await context.prisma.project.findFirst({
        ...query,
        where: { name: validateName("name", args.name), deployment: { name: deployment } },
      });
      // The role checks of everything below ask for this; they need not ask the database.
      if (project) {
        context.loaders.project.prime(project.id, project);
        context.loaders.deploymentName.prime(project.id, deployment);
      }
      return project;
    },
  }),
  projects: t.field({
    type: ProjectConnection,
    description: "Projects of one deployment, or of every deployment the caller may read; oldest first.",
    args: { deployment: t.arg.string(), ...pageArgs },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      args.deployment ? validateName("deployment", args.deployment) : ANY_DEPLOYMENT,
    ),
    resolve: async (_root, args, context) => {
      if (!args.deployment) return projectsPage(context, args, null);
      const deployment = await context.prisma.deployment.findUnique({
        where: { name: validateName("deployment", args.deployment) },
      });
      return projectsPage(context, args, deployment ? [deployment.id] : []);
    },
  }),
}));
