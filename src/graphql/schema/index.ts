import { DirectiveLocation, GraphQLDirective, GraphQLEnumType, GraphQLNonNull, GraphQLSchema } from "graphql";
import { builder } from "../builder";
import "./scalars";
import "./refs";
import "./deployment";
import "./project";
import "./load";
import "./asset-change";
import "./snapshot";
import "./rollback";
import "./executor";
import "./viewer";
import "./alerts";
import "./subscription";

builder.queryType({ description: "Reading deployment history." });
builder.mutationType({ description: "Recording loads, rolling back and managing tokens." });

/** The schema, with `@requiresRole` declared so that printed SDL shows where each role is needed. */
export function buildSchema(): GraphQLSchema {
  const schema = builder.toSchema({ sortSchema: false });
  const role = schema.getType("Role");
  if (!(role instanceof GraphQLEnumType)) throw new Error("Role enum missing");
  const requiresRole = new GraphQLDirective({
    name: "requiresRole",
    description:
      "Only callers holding `role` (or a more permissive one) in the target deployment may use this field.",
    locations: [DirectiveLocation.FIELD_DEFINITION],
    args: { role: { type: new GraphQLNonNull(role) } },
  });
  return new GraphQLSchema({ ...schema.toConfig(), directives: [...schema.getDirectives(), requiresRole] });
}
