/**
 * The GraphQL layer: the schema (Pothos, in schema/), the per-request context, and the edge where the
 * service's errors become GraphQL errors.
 *
 *   request -> createContext (context.ts)    authenticates the token, makes the request's loaders
 *           -> resolvers (schema/*.ts)       thin: check the role (builder.ts `requiresRole`), then call a
 *                                            use case of src/loads or read through the loaders
 *                                            (loaders.ts: one query per kind per tick)
 *           -> toClientError (errors.ts)     domain errors keep their code; anything else is masked
 *
 * Before any of it, limits.ts bounds each operation's cost (size, tokens, depth, aliases, directives,
 * complexity) and running time: QUERY_TOO_COMPLEX, QUERY_TIMEOUT.
 *
 * Nothing below this folder imports from it.
 */
export { type Context, type ContextDeps, createContext, type Transport } from "./context";
export { toClientError } from "./errors";
export {
  DEFAULT_QUERY_LIMITS,
  type QueryLimits,
  queryLimitEnvName,
  queryLimitsPlugin,
} from "./limits";
export { buildSchema } from "./schema/index";
export { inputErrorsPlugin } from "./validation";
