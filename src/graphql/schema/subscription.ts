import { InvalidInput, NotFound } from "../../domain/errors";
import { decodeCursor, decodeGlobalId } from "../../domain/ids";
import { DEFAULT_DEPLOYMENT, validateName } from "../../domain/names";
import { type Caller, callerHasRole, readableDeployments } from "../../domain/roles";
import { liveUnavailable } from "../../live/index";
import type { LoadEvent } from "../../live/load-events";
import { liveLoads } from "../../live/subscriber-stream";
import { ANY_DEPLOYMENT, builder, requiresRole } from "../builder";
import { clearLoaders } from "../loaders";
import { ProjectLoadRef } from "./refs";

builder.subscriptionType({ description: "Live updates." });

/**
 * `after` is a load's ID, or a load cursor (from ProjectHistoryEntry.loads) of the filtered project. A load
 * of a deployment the caller cannot read is answered as a missing one: `after` reveals nothing.
 */
async function afterPosition(
  after: string | null | undefined,
  filter: { deployment: string | null; project: string | null },
  prisma: Parameters<typeof liveLoads>[0]["prisma"],
  caller: Caller | null,
): Promise<number | null> {
  if (!after) return null;
  let sequence: number | null = null;
  try {
    sequence = decodeCursor("load", after);
  } catch {
    const { typename, id } = decodeGlobalId(after);
    if (typename !== "ProjectLoad") {
      throw new InvalidInput(`after must be a ProjectLoad ID or a load cursor, not a ${typename} ID`);
    }
    const load = await prisma.projectLoad.findUnique({
      where: { id: Number(id) },
      select: { feedPosition: true, project: { select: { deployment: { select: { name: true } } } } },
    });
    if (!load || !callerHasRole(caller, "VIEWER", load.project.deployment.name))
      throw new NotFound("after names no load");
    return load.feedPosition;
  }
  if (!filter.project)
    throw new InvalidInput("A load cursor in after needs the project (and deployment) it belongs to");
  const deployment = filter.deployment ?? DEFAULT_DEPLOYMENT;
  const load = callerHasRole(caller, "VIEWER", deployment)
    ? await prisma.projectLoad.findFirst({
        where: {
          sequence: sequence ?? 0,
          project: { name: filter.project, deployment: { name: deployment } },
        },
        select: { feedPosition: true },
      })
    : null;
  if (!load) throw new InvalidInput(`Project "${filter.project}" has no load ${sequence}`);
  return load.feedPosition;
}

builder.subscriptionField("projectLoaded", (t) =>
  t.field({
    type: ProjectLoadRef,
    description:
      "Every new load (deploys, failures and rollbacks) as it is recorded. With after (a load's cursor or id), loads recorded after it are sent first, then live ones, none twice. A client that stops reading is disconnected (WebSocket close code 1013) and should resubscribe with after: the id of the last load it received.",
    args: {
      deployment: t.arg.string({
        description: "Only loads of this deployment; all readable deployments when omitted.",
      }),
      project: t.arg.string({ description: "Only loads of this project." }),
      after: t.arg.string({
        description: "Resume after this load (its id, or its cursor with project given).",
      }),
    },
    ...requiresRole<{ deployment?: string | null }>("VIEWER", (args) =>
      args.deployment ? validateName("deployment", args.deployment) : ANY_DEPLOYMENT,
    ),
    subscribe: async (_root, args, context, info) => {
      const filter = {
        deployment: args.deployment ? validateName("deployment", args.deployment) : null,
        project: args.project ? validateName("project", args.project) : null,
        readable: readableDeployments(context.caller),
      };
      if (!context.live.ready) throw liveUnavailable();
      const after = await afterPosition(args.after, filter, context.prisma, context.caller);
      return liveLoads({
        prisma: context.prisma,
        events: context.live.events,
        filter,
        afterPosition: after,
        startPosition: context.live.feed.position,
        tokenId: context.caller?.tokenId ?? null,
        isBackedUp: context.transport?.isBackedUp,
        onSlowConsumer: context.transport?.onSlowConsumer,
        onEnd: context.subscriptionOpened({
          operationName: info.operation.name?.value,
          transport: context.transport?.kind ?? "sse",
        }),
      });
    },
    resolve: (event: LoadEvent, _args, context) => {
      // The event carries every row its fields need: no query per subscriber, and nothing cached for
      // the lifetime of a long subscription.
      clearLoaders(context.loaders);
      context.loaders.load.prime(event.load.id, event.load);
      context.loaders.project.prime(event.project.id, event.project);
      context.loaders.deployment.prime(event.deployment.id, event.deployment);
      context.loaders.deploymentName.prime(event.project.id, event.deployment.name);
      context.loaders.assetKeys.prime(event.load.id, event.assetKeys);
      context.loaders.rollbackByResultingLoad.prime(event.load.id, event.rollback);
      return event.load;
    },
  }),
);
