/**
 * What one operation may cost, checked before it runs, for every caller and transport (HTTP, SSE,
 * graphql-ws), introspection included. Each bound answers QUERY_TOO_COMPLEX (HTTP 400) with a message that
 * names the bound, its figure and its limit.
 *
 *   parse     document size in bytes, then tokens (graphql-armor's counting lexer stops at the limit, so
 *             a huge document costs no more than the limit), then operations per document
 *   validate  depth, aliases, directives (graphql-armor rules: they depend on the document alone, so
 *             Yoga's validation cache may keep their answer)
 *   execute   the caller is known: anonymous callers may select only `viewer` and introspection; the
 *             complexity (Pothos' complexity plugin, lists multiplied by `first`, with the request's
 *             variables, plus introspection counted the same way) under the caller's bound; then a
 *             wall-clock bound, through the executor's abort signal (QUERY_TIMEOUT)
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type Source,
  type ValidationContext,
  validate,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { InvalidInput } from "../domain/errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../domain/pages";
import type { Context } from "./context";

export interface QueryLimits {
  /** QUERY_MAX_BYTES: the document's size in UTF-8 bytes. */
  documentBytes: number;
  /** QUERY_MAX_OPERATIONS: operations (and so also their names) in one document. */
  operations: number;
  /** QUERY_MAX_TOKENS: lexical tokens of the document. */
  tokens: number;
  /** QUERY_MAX_DEPTH: nesting of selections, introspection included. */
  depth: number;
  /** QUERY_MAX_ALIASES: aliased fields in one operation. */
  aliases: number;
  /** QUERY_MAX_DIRECTIVES: directives in one operation. */
  directives: number;
  /** QUERY_MAX_COMPLEXITY: fields counted with their lists' multipliers, for a caller with a token. */
  complexity: number;
  /** QUERY_MAX_COMPLEXITY_ANONYMOUS: the same for a request without a token (viewer and introspection). */
  anonymousComplexity: number;
  /** QUERY_TIMEOUT_MS: a query or mutation still running after this is aborted. */
  executionTimeoutMs: number;
  /** SUBSCRIPTION_EVENT_TIMEOUT_MS: executing one subscription event for one operation. */
  subscriptionEventTimeoutMs: number;
}

/**
 * Defaults with room above every operation the project ships (GraphiQL's introspection and tabs, the CLI,
 * the agent, the web UI and the tests; tests/integration/limits.test.ts measures them): the largest is
 * a test's history page with every asset change (50 loads × 100 changes: about 1,000,000), and GraphiQL's
 * introspection for depth (15) and for the anonymous complexity (about a quarter of its bound).
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  documentBytes: 64 * 1024,
  operations: 1,
  tokens: 5_000,
  depth: 20,
  aliases: 30,
  directives: 50,
  complexity: 2_500_000,
  anonymousComplexity: 200_000,
  executionTimeoutMs: 10_000,
  subscriptionEventTimeoutMs: 5_000,
};

/** What the QUERY_* variables are called, for messages that say which bound to raise. */
const ENV_NAMES: Record<keyof QueryLimits, string> = {
  documentBytes: "QUERY_MAX_BYTES",
  operations: "QUERY_MAX_OPERATIONS",
  tokens: "QUERY_MAX_TOKENS",
  depth: "QUERY_MAX_DEPTH",
  aliases: "QUERY_MAX_ALIASES",
  directives: "QUERY_MAX_DIRECTIVES",
  complexity: "QUERY_MAX_COMPLEXITY",
  anonymousComplexity: "QUERY_MAX_COMPLEXITY_ANONYMOUS",
  executionTimeoutMs: "QUERY_TIMEOUT_MS",
  subscriptionEventTimeoutMs: "SUBSCRIPTION_EVENT_TIMEOUT_MS",
};

export function queryLimitEnvName(limit: keyof QueryLimits): string {
  return ENV_NAMES[limit];
}

/** The coded refusal: HTTP 400 on its own, and the figures for clients that act on them. */
export function tooComplex(
  what: string,
  figure: number,
  limit: keyof QueryLimits,
  max: number,
): GraphQLError {
  return new GraphQLError(
    `Query too complex: ${what} is ${figure}; the limit is ${max} (${ENV_NAMES[limit]})`,
    {
      extensions: { code: "QUERY_TOO_COMPLEX", limit: ENV_NAMES[limit], figure, max, http: { status: 400 } },
    },
  );
}

/**
 * The complexity of one field for Pothos' complexity plugin: 1, and its selection counted once per item it
 * may return. A paginated field returns `first` items (the page size when not given); the `edges` of a
 * connection are that page, so they multiply by 1; other lists of objects by 10.
 */
export function fieldComplexity<C>(
  args: Record<string, unknown>,
  _context: C,
  field: GraphQLField<unknown, C>,
): { field: number; multiplier: number } {
  if (field.args.some((arg) => arg.name === "first")) {
    const first = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.max(0, Math.min(first, MAX_PAGE_SIZE)) };
  }
  if (!isList(field.type)) return { field: 1, multiplier: 1 };
  return { field: 1, multiplier: getNamedType(field.type).name.endsWith("Edge") ? 1 : 10 };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Root fields a request without a token may select. */
