import { GraphQLError, Kind, type ValueNode } from "graphql";
import { ASSET_CHANGE_TYPES } from "../../domain/asset-diff";
import type { JsonValue } from "../../domain/json";
import { ROLES } from "../../domain/roles";
import { builder } from "../builder";

const badValue = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

function parseDateTime(value: unknown): Date {
  // A time zone is required: a bare local time would mean different instants on different servers.
  if (
    typeof value !== "string" ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)
  ) {
    throw badValue("DateTime must be an ISO-8601 string with a time zone, e.g. 2026-11-26T13:48:00.000Z");
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badValue(`"${value}" is not a valid date`);
  return date;
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

function jsonLiteral(node: ValueNode, variables: Record<string, unknown> | null | undefined): JsonValue {
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
      return node.values.map((value) => jsonLiteral(value, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, jsonLiteral(field.value, variables)]),
      );
    case Kind.VARIABLE:
      return (variables?.[node.name.value] ?? null) as JsonValue;
    default:
      throw badValue("JSON values must be objects, arrays, strings, numbers, booleans or null");
  }
}

builder.scalarType("JSON", {
  description: "Any JSON value.",
  serialize: (value) => value,
  parseValue: (value) => value as JsonValue,
  parseLiteral: (node, variables) => jsonLiteral(node, variables),
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
