import {
  type DocumentNode,
  type GraphQLInputType,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TABS } from "../../src/app/graphiql";
import { createLocalApp } from "../../src/app/server";
import * as cliDocuments from "../../src/client/generated/graphql";
import { InvalidInput } from "../../src/domain/errors";
import { encodeGlobalId } from "../../src/domain/ids";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../../src/graphql/index";
import { measureOperation } from "../../src/graphql/limits";
import { buildSchema } from "../../src/graphql/schema/index";
import * as uiDocuments from "../../src/ui/generated/graphql";
import * as testDocuments from "../generated/graphql";
import { ADMIN_TOKEN, codes, createTestServer, graphqlRequest, RECORD, type TestServer } from "../helpers";

const schema = buildSchema();

/** Every operation the project ships or sends in its tests, by name. */
function shippedOperations(): Map<string, string> {
  const operations = new Map<string, string>();
  for (const module of [cliDocuments, uiDocuments, testDocuments] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(module)) {
      if (!name.endsWith("Document")) continue;
      const text =
        typeof value === "object" && value !== null && "kind" in value
          ? print(value as DocumentNode)
          : String(value);
      operations.set(module === testDocuments ? `test: ${name}` : name, text);
    }
  }
  for (const [index, tab] of DEFAULT_TABS.entries()) operations.set(`GraphiQL tab ${index + 1}`, tab.query);
  // What GraphiQL sends to learn the schema, with every option a client may turn on.
  operations.set(
    "introspection",
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  return operations;
}

/** Worst-case values for an operation's variables: pages of 100, every required input filled. */
function worstVariables(text: string): Record<string, unknown> {
  const document = parse(text);
  const variables: Record<string, unknown> = {};
  const sampleOf = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sampleOf(type.ofType);
    if (isListType(type)) return [];
    const named = getNamedType(type);
    if (isEnumType(named)) return named.getValues()[0]?.value;
    if (isInputObjectType(named)) {
      const value: Record<string, unknown> = {};
      for (const field of Object.values(named.getFields()))
        if (isNonNullType(field.type)) value[field.name] = sampleOf(field.type);
      return value;
    }
    if (named.name === "Int") return 100;
    if (named.name === "Boolean") return true;
    if (named.name === "JSON") return {};
    if (named.name === "DateTime") return "2026-01-01T00:00:00Z";
    if (named.name === "ID") return encodeGlobalId("ProjectLoad", 1);
    return "x";
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type) variables[variable.variable.name.value] = sampleOf(type);
    }
  }
  return variables;
}

describe("the project's own operations", () => {
  it("stay at or under half of every bound (depth and operations: at the bound at most)", () => {
    const operations = shippedOperations();
    expect(operations.size).toBeGreaterThan(100);
    const worst: Record<string, { figure: number; name: string }> = {};
    // The tests' own operations are left out of this one: see the complexity bounds below.
    let shippedComplexity = 0;
    for (const [name, text] of operations) {
      let figures: ReturnType<typeof measureOperation>;
      try {
        figures = measureOperation(schema, text, worstVariables(text), {
          caller: { name: "admin", grants: [] },
        });
      } catch (error) {
        // Tests' operations with a malformed ID on purpose: refused as BAD_USER_INPUT before they run.
        if (error instanceof InvalidInput) continue;
        throw new Error(`${name}: ${error}`);
      }
      expect(figures.complexity, name).not.toBeNull();
      for (const [key, figure] of Object.entries(figures))
        if ((worst[key]?.figure ?? -1) < (figure ?? 0)) worst[key] = { figure: figure ?? 0, name };
      if (!name.startsWith("test: "))
        shippedComplexity = Math.max(shippedComplexity, figures.complexity ?? 0);
    }
    const limits = DEFAULT_QUERY_LIMITS;
    console.log("largest figures of the shipped operations:", worst);
    expect(worst.operations?.figure).toBe(1);
    expect(worst.documentBytes?.figure).toBeLessThanOrEqual(limits.documentBytes / 2);
    expect(worst.tokens?.figure).toBeLessThanOrEqual(limits.tokens / 2);
    expect(worst.depth?.figure).toBeLessThanOrEqual(limits.depth - 4);
    expect(worst.aliases?.figure).toBeLessThanOrEqual(limits.aliases / 2);
    expect(worst.directives?.figure).toBeLessThanOrEqual(limits.directives / 2);
    expect(worst.complexity?.figure).toBeLessThanOrEqual(limits.complexity);
    // What the CLI, the agent, the UI and GraphiQL send keeps half the complexity bound free; the tests'
    // own operations (a dashboard page of 100 loads of 100 changes each) need only fit under it.
    expect(shippedComplexity).toBeLessThanOrEqual(limits.complexity / 2);
    // Introspection is what an anonymous client sends.
    const introspection = operations.get("introspection") ?? "";
    const anonymous = measureOperation(schema, introspection).complexity;
    console.log("introspection's complexity:", anonymous);
    expect(anonymous).toBeLessThanOrEqual(limits.anonymousComplexity / 2);
  });
});