const ANONYMOUS_ROOT_FIELDS = new Set(["viewer", "__schema", "__type", "__typename"]);

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The root fields an operation selects, through its fragments. */
function rootFieldNames(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>) {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/**
 * Introspection counted as Pothos counts the schema's own fields (1 per field, lists of objects × 10):
 * Pothos' plugin stops at the root meta fields (`__schema`, `__type`), whose selections can nest
 * `fields { type { ofType { fields ... } } }` and grow as fast as any list of the schema.
 */
function introspectionComplexity(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  const memo = new Map<SelectionSetNode, Map<string, number>>();
  const costOf = (set: SelectionSetNode, type: GraphQLNamedType, active: Set<SelectionSetNode>): number => {
    const known = memo.get(set)?.get(type.name);
    if (known !== undefined) return known;
    if (active.has(set)) return 0; // a fragment cycle: refused by validation already
    active.add(set);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const child = selection.selectionSet
          ? costOf(selection.selectionSet, getNamedType(field.type), active) * (isList(field.type) ? 10 : 1)
          : 0;
        cost += 1 + child;
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        cost += costOf(fragment.selectionSet, condition ?? type, active);
      }
    }
    active.delete(set);
    if (!memo.has(set)) memo.set(set, new Map());
    memo.get(set)?.set(type.name, cost);
    return cost;
  };
  const schemaType = schema.getType("__Schema");
  const typeType = schema.getType("__Type");
  let total = 0;
  const seen = new Set<string>();
  const walkRoot = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const metaType =
          selection.name.value === "__schema"
            ? schemaType
            : selection.name.value === "__type"
              ? typeType
              : null;
        if (metaType && selection.selectionSet) total += costOf(selection.selectionSet, metaType, new Set());
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walkRoot(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walkRoot(fragment.selectionSet);
      }
    }
  };
  walkRoot(operation.selectionSet);
  return total;
}

/**
 * The operation's complexity as the limit sees it: Pothos' figure (with the request's variables) plus its
 * introspection. Null when the variables do not fit the operation: execution refuses those itself.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variableValues: Record<string, unknown> | null | undefined,
  context: object,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  let complexity: number | null = null;
  const rule = createComplexityRule({
    context,
    variableValues: variableValues ?? {},
    operationName: operationName ?? undefined,
    onResult: (state, errors) => {
      if (errors.length === 0) complexity = state.complexity;
    },
  });
  // Pothos reports its own result through onResult; variables that do not fit are left to execution,
  // which refuses the whole operation for them. A malformed ID argument throws InvalidInput here: the
  // operation is refused as BAD_USER_INPUT before it runs, as its field would be.
  validate(schema, document, [rule]);
  if (complexity === null) return null;
  return complexity + introspectionComplexity(schema, operation, fragmentsOf(document));
}

/** graphql-armor's rules report "... limit of N exceeded, found M."; the figures go into our own error. */
function armorReject(what: string, limit: keyof QueryLimits) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const match = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
    const refusal = tooComplex(
      what,
      Number(match?.[2] ?? Number.NaN),
      limit,
      Number(match?.[1] ?? Number.NaN),
    );
    if (context) context.reportError(refusal);
    else throw refusal;
  };
}

/** Parses with the size, token and operation bounds; the lexer stops counting at the token limit. */
function boundedParse(limits: QueryLimits) {
  return (source: string | Source, options?: ParseOptions): DocumentNode => {
    const text = typeof source === "string" ? source : source.body;
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limits.documentBytes)
      throw tooComplex("the document's size in bytes", bytes, "documentBytes", limits.documentBytes);
    const parser = new MaxTokensParserWLexer(source, {
      ...options,
      n: limits.tokens,
      propagateOnRejection: false,
      onReject: [
        () => {
          throw tooComplex("the number of tokens", limits.tokens + 1, "tokens", limits.tokens);
        },
      ],
    });
    const document = parser.parseDocument();
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    if (operations > limits.operations)
      throw tooComplex(
        "the number of operations in the document",
        operations,
        "operations",
        limits.operations,
      );
    return document;
  };
}

/** The refusal of an anonymous request that selects more than `viewer` and introspection. */
function anonymousRefusal(names: Set<string>, invalidToken: boolean): GraphQLError | null {
  const others = [...names].filter((name) => !ANONYMOUS_ROOT_FIELDS.has(name));
  if (others.length === 0) return null;
  return new GraphQLError(
    invalidToken
      ? "The token is unknown or revoked"
      : `Authentication required for ${others.join(", ")}: send Authorization: Bearer <token>. Without a token only viewer and introspection are answered`,
    { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } },
  );
}

