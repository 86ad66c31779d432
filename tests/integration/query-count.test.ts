import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
