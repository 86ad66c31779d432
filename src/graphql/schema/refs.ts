import { InvalidInput } from "../../domain/errors";
import { decodeGlobalId } from "../../domain/ids";
import { builder, nodeInDeployment } from "../builder";
import { deploymentNameOfProject } from "../loaders";
import { connectionOf } from "./connection";

// Node types are declared here, before any of their fields, so that the domain files can refer to each
// other's types without circular type inference. Access is checked where data enters: root fields by their
// arguments (requiresRole), subscriptions when they start, node(id) by the row's deployment registered here
// (null for a row of a deployment the caller cannot read, as for a missing one; builder.ts
// nodeInDeployment). A field of these types leads only to rows of its parent's deployment, so the types
// carry no authScopes: a new field must keep to that rule (a field leaving the deployment checks itself).

export const DeploymentRef = builder.prismaNode("Deployment", {
  description: "A place projects are deployed to, such as prod or staging.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({ name: t.exposeString("name") }),
});

export const ProjectRef = builder.prismaNode("Project", {
  description: "A code location: a package of asset definitions shipped as an image, in one deployment.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({ name: t.exposeString("name") }),
});

export const ProjectLoadRef = builder.prismaNode("ProjectLoad", {
  description: "One time a project was loaded: a deploy, a failure or a rollback.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({
    sequence: t.exposeInt("sequence", {
      description: "1 for the project's first load, then 2, 3, ... with no gaps.",
    }),
  }),
});

export const AssetChangeRef = builder.prismaNode("AssetChange", {
  description: "How one load changed one asset's definition.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({ assetKey: t.exposeString("assetKey") }),
});

export const RollbackRef = builder.prismaNode("Rollback", {
  description: "A project put back on an earlier successful load.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id) }),
  // node(id) of a row that does not exist answers null rather than an error.
  nullable: true,
  fields: (t) => ({
    requestedBy: t.exposeString("requestedBy", { description: "Name of the token that asked for it." }),
  }),
});

nodeInDeployment<{ name: string }>("Deployment", (deployment) => deployment.name);
nodeInDeployment<{ id: number }>("Project", (project, context) =>
  deploymentNameOfProject(context.loaders, project.id),
);
nodeInDeployment<{ projectId: number }>("ProjectLoad", (load, context) =>
  deploymentNameOfProject(context.loaders, load.projectId),
);
nodeInDeployment<{ deploymentId: number }>(
  "AssetChange",
  async (change, context) => (await context.loaders.deployment.load(change.deploymentId))?.name ?? null,
);
nodeInDeployment<{ projectId: number }>("Rollback", (rollback, context) =>
  deploymentNameOfProject(context.loaders, rollback.projectId),
);

export const ProjectConnection = connectionOf("Project", ProjectRef, "A page of projects.");
export const ProjectLoadConnection = connectionOf("ProjectLoad", ProjectLoadRef, "A page of project loads.");
export const AssetChangeConnection = connectionOf("AssetChange", AssetChangeRef, "A page of asset changes.");

/** The numeric ID of a Rollback global ID; anything else is the caller's mistake. */
export function rollbackIdOf(globalId: string): number {
  const { typename, id } = decodeGlobalId(globalId);
  if (typename !== "Rollback")
    throw new InvalidInput(`rollbackId must be the ID of a Rollback, not of a ${typename}`);
  return Number(id);
}

/** The numeric ID of a ProjectLoad global ID; anything else is the caller's mistake. */
export function loadIdOf(globalId: string, what = "loadId"): number {
  const { typename, id } = decodeGlobalId(globalId);
  if (typename !== "ProjectLoad")
    throw new InvalidInput(`${what} must be the ID of a ProjectLoad, not of a ${typename}`);
  return Number(id);
}
