import { GraphQLError, Kind, type ValueNode } from "graphql";
import { ASSET_CHANGE_TYPES } from "../../domain/asset-diff";
import { parseInstant } from "../../domain/dates";
import { InvalidInput } from "../../domain/errors";
import { type JsonValue, jsonDepth } from "../../domain/json";
import { LIMITS } from "../../domain/limits";
import { ROLES } from "../../domain/roles";
import { builder } from "../builder";

const badValue = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/** The domain's rules (an ISO-8601 instant on a real calendar day), refused as a GraphQL input error. */
function parseDateTime(value: unknown): Date {
  try {
    return parseInstant("DateTime", value);
  } catch (error) {
    if (error instanceof InvalidInput) throw badValue(error.message);
    throw error;
  }
}

builder.scalarType("DateTime", {
  description: "ISO-8601 date and time with a time zone, e.g. 2026-11-26T13:48:00.000Z",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING) throw badValue("DateTime must be a string");
    return parseDateTime(node.value);
  },
});

function jsonLiteral(
  node: ValueNode,
  variables: Record<string, unknown> | null | undefined,
  depth = 0,
): JsonValue {
  // The parser already built the tree, but recursing into it is bounded all the same.
  if (depth > LIMITS.jsonDepth) throw badValue(`JSON values may nest at most ${LIMITS.jsonDepth} levels`);
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((value) => jsonLiteral(value, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, jsonLiteral(field.value, variables, depth + 1)]),
      );
    case Kind.VARIABLE:
      return jsonValue(variables?.[node.name.value] ?? null);
    default:
      throw badValue("JSON values must be objects, arrays, strings, numbers, booleans or null");
  }
}

/**
 * A JSON value from variables, its depth measured without recursion: deeper than LIMITS.jsonDepth is
 * refused here, before any resolver (canonical JSON, hashing) recurses into it. Its content is checked by
 * the domain where it is stored (normalizeJsonInput).
 */
function jsonValue(value: unknown): JsonValue {
  if (jsonDepth(value, LIMITS.jsonDepth) > LIMITS.jsonDepth)
    throw badValue(`JSON values may nest at most ${LIMITS.jsonDepth} levels`);
  return value as JsonValue;
}

builder.scalarType("JSON", {
  description: `Any JSON value, nested at most ${LIMITS.jsonDepth} levels deep.`,
  serialize: (value) => value,
  parseValue: jsonValue,
  parseLiteral: (node, variables) => jsonValue(jsonLiteral(node, variables)),
});

export const RoleEnum = builder.enumType("Role", {
  description: "Roles, most to least permissive. Each role includes every permission of the roles below it.",
  values: ROLES,
});

export const LoadStatusEnum = builder.enumType("LoadStatus", {
  description: "Whether the project loaded.",
  values: {
    SUCCESS: { description: "The project loaded." },
    FAILURE: { description: "The project failed to load." },
  },
});

export const LoadTriggerEnum = builder.enumType("LoadTrigger", {
  description: "What caused a load.",
  values: {
    DEPLOY: { description: "Reported by deploy tooling." },
    ROLLBACK: { description: "Created by rollbackProject." },
  },
});

export const AssetChangeTypeEnum = builder.enumType("AssetChangeType", {
  description: "What changed in an asset's definition.",
  values: ASSET_CHANGE_TYPES,
});

export const RollbackStatusEnum = builder.enumType("RollbackStatus", {
  description:
    "Where a rollback stands. Without an executor for its deployment a rollback is SUCCEEDED when it is created.",
  values: {
    REQUESTED: {
      description: "Waiting for the deployment's executor (an agent with a deploy command) to claim it.",
    },
    IN_PROGRESS: {
      description: "Claimed by an executor: its deploy command and Dagster's reload are running.",
    },
    SUCCEEDED: { description: "The load that carries it out was recorded (resultingLoad)." },
    FAILED: { description: "It did not happen: see error." },
  },
});

export const RollbackExecutionEnum = builder.enumType("RollbackExecution", {
  description: "How a deployment's rollbacks are carried out.",
  values: {
    DIRECT: {
      description:
        "rollbackProject records the new load at once (the default): the history changes, nothing is redeployed.",
    },
    EXECUTOR: {
      description:
        "rollbackProject requests the rollback; an agent started with --deploy-command claims it, redeploys the target's image and records the load Dagster then reports.",
    },
  },
});