let server: TestServer;
let viewer: string;
beforeAll(async () => {
  server = await createTestServer();
  viewer = await server.token("reader", "VIEWER", "prod");
  await server.request(RECORD, { input: { deployment: "prod", project: "etl", image: "etl:1", assets: [] } });
});
afterAll(() => server.close());

/** Posts raw text with an optional token to an app with these limits (the test server's database). */
async function withLimits(limits: Partial<QueryLimits>) {
  const app = await createLocalApp({
    db: server.db,
    adminToken: ADMIN_TOKEN,
    logError: () => {},
    queryLimits: limits,
  });
  return graphqlRequest((init) => app.fetch("http://test/graphql", init));
}

function expectTooComplex(
  response: { status: number; data?: unknown; errors?: { message: string }[] },
  text: RegExp,
) {
  expect(response.status).toBe(400);
  expect(codes(response as Parameters<typeof codes>[0])).toEqual(["QUERY_TOO_COMPLEX"]);
  expect(response.errors?.[0]?.message).toMatch(text);
  expect(response.data ?? null).toBeNull();
}

const INTROSPECTION_ALIAS = "__schema { types { name fields { name args { name } type { name } } } }";

describe("finding 1: a 30,000-alias introspection query without a token", () => {
  it("is refused before parsing, by its size (3.3 MB)", async () => {
    const query = `{ ${Array.from({ length: 30_000 }, (_, i) => `a${i}: ${INTROSPECTION_ALIAS}`).join(" ")} }`;
    expect(query.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const response = await server.request(query, undefined, null);
    expectTooComplex(response, /size in bytes is \d+; the limit is 65536 \(QUERY_MAX_BYTES\)/);
    console.log(`30,000 aliases refused in ${Math.round(performance.now() - started)} ms`);
  });

  it("is refused by its aliases when it fits the size and token bounds", async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: ${INTROSPECTION_ALIAS}`).join(" ")} }`;
    const response = await server.request(query, undefined, null);
    expectTooComplex(response, /number of aliases is 31; the limit is 30 \(QUERY_MAX_ALIASES\)/);
  });

  it("is refused by its tokens, even short of the size bound", async () => {
    const query = `{ ${Array.from({ length: 2_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const response = await server.request(query, undefined, null);
    expectTooComplex(response, /number of tokens is 5001; the limit is 5000 \(QUERY_MAX_TOKENS\)/);
  });

  it("nested introspection is counted with its lists: refused by complexity", async () => {
    // Within graphql-js' own introspection depth rule (fields nested at most twice here).
    const selection = "fields { args { type { ofType { fields { args { type { ofType { name } } } } } } } }";
    const response = await server.request(`{ __schema { types { ${selection} } } }`, undefined, null);
    expectTooComplex(
      response,
      /complexity without a token is \d+; the limit is 200000 \(QUERY_MAX_COMPLEXITY_ANONYMOUS\)/,
    );
  });

  it("introspection and viewer still answer without a token; other fields are refused before running", async () => {
    const introspection = await server.request(getIntrospectionQuery(), undefined, null);
    expect(introspection.errors).toBeUndefined();
    expect(introspection.status).toBe(200);
    const viewerOnly = await server.request("{ viewer { name } __typename }", undefined, null);
    expect(viewerOnly.errors).toBeUndefined();
    const project = await server.request(
      '{ viewer { name } project(name: "etl") { name } }',
      undefined,
      null,
    );
    expect(codes(project)).toEqual(["UNAUTHENTICATED"]);
    expect(project.data ?? null).toBeNull();
  });
});

describe("finding 2: the load → project → history cycle with a VIEWER token", () => {
  const cycle = (levels: number) => {
    let selection = "id sequence";
    for (let level = 0; level < levels; level += 1)
      selection = `project { history(first: 100) { edges { node { load { id ${selection} } } } } }`;
    return `{ project(deployment: "prod", name: "etl") { latestLoad { ${selection} } } }`;
  };

  it("four levels deep (429 bytes) is refused before running, by its complexity", async () => {
    const query = cycle(4);
    const started = performance.now();
    const response = await server.request(query, undefined, viewer);
    expectTooComplex(
      response,
      /the (depth|complexity) is \d+; the limit is \d+ \(QUERY_MAX_(DEPTH|COMPLEXITY)\)/,
    );
    console.log(
      `4-level cycle (${query.length} bytes) refused in ${Math.round(performance.now() - started)} ms`,
    );
  });

  it("three levels deep is refused too; one level runs", async () => {
    expectTooComplex(await server.request(cycle(3), undefined, viewer), /the (depth|complexity) is/);
    // Within the depth bound, the complexity bound alone refuses it.
    const deep = await withLimits({ depth: 100 });
    expectTooComplex(
      await deep(cycle(3), undefined, viewer),
      /the complexity is \d+; the limit is 2500000 \(QUERY_MAX_COMPLEXITY\)/,
    );
    const one = await server.request(cycle(1), undefined, viewer);
    expect(one.errors).toBeUndefined();
  });

  it("counts `first` given as a variable", async () => {
    const query = `query Cycle($n: Int) { project(deployment: "prod", name: "etl") { history(first: $n) { edges { node { load { project { history(first: $n) { edges { node { load { project { history(first: $n) { edges { node { firstSequence } } } } } } } } } } } } } } }`;
    expect((await server.request(query, { n: 2 }, viewer)).errors).toBeUndefined();
    expectTooComplex(await server.request(query, { n: 100 }, viewer), /the complexity is/);
  });
});

describe("finding 3: operations, directives and tokens without a token", () => {
  it("300,000 operations are refused by size, then by tokens, then by the operation count", async () => {
    const many = Array.from({ length: 300_000 }, (_, i) => `query q${i} { __typename }`).join("\n");
    expectTooComplex(await server.request(many, undefined, null), /QUERY_MAX_BYTES/);
    const unbounded = await withLimits({ documentBytes: 100_000_000 });
    expectTooComplex(await unbounded(many, undefined, null), /QUERY_MAX_TOKENS/);
    const two = "query A { __typename } query B { __typename }";
    expectTooComplex(
      await server.request(two, undefined, null),
      /number of operations in the document is 2; the limit is 1 \(QUERY_MAX_OPERATIONS\)/,
    );
  });

  it("450,000 @include directives are refused; 51 are refused by the directive bound", async () => {
    const directives = (n: number) =>
      `{ ${"... @include(if: true) { ".repeat(n)} __typename ${"} ".repeat(n)}}`;
    const flat = `{ __typename ${"@include(if: true) ".repeat(450_000)}}`;
    expectTooComplex(await server.request(flat, undefined, null), /QUERY_MAX_BYTES/);
    expectTooComplex(
      await server.request(directives(51), undefined, null),
      /number of directives is 51; the limit is 50 \(QUERY_MAX_DIRECTIVES\)/,
    );
  });

  it("900,000 tokens are refused, and so is a deep selection", async () => {
    expectTooComplex(
      await server.request(`{ ${"__typename ".repeat(900_000)}}`, undefined, null),
      /QUERY_MAX_BYTES/,
    );
    let deep = "name";
    for (let i = 0; i < 20; i += 1) deep = `ofType { ${deep} }`;
    expectTooComplex(
      await server.request(`{ __type(name: "Query") { ${deep} } }`, undefined, null),
      /depth is \d+; the limit is 20 \(QUERY_MAX_DEPTH\)/,
    );
  });
});
