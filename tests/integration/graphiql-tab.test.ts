import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../scripts/demo/stories";
import { DEFAULT_QUERY } from "../../src/app/graphiql";
import { ADMIN_TOKEN, createTestServer, type GraphQLResponse, type TestServer } from "../helpers";

// GraphiQL's default tab as a new user meets it (issue 13, item 9): its operations in the README's order,
// and ProjectHistory answering with history on first open, both on the demo's data and after the first
// RecordLoad on an empty database.

interface HistoryAnswer {
  projects: {
    edges: {
      node: {
        name: string;
        deployment: { name: string };
        history: {
          totalCount: number;
          edges: { node: { firstSequence: number; lastSequence: number; assetsChanged: string[] } }[];
        };
      };
    }[];
  };
}

/** Runs one operation of the default tab, as GraphiQL sends it: the whole text and the operation's name. */
async function run<T>(server: TestServer, operationName: string): Promise<GraphQLResponse<T>> {
  const response = await server.app.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ query: DEFAULT_QUERY, operationName }),
  });
  return { ...((await response.json()) as GraphQLResponse<T>), status: response.status };
}

it("lists the operations in the README's order", () => {
  const names = [...DEFAULT_QUERY.matchAll(/^(?:query|mutation|subscription) (\w+)/gm)].map(
    (match) => match[1],
  );
  expect(names).toEqual(["RecordLoad", "ProjectHistory", "WatchLoads", "Rollback"]);
});

describe("on an empty database", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it("ProjectHistory answers an empty list before anything, and the history after the first RecordLoad", async () => {
    const before = await run<HistoryAnswer>(server, "ProjectHistory");
    expect(before.errors).toBeUndefined();
    expect(before.data?.projects.edges).toEqual([]);

    const recorded = await run(server, "RecordLoad");
    expect(recorded.errors).toBeUndefined();
    const after = await run<HistoryAnswer>(server, "ProjectHistory");
    expect(after.errors).toBeUndefined();
    const project = after.data?.projects.edges[0]?.node;
    expect(project?.name).toBe("my-project");
    expect(project?.history.totalCount).toBe(1);
  });
});

describe("on the demo's data", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
    await seedDemo(server.db, { now: new Date("2026-03-10T15:30:00.000Z") });
  }, 120_000);
  afterAll(() => server.close());

  it("ProjectHistory shows every demo project's history on first open", async () => {
    const response = await run<HistoryAnswer>(server, "ProjectHistory");
    expect(response.errors).toBeUndefined();
    const projects = response.data?.projects.edges.map((edge) => edge.node) ?? [];
    expect(projects.map((project) => `${project.deployment.name}/${project.name}`).sort()).toEqual([
      "prod/analytics",
      "prod/billing-pipeline",
      "prod/ml-features",
      "staging/analytics",
      "staging/billing-pipeline",
      "staging/search-indexing",
    ]);
    for (const project of projects) expect(project.history.edges.length).toBeGreaterThan(0);
  });
});
