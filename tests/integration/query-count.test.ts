import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTHING_AFTER_COMMIT } from "../../src/loads/after-commit";
import { rollback } from "../../src/loads/rollback";
import { graphql } from "../generated";
import { createTestServer, record, type TestServer } from "../helpers";
import { onPostgres } from "../test-database";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
  // 120 loads: pairs of identical loads, each new pair changing one asset, with a failure every tenth.
  for (let i = 0; i < 120; i++) {
    const version = Math.floor(i / 2);
    if (i % 10 === 9) {
      await record(server, { project: "big", status: "FAILURE", error: `boom ${version}` });
      continue;
    }
    await record(server, {
      project: "big",
      image: `img:${version}`,
      git: { repositoryUrl: "https://github.com/acme/big", commitHash: `abc${version}` },
      assets: [
        { key: "a", codeVersion: String(version) },
        { key: "b", tags: { v: String(version % 3) } },
        { key: `c${version}` },
      ],
    });
  }
  // A rollback on top, so that the full page below has a rollback to read. Through the use case with
  // nothing after the commit: live delivery's reads would land in the counts below.
  const target = await server.db.prisma.projectLoad.findMany({
    where: { status: "SUCCESS" },
    orderBy: { sequence: "desc" },
    take: 3,
  });
  await rollback(
    { db: server.db, afterCommit: NOTHING_AFTER_COMMIT },
    {
      targetLoadId: (target[2] as { id: number }).id,
      reason: "query count",
      idempotencyKey: null,
      expectedProject: null,
      requestedBy: "test",
    },
  );
});
afterAll(() => server.close());

const PAGE = graphql(`
  query BigHistoryPage($first: Int, $collapse: Boolean) {
    project(name: "big") {
      name
      latestLoad { sequence }
      currentLoad { sequence }
      history(first: $first, collapseSimilar: $collapse) {
        totalCount
        edges {
          node {
            collapsedCount
            load {
              id sequence status image error { message } git { commitUrl }
              assetsAdded assetsRemoved assetsChanged
              project { name }
            }
            loads(first: 5) { totalCount edges { node { sequence assetsChanged } } }
          }
        }
      }
    }
  }
`);

async function countQueries(first: number, collapse: boolean): Promise<number> {
  server.queries.length = 0;
  const response = await server.request(PAGE, { first, collapse });
  expect(response.errors).toBeUndefined();
  expect(response.data?.project?.history.edges).toHaveLength(first);
  if (process.env.SHOW_SQL) console.log(first, collapse, server.queries);
  return server.queries.length;
}

/**
 * Six statements on SQLite whatever the page size. PostgreSQL answers the page's load queries in
 * different ticks, so the asset-key batch may go out as two: never more, and not with the page size.
 */
function expectConstant(small: number, large: number): void {
  if (onPostgres) expect(Math.abs(large - small)).toBeLessThanOrEqual(1);
  else expect(large).toBe(small);
  expect(Math.max(small, large)).toBeLessThanOrEqual(onPostgres ? 7 : 6);
}

describe("SQL queries per history page", () => {
  it("do not grow with the page size (collapsed)", async () => {
    const small = await countQueries(5, true);
    const large = await countQueries(50, true);
    expectConstant(small, large);
  });

  it("do not grow with the page size (uncollapsed)", async () => {
    const small = await countQueries(5, false);
    const large = await countQueries(50, false);
    expectConstant(small, large);
  });
});