/** The bounds checked once the caller is known; null when the operation may run. */
function executionRefusal(args: ExecutionArgs, limits: QueryLimits): GraphQLError | null {
  const context = args.contextValue as Context;
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return null;
  // An unknown or revoked token gets what no token gets: it must not buy the wider bound.
  const anonymous = context.caller === null;
  if (anonymous) {
    const refusal = anonymousRefusal(
      rootFieldNames(operation, fragmentsOf(args.document)),
      context.authFailure === "invalid",
    );
    if (refusal) return refusal;
  }
  let complexity: number | null;
  try {
    complexity = operationComplexity(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues as Record<string, unknown> | undefined,
      context,
    );
  } catch (error) {
    // A malformed ID argument: what its field would answer, for the whole operation.
    if (error instanceof InvalidInput)
      return new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
    throw error;
  }
  const bound = anonymous ? "anonymousComplexity" : "complexity";
  if (complexity !== null && complexity > limits[bound])
    return tooComplex(
      anonymous ? "the complexity without a token" : "the complexity",
      complexity,
      bound,
      limits[bound],
    );
  return null;
}

export function queryTimedOut(ms: number, what = "The operation"): GraphQLError {
  return new GraphQLError(
    `${what} ran longer than ${ms} ms and was aborted (${ENV_NAMES.executionTimeoutMs})`,
    {
      extensions: { code: "QUERY_TIMEOUT" },
    },
  );
}

/** The Yoga plugin that applies the bounds (see the header). */
export function queryLimitsPlugin(limits: QueryLimits): Plugin {
  const parse = boundedParse(limits);
  const rules = [
    maxDepthRule({
      n: limits.depth,
      ignoreIntrospection: false,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [armorReject("the depth", "depth")],
    }),
    maxAliasesRule({
      n: limits.aliases,
      propagateOnRejection: false,
      onReject: [armorReject("the number of aliases", "aliases")],
    }),
    maxDirectivesRule({
      n: limits.directives,
      propagateOnRejection: false,
      onReject: [armorReject("the number of directives", "directives")],
    }),
  ];
  return {
    onParse({ setParseFn }) {
      setParseFn(parse);
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const refusal = executionRefusal(args, limits);
      if (refusal) {
        setResultAndStopExecution({ errors: [refusal] });
        return;
      }
      setExecuteFn((execArgs) => {
        const controller = new AbortController();
        const outer = (execArgs as { signal?: AbortSignal }).signal;
        const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
        const timer = setTimeout(
          () => controller.abort(queryTimedOut(limits.executionTimeoutMs)),
          limits.executionTimeoutMs,
        );
        timer.unref();
        const done = () => clearTimeout(timer);
        try {
          const result = executeFn({ ...execArgs, signal } as ExecutionArgs);
          if (!isPromiseLike(result)) {
            done();
            return result;
          }
          return Promise.resolve(result).then(
            (value) => {
              done();
              // The executor may also answer an abort as a result with the signal's reason among its errors.
              return controller.signal.aborted
                ? { errors: [queryTimedOut(limits.executionTimeoutMs)] }
                : value;
            },
            (error: unknown) => {
              done();
              if (controller.signal.aborted) return { errors: [queryTimedOut(limits.executionTimeoutMs)] };
              throw error;
            },
          );
        } catch (error) {
          done();
          throw error;
        }
      });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = executionRefusal(args, limits);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    // Yoga marks errors of parsing and validation as the GraphQL-over-HTTP spec's (HTTP 200 for a client
    // that accepts application/json); a refusal for cost is HTTP 400 for every client.
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (Symbol.asyncIterator in single) continue;
        for (const error of (single as { errors?: readonly GraphQLError[] }).errors ?? [])
          if (error.extensions?.code === "QUERY_TOO_COMPLEX")
            (error.extensions as Record<string, unknown>).http = { status: 400 };
      }
    },
  };
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/** The figures every bound looks at, for one document: what tests and benchmarks compare with the limits. */
export interface OperationFigures {
  documentBytes: number;
  tokens: number;
  operations: number;
  depth: number;
  aliases: number;
  directives: number;
  /** Null when the variables do not fit the operation. */
  complexity: number | null;
}

export function measureOperation(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> = {},
  context: object = {},
): OperationFigures {
  const parser = new MaxTokensParserWLexer(source, { n: Number.MAX_SAFE_INTEGER });
  const document = parser.parseDocument();
  const figures = { depth: 0, aliases: 0, directives: 0 };
  const capture = (key: keyof typeof figures) => [
    (_context: ValidationContext | null, details: { n: number }) => {
      figures[key] = Math.max(figures[key], details.n);
    },
  ];
  const huge = Number.MAX_SAFE_INTEGER;
  validate(schema, document, [
    maxDepthRule({ n: huge, ignoreIntrospection: false, flattenFragments: true, onAccept: capture("depth") }),
    maxAliasesRule({ n: huge, onAccept: capture("aliases") }),
    maxDirectivesRule({ n: huge, onAccept: capture("directives") }),
  ]);
  return {
    documentBytes: Buffer.byteLength(source, "utf8"),
    tokens: parser.tokenCount,
    operations: document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length,
    ...figures,
    complexity: operationComplexity(schema, document, undefined, variables, context),
  };
}
