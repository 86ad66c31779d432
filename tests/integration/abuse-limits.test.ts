import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createLocalApp } from "../../src/app/server";
import type { Database } from "../../src/db/index";
import { createMetrics } from "../../src/observability/metrics";
import { graphql } from "../generated";
import { ADMIN_TOKEN, codes, createTestServer, graphqlRequest, RECORD, type TestServer } from "../helpers";

const LOADS = graphql(`
  query AbuseLoads { project(deployment: "prod", name: "etl") { history(first: 5) { edges { node { lastSequence } } } } }
`);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  await server.request(RECORD, { input: { deployment: "prod", project: "etl", image: "etl:1", assets: [] } });
});
afterAll(() => server.close());

describe("finding 5: client-chosen operation names in /metrics", () => {
  it("1,000 distinct names add one `other` series, not 1,000; the project's own names are kept", async () => {
    const metrics = createMetrics();
    const app = await createLocalApp({ db: server.db, adminToken: ADMIN_TOKEN, logError: () => {}, metrics });
    const request = graphqlRequest((init) => app.fetch("http://test/graphql", init));
    const seriesCount = async () =>
      (await metrics.registry.metrics()).split("\n").filter((line) => line.startsWith("graphql_")).length;
    // Known names first (the agent's), then a flood of made-up ones.
    await request("query AgentViewer { viewer { name roles { deployment role } } }", undefined, null);
    await request("query flood0 { viewer { name } }", undefined, null);
    const afterOne = await seriesCount();
    for (let i = 1; i < 1_000; i += 1) await request(`query flood${i} { viewer { name } }`, undefined, null);
    // Errors with client-chosen aliases in their path are bounded the same way.
    for (let i = 0; i < 50; i += 1)
      await request(`query bad${i} { a${i}: project(name: "x") { name } }`, undefined, null);
    const text = await metrics.registry.metrics();
    expect(await seriesCount()).toBeLessThanOrEqual(afterOne + 60);
    expect(text).toContain('operationName="AgentViewer"');
    expect(text).toContain('operationName="other"');
    expect(text).not.toMatch(/flood\d|bad\d|a\d+:/);
    expect(text.length).toBeLessThan(200_000);
  });
});

describe("item 8: mutations per token", () => {
  it("past the limit a token gets RATE_LIMITED (HTTP 429) before the mutation runs; other tokens do not", async () => {
    const app = await createLocalApp({
      db: server.db,
      adminToken: ADMIN_TOKEN,
      logError: () => {},
      rateLimit: { perMinute: 3 },
    });
    const request = graphqlRequest((init) => app.fetch("http://test/graphql", init));
    const editor = await server.token("ci-limited", "EDITOR", "prod");
    const other = await server.token("ci-other", "EDITOR", "prod");
    const record = (token: string, image: string) =>
      request(RECORD, { input: { deployment: "prod", project: "limited", image, assets: [] } }, token);
    for (let i = 0; i < 3; i += 1) expect((await record(editor, `x:${i}`)).errors).toBeUndefined();
    const before = await server.db.prisma.projectLoad.count();
    const refused = await record(editor, "x:3");
    expect(refused.status).toBe(429);
    expect(codes(refused)).toEqual(["RATE_LIMITED"]);
    expect(refused.errors?.[0]?.message).toMatch(/may make 3 a minute \(RATE_LIMIT_MUTATIONS_PER_MINUTE\)/);
    expect(await server.db.prisma.projectLoad.count()).toBe(before);
    // Reading is not limited, and another token has its own count.
    expect((await request(LOADS, {}, editor)).errors).toBeUndefined();
    expect((await record(other, "y:0")).errors).toBeUndefined();
  });
});

/** The same database with every query delayed: a resolver that takes long, deterministically. */
function slowDatabase(db: Database, delayMs: number): Database {
  const prisma = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return query(args);
      },
    },
  }) as unknown as Database["prisma"];
  return { ...db, prisma };
}

describe("item 2: wall-clock bound", () => {
  let slow: App;
  beforeAll(async () => {
    slow = await createLocalApp({
      db: slowDatabase(server.db, 300),
      adminToken: ADMIN_TOKEN,
      logError: () => {},
      queryLimits: { executionTimeoutMs: 100 },
    });
  });

  it("a query still running after the bound answers QUERY_TIMEOUT", async () => {
    const request = graphqlRequest((init) => slow.fetch("http://test/graphql", init));
    const response = await request(LOADS);
    expect(codes(response)).toContain("QUERY_TIMEOUT");
    expect(response.errors?.[0]?.message).toMatch(/longer than 100 ms and was aborted \(QUERY_TIMEOUT_MS\)/);
  });

  it("within the bound the same query answers", async () => {
    const app = await createLocalApp({
      db: slowDatabase(server.db, 20),
      adminToken: ADMIN_TOKEN,
      logError: () => {},
      queryLimits: { executionTimeoutMs: 60_000 },
    });
    const response = await graphqlRequest((init) => app.fetch("http://test/graphql", init))(LOADS);
    expect(response.errors).toBeUndefined();
    expect(response.data?.project?.history.edges.length).toBeGreaterThan(0);
  });
});
