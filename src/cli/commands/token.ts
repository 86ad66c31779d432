import { type Command, InvalidArgumentError, Option } from "commander";
import { graphql } from "../../client/generated";
import type { Role } from "../../client/generated/graphql";
import { withContext } from "../context";
import { note, print, printJson } from "../output";

export const CREATE_TOKEN = graphql(`
  mutation CliCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      name
      token
    }
  }
`);

export const REVOKE_TOKEN = graphql(`
  mutation CliRevokeToken($name: String!) {
    revokeApiToken(name: $name)
  }
`);

const ROLES: readonly Role[] = ["VIEWER", "LAUNCHER", "EDITOR", "ADMIN", "ORGANIZATION_ADMIN"];

function parseRole(value: string): Role {
  const role = ROLES.find((candidate) => candidate === value.toUpperCase());
  if (!role) throw new InvalidArgumentError(`expected one of ${ROLES.join(", ")}`);
  return role;
}

interface CreateOptions {
  name: string;
  role: Role;
  deployment?: string;
  json?: boolean;
}

interface RevokeOptions {
  name: string;
  json?: boolean;
}

export function registerToken(program: Command): void {
  const token = program
    .command("token")
    .summary("create or revoke API tokens (ADMIN)")
    .description("Creates and revokes API tokens. Needs a token with the ADMIN role.");

  token
    .command("create")
    .summary("create a token and print it (shown only this once)")
    .description(
      "Creates a token holding one role, organization-wide or in one deployment. The token alone goes to stdout (TOKEN=$(project-history token create ...)); the server keeps only its hash, so it cannot be shown again.",
    )
    .requiredOption("--name <name>", "unique name; loads and rollbacks made with the token show it")
    .addOption(
      new Option("--role <role>", `one of ${ROLES.join(", ")} (case-insensitive)`)
        .argParser(parseRole)
        .makeOptionMandatory(),
    )
    .option("--deployment <name>", "the deployment it acts in (default: organization-wide)")
    .option("--json", "print the CreateApiTokenPayload as JSON: { name, token }")
    .action(async (options: CreateOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const { createApiToken } = await ctx.client.request(CREATE_TOKEN, {
          input: { name: options.name, role: options.role, deployment: options.deployment ?? null },
        });
        if (options.json) return printJson(createApiToken);
        note(
          `Created token "${createApiToken.name}" (${options.role} ${options.deployment ? `in ${options.deployment}` : "organization-wide"}). It is shown only this once; store it now:`,
        );
        print(createApiToken.token);
      });
    });

  token
    .command("revoke")
    .summary("revoke a token by name, at once")
    .requiredOption("--name <name>", "the token's name")
    .option(
      "--json",
      "print the mutation's answer as JSON: { revokeApiToken: true | false } (false: already revoked)",
    )
    .action(async (options: RevokeOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const result = await ctx.client.request(REVOKE_TOKEN, { name: options.name });
        if (options.json) return printJson(result);
        print(
          result.revokeApiToken
            ? `Revoked token "${options.name}"`
            : `Token "${options.name}" was already revoked`,
        );
      });
    });
}
