import { generateToken, hashToken } from "../../auth/secrets";
import { Forbidden, InvalidInput, NotFound } from "../../domain/errors";
import { validateName } from "../../domain/names";
import { type Caller, callerHasRole, isRole, type Role, roleIncludes } from "../../domain/roles";
import { Prisma } from "../../generated/prisma/client";
import { builder, requiresRole } from "../builder";
import { RoleEnum } from "./scalars";

const RoleGrantRef = builder.objectRef<Caller["grants"][number]>("RoleGrant").implement({
  description: "A role held organization-wide or in one deployment.",
  fields: (t) => ({
    role: t.field({ type: RoleEnum, resolve: (grant) => grant.role }),
    deployment: t.exposeString("deployment", { nullable: true, description: "null: organization-wide" }),
  }),
});

const ViewerRef = builder.objectRef<Caller>("Viewer").implement({
  description: "Who the request's token belongs to.",
  fields: (t) => ({
    name: t.exposeString("name"),
    roles: t.field({ type: [RoleGrantRef], resolve: (caller) => caller.grants }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerRef,
    nullable: true,
    description: "The caller; null when the request carries no valid token.",
    resolve: (_root, _args, context) => context.caller,
  }),
);

const CreateApiTokenInput = builder.inputType("CreateApiTokenInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Unique; recorded as who recorded loads with it." }),
    role: t.field({ type: RoleEnum, required: true }),
    deployment: t.string({ description: "The deployment it acts in; null: organization-wide." }),
  }),
});

const CreateApiTokenPayload = builder
  .objectRef<{ token: string; name: string }>("CreateApiTokenPayload")
  .implement({
    fields: (t) => ({
      token: t.exposeString("token", { description: "Shown once; only its hash is stored." }),
      name: t.exposeString("name"),
    }),
  });

/** No one hands out more than they hold: the new role must be within the caller's in that scope. */
function assertCanGrant(caller: Caller | null, role: Role, deployment: string | null): void {
  if (
    !callerHasRole(caller, role, deployment) ||
    (role === "ORGANIZATION_ADMIN" && !isOrganizationAdmin(caller))
  ) {
    throw new Forbidden(
      `You cannot grant or revoke the ${role} role ${deployment ? `in "${deployment}"` : "organization-wide"}`,
    );
  }
}

function isOrganizationAdmin(caller: Caller | null): boolean {
  return caller?.grants.some((grant) => roleIncludes(grant.role, "ORGANIZATION_ADMIN")) ?? false;
}

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreateApiTokenPayload,
    description: "Creates a token holding one role, organization-wide or in one deployment.",
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    ...requiresRole<{ input: { deployment?: string | null } }>("ADMIN", (args) =>
      args.input.deployment === null || args.input.deployment === undefined
        ? null
        : validateName("deployment", args.input.deployment),
    ),
    resolve: async (_root, { input }, context) => {
      const name = validateName("name", input.name);
      const deployment =
        input.deployment === null || input.deployment === undefined
          ? null
          : validateName("deployment", input.deployment);
      assertCanGrant(context.caller, input.role, deployment);
      const token = generateToken();
      try {
        await context.prisma.apiToken.create({
          data: {
            name,
            role: input.role,
            deployment,
            tokenHash: hashToken(token),
            createdBy: context.caller?.name ?? null,
          },
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
          throw new InvalidInput(`A token named "${name}" already exists; names stay taken after revocation`);
        }
        throw error;
      }
      return { token, name };
    },
  }),
  revokeApiToken: t.boolean({
    description: "Revokes a token by name at once. false when it was already revoked.",
    args: { name: t.arg.string({ required: true }) },
    ...requiresRole<{ name: string }>("ADMIN", async (args, context) => {
      const token = await context.prisma.apiToken.findUnique({
        where: { name: validateName("name", args.name) },
      });
      // An unknown name needs an organization-wide admin to learn that it does not exist.
      return token?.deployment ?? null;
    }),
    resolve: async (_root, args, context) => {
      const name = validateName("name", args.name);
      const token = await context.prisma.apiToken.findUnique({ where: { name } });
      if (!token) throw new NotFound(`No token is named "${name}"`);
      if (isRole(token.role)) assertCanGrant(context.caller, token.role, token.deployment);
      const result = await context.prisma.apiToken.updateMany({
        where: { id: token.id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      // Its open subscriptions end too, on every instance.
      if (result.count > 0) await context.live.tokenRevoked(token.id);
      return result.count > 0;
    },
  }),
}));
