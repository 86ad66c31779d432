import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DirectivesPlugin from "@pothos/plugin-directives";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { type DomainError, Forbidden, Unauthenticated } from "../domain/errors";
import { decodeGlobalId, encodeGlobalId } from "../domain/ids";
import type { JsonValue } from "../domain/json";
import { callerHasRole, type Role } from "../domain/roles";
import type PrismaTypes from "../generated/pothos-types";
import { getDatamodel } from "../generated/pothos-types";
import { Prisma } from "../generated/prisma/client";
import type { Context } from "./context";
import { fieldComplexity } from "./limits";

/** A role needed in one deployment; `deployment: null` asks for an organization-wide grant. */
export interface RoleScope {
  role: Role;
  deployment: string | null;
}

type DeploymentOf<T> = (row: T, context: Context) => Promise<string | null> | string | null;

/** The deployment of a node type's rows, by type name: what node(id) asks before it answers. */
const nodeDeployments = new Map<string, DeploymentOf<unknown>>();

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { role: RoleScope; authenticated: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: JsonValue; Output: JsonValue };
  };
  Directives: {
    requiresRole: { locations: "FIELD_DEFINITION"; args: { role: Role } };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DirectivesPlugin, ComplexityPlugin],
  // Each field's cost, read by the request's complexity check (limits.ts); no limit here, so the plugin
  // adds nothing to resolving.
  complexity: { fieldComplexity },
  defaultFieldNullability: false,
  directives: { useGraphQLToolsUnorderedDirectives: true },
  scopeAuth: {
    // Subscriptions are checked when they start; each event is then checked by its type's scopes.
    authorizeOnSubscribe: true,
    authScopes: async (context) => ({
      authenticated: context.caller !== null,
      role: ({ role, deployment }: RoleScope) => callerHasRole(context.caller, role, deployment),
    }),
    // No caller: the request must authenticate first; a caller without the role is forbidden.
    unauthorizedError: (_parent, context, _info, result) => {
      if (!context.caller) {
        return context.authFailure === "invalid"
          ? new Unauthenticated("The token is unknown or revoked")
          : new Unauthenticated("Authentication required: send Authorization: Bearer <token>");
      }
      return new Forbidden(forbiddenMessage(result.failure) ?? "Your role does not allow this");
    },
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodesQueryOptions: false,
    nodeQueryOptions: {
      description:
        "Fetches any object by its global ID; null when it does not exist or lies in a deployment the caller cannot read.",
      // Without a token the answer is UNAUTHENTICATED whether the ID exists or not.
      authScopes: { authenticated: true },
      resolve: async (_root, args, context, _info, resolveNode) => {
        const node = await resolveNode(args.id);
        if (node === null || node === undefined) return null;
        // An object of a deployment the caller cannot read answers as a missing one: null, no error.
        const deploymentOf = nodeDeployments.get(args.id.typename);
        if (!deploymentOf) return null;
        const deployment = await deploymentOf(node, context);
        return callerHasRole(context.caller, "VIEWER", deployment) ? node : null;
      },
    },
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, id),
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
  },
});

function forbiddenMessage(failure: {
  kind: string;
  parameter?: unknown;
  failures?: unknown[];
}): string | null {
  if (failure.kind === "AuthScope" && failure.parameter && typeof failure.parameter === "object") {
    const { role, deployment } = failure.parameter as RoleScope;
    return deployment === null
      ? `This needs the ${role} role organization-wide`
      : `This needs the ${role} role in deployment "${deployment}"`;
  }
  for (const inner of (failure.failures ?? []) as (typeof failure)[]) {
    const message = forbiddenMessage(inner);
    if (message) return message;
  }
  return null;
}

/**
 * The authScopes of a node type whose rows live in one deployment: VIEWER there, on every path that reaches
 * one. Registers `deploymentOf` for node(id), which answers null (as for a missing ID) rather than
 * FORBIDDEN for a row the caller cannot read.
 */
export function readableIn<T>(typename: string, deploymentOf: DeploymentOf<T>) {
  nodeDeployments.set(typename, deploymentOf as DeploymentOf<unknown>);
  return async (row: T, context: Context) => ({
    role: { role: "VIEWER" as const, deployment: await deploymentOf(row, context) },
  });
}

/**
 * requiresRole for a field that acts on an object named by its opaque ID (a load, an alert policy):
 * `deploymentOfObject` gives the object's deployment, or null when there is none, which answers
 * `notFound()`. A deployment the caller cannot read answers with that very error, so that IDs reveal nothing
 * about other deployments; one the caller reads but may not act in answers FORBIDDEN as usual.
 */
export function requiresRoleOnObject<Args extends object>(
  role: Role,
  deploymentOfObject: (args: Args, context: Context) => Promise<string | null>,
  notFound: () => DomainError,
) {
  return requiresRole<Args>(role, async (args, context) => {
    const deployment = await deploymentOfObject(args, context);
    if (deployment === null || !callerHasRole(context.caller, "VIEWER", deployment)) throw notFound();
    return deployment;
  });
}

/** For fields that read across deployments: any valid token may call them; results are filtered. */
export const ANY_DEPLOYMENT = Symbol("any deployment");

/**
 * Guards a field with a role and prints `@requiresRole(role: ...)` on it: one declaration, both effects.
 * `deploymentOf` names the deployment the field acts on (null: organization-wide).
 */
export function requiresRole<Args extends object>(
  role: Role,
  deploymentOf: (
    args: Args,
    context: Context,
  ) => Promise<string | null | typeof ANY_DEPLOYMENT> | string | null | typeof ANY_DEPLOYMENT,
) {
  return {
    directives: { requiresRole: { role } },
    authScopes: async (_parent: unknown, args: Args, context: Context) => {
      // Without a caller the answer is UNAUTHENTICATED whatever the arguments name.
      if (!context.caller) return { authenticated: true };
      const deployment = await deploymentOf(args, context);
      return deployment === ANY_DEPLOYMENT ? { authenticated: true } : { role: { role, deployment } };
    },
  } as const;
}

export { Prisma };

/**
 * requiresRole for a field of an object the caller can already read (a project), guarded by a higher role
 * in that object's deployment: `deploymentOf` names it from the parent.
 */
export function requiresRoleOnParent<Parent>(
  role: Role,
  deploymentOf: (parent: Parent, context: Context) => Promise<string>,
) {
  return {
    directives: { requiresRole: { role } },
    authScopes: async (parent: Parent, _args: unknown, context: Context) => {
      if (!context.caller) return { authenticated: true };
      return { role: { role, deployment: await deploymentOf(parent, context) } };
    },
  } as const;
}
