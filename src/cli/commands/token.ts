import { type Command, InvalidArgumentError, Option } from "commander";
import { graphql } from "../../client/generated";
import type { Role } from "../../client/generated/graphql";
import { withContext } from "../context";
import { formatTime, note, print, printJson, table } from "../output";

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

export const LIST_TOKENS = graphql(`
  query CliTokens($deployment: String) {
    apiTokens(deployment: $deployment) {
      name
      role
      deployment
      createdBy
      createdAt
      revokedAt
    }
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
    .summary("list, create or revoke API tokens (ADMIN)")
    .description("Lists, creates and revokes API tokens. Needs a token with the ADMIN role.");

  token
    .command("list")
    .summary("list tokens: name, role, deployment, who created it, when, revoked")
    .description(
      "Lists the tokens by name, revoked ones too; never their secrets. Organization-wide with an organization-wide ADMIN token, or one deployment's with --deployment.",
    )
    .option("--deployment <name>", "only the tokens acting in this deployment")
    .option(
      "--json",
      "print the apiTokens list as JSON: [{ name, role, deployment, createdBy, createdAt, revokedAt }]",
    )
    .action(async (options: { deployment?: string; json?: boolean }, command: Command) => {
      await withContext(command, async (ctx) => {
        const { apiTokens } = await ctx.client.request(LIST_TOKENS, {
          deployment: options.deployment ?? null,
        });
        if (options.json) return printJson(apiTokens);
        print(
          table(
            ["NAME", "ROLE", "DEPLOYMENT", "CREATED BY", "CREATED", "REVOKED"],
            apiTokens.map((entry) => [
              entry.name,
              entry.role,
              entry.deployment ?? "(all)",
              entry.createdBy ?? "-",
              formatTime(entry.createdAt),
              entry.revokedAt ? formatTime(entry.revokedAt) : "-",
            ]),
          ),
        );
      });
    });

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
