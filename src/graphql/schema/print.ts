import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { lexicographicSortSchema } from "graphql";
import { buildSchema } from "./index";

/** The SDL checked in as schema/schema.graphql, with applied directives such as @requiresRole. */
export function printedSchema(): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(buildSchema()))}\n`;
}
