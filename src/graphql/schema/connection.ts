import type { ObjectRef, SchemaTypes } from "@pothos/core";
import type { Edge, Page } from "../../domain/pages";
import { builder } from "../builder";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/** `first` and `after`, the arguments of every connection in the API. */
export const pageArgs = builder.args((t) => ({
  first: t.int({ description: "Page size: 20 by default, at most 100." }),
  after: t.string({ description: "Cursor of the last item of the previous page (endCursor)." }),
}));

/** Defines `<name>Edge` and `<name>Connection` (with totalCount) for a node type. */
export function connectionOf<T>(name: string, node: ObjectRef<Types, T>, description: string) {
  const edge = builder.objectRef<Edge<T>>(`${name}Edge`).implement({
    description: `An item of a ${name}Connection.`,
    fields: (t) => ({
      cursor: t.exposeString("cursor", {
        description: "Pass as `after` to get the items that follow this one.",
      }),
      // The generic node shape cannot be matched to Pothos' resolver type; each caller passes its own ref.
      node: t.field({ type: node, resolve: (parent) => parent.node as never }),
    }),
  });
  return builder.objectRef<Page<T>>(`${name}Connection`).implement({
    description,
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (page) => page.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (page) => page.pageInfo }),
      totalCount: t.int({
        description: "Number of items in the whole connection, across all pages.",
        resolve: (page) => page.totalCount(),
      }),
    }),
  });
}