// The page a dashboard asks for first (bench/peers/project-query.graphql), with a rollback and the git
// details, and each load's asset changes with their old and new values.
const DASHBOARD_PAGE = graphql(`
  query BigDashboardPage($first: Int) {
    project(name: "big") {
      history(first: $first, collapseSimilar: false) {
        totalCount
        edges {
          node {
            load {
              id sequence loadedAt status trigger image git { commitHash commitUrl }
              assetsAdded assetsRemoved assetsChanged
              rollback { reason toLoad { sequence } }
              assetChanges(first: 100) {
                totalCount
                edges {
                  node {
                    assetKey changeTypes
                    codeVersion { old new }
                    partitionsDefinition { old new }
                    dependencies { added removed changed }
                    tags { added { key new } removed { key old } changed { key old new } }
                    metadata { added { key new } removed { key old } changed { key old new } }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const ASSET_PAGE = graphql(`
  query BigAssetChangeHistory($first: Int) {
    assetChangeHistory(assetKey: "a", first: $first) {
      totalCount
      edges { node { assetKey changeTypes codeVersion { old new } load { sequence image } project { name } } }
    }
  }
`);

async function countStatements(send: () => Promise<{ errors?: unknown }>): Promise<number> {
  server.queries.length = 0;
  const response = await send();
  expect(response.errors).toBeUndefined();
  if (process.env.SHOW_SQL) console.log(server.queries);
  return server.queries.length;
}

describe("SQL statements of the dashboard's full page", () => {
  it("are at most 5 whatever the page size, asset changes and rollbacks included", async () => {
    const page = (first: number) => async () => {
      const response = await server.request(DASHBOARD_PAGE, { first });
      const edges = response.data?.project?.history.edges ?? [];
      expect(edges).toHaveLength(first);
      // The page is the full one: asset changes with their values, and the rollback.
      expect(edges[0]?.node.load.rollback?.reason).toBe("query count");
      expect(edges.flatMap((edge) => edge.node.load.assetChanges.edges).length).toBeGreaterThan(first / 2);
      expect(
        edges.some((edge) => edge.node.load.assetChanges.edges.some((change) => change.node.codeVersion)),
      ).toBe(true);
      return response;
    };
    const small = await countStatements(page(5));
    const large = await countStatements(page(50));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it("are at most 5 for a page of one asset's changes, with their loads and projects", async () => {
    const page = (first: number) => async () => {
      const response = await server.request(ASSET_PAGE, { first });
      expect(response.data?.assetChangeHistory.edges).toHaveLength(first);
      expect(response.data?.assetChangeHistory.edges[0]?.node.load.image).toMatch(/^img:/);
      return response;
    };
    const small = await countStatements(page(5));
    const large = await countStatements(page(50));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it("stay at most 5 for pages of changes after a cursor", async () => {
    // The first load added every asset of its snapshot; pages of one change after a cursor go past
    // the whole-list read, to the window function.
    const FIRST_CHANGES = graphql(`
      query BigFirstLoadChanges($after: String) {
        project(name: "big") {
          history(first: 3, collapseSimilar: false, after: "bG9hZDo0") {
            edges { node { load { sequence assetChanges(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { assetKey } } } } } }
          }
        }
      }
    `);
    const first = await server.request(FIRST_CHANGES, {});
    expect(first.errors).toBeUndefined();
    const loads = first.data?.project?.history.edges.map((edge) => edge.node.load) ?? [];
    expect(loads.map((load) => load.sequence)).toEqual([3, 2, 1]);
    // Load 3 changed a and b, removed c0 and added c1; load 2 repeated load 1, which added a, b and c0.
    expect(loads.map((load) => load.assetChanges.edges.map((edge) => edge.node.assetKey))).toEqual([
      ["a"],
      [],
      ["a"],
    ]);
    expect(loads.map((load) => load.assetChanges.totalCount)).toEqual([4, 0, 3]);
    const after = loads[2]?.assetChanges.pageInfo.endCursor ?? null;
    server.queries.length = 0;
    const next = await server.request(FIRST_CHANGES, { after });
    expect(next.errors).toBeUndefined();
    expect(server.queries.length).toBeLessThanOrEqual(5);
    const again = next.data?.project?.history.edges.map((edge) => edge.node.load.assetChanges) ?? [];
    expect(again[2]?.edges.map((edge) => edge.node.assetKey)).toEqual(["b"]);
    expect(again[2]?.pageInfo.hasNextPage).toBe(true);
  });
});
