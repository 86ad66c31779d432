import { readableDeployments } from "../../domain/roles";
import { ANY_DEPLOYMENT, builder, requiresRole } from "../builder";
import { pageArgs } from "./connection";
import { projectsPage } from "./project";
import { DeploymentRef, ProjectConnection } from "./refs";

builder.prismaObjectFields(DeploymentRef, (t) => ({
  createdAt: t.expose("createdAt", { type: "DateTime", description: "When its first project was recorded." }),
  projects: t.field({
    type: ProjectConnection,
    description: "Its projects, oldest first.",
    args: pageArgs,
    resolve: (deployment, args, context) => projectsPage(context, args, [deployment.id]),
  }),
}));

builder.queryField("deployments", (t) =>
  t.field({
    type: [DeploymentRef],
    description: "The deployments the caller may read, by name.",
    ...requiresRole("VIEWER", () => ANY_DEPLOYMENT),
    resolve: (_root, _args, context) => {
      const names = readableDeployments(context.caller);
      return context.prisma.deployment.findMany({
        where: names === null ? {} : { name: { in: names } },
        orderBy: { name: "asc" },
      });
    },
  }),
);
