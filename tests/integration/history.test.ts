import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CollapseIdentity } from "../../src/domain/collapse";
import { validateRecordInput } from "../../src/loads/validate";
import { writeLoad } from "../../src/loads/write-load";
import { graphql } from "../generated";
import type { HistoryPageQueryVariables } from "../generated/graphql";
import { codes, createTestServer, record, type TestServer } from "../helpers";
import { loadVectors } from "../unit/vectors";

interface CollapseLoad extends CollapseIdentity {
  sequence: number;
  changesAssets: boolean;
}
interface CollapseCase {
  name: string;
  loads: CollapseLoad[];
  entries: number[][];
}

const HISTORY = graphql(`
  query HistoryPage($deployment: String, $name: String!, $first: Int, $after: String, $collapse: Boolean, $status: LoadStatus) {
    project(deployment: $deployment, name: $name) {
      history(first: $first, after: $after, collapseSimilar: $collapse, status: $status) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges {
          cursor
          node {
            collapsedCount
            firstLoadedAt
            lastLoadedAt
            load { sequence status trigger }
            loads(first: 100) { totalCount edges { node { sequence } } }
            firstSequence
            lastSequence
            firstLoad { sequence }
            assetsAdded
            assetsRemoved
            assetsChanged
            assetChanges { totalCount edges { node { assetKey changeTypes load { sequence } } } }
          }
        }
      }
    }
  }
`);

/** Variables of HISTORY other than the project's name and deployment. */
type HistoryOptions = Omit<HistoryPageQueryVariables, "name" | "deployment">;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

async function history(name: string, variables: HistoryOptions = {}, deployment = "prod") {
  const response = await server.request(HISTORY, { name, deployment, ...variables });
  expect(response.errors).toBeUndefined();
  const project = response.data?.project;
  if (!project) throw new Error(`no project ${name}`);
  return project.history;
}

/**
 * Builds a vector's history through the same write path as the API. A load that "changesAssets" bumps
 * the code version of one asset; rollbacks (not recordable through recordProjectLoad) go through
 * writeLoad with trigger ROLLBACK, as the rollback mutation does.
 */
async function buildVectorHistory(project: string, loads: readonly CollapseLoad[]): Promise<void> {
  let version = 0;
  for (const load of loads) {
    if (load.changesAssets) version += 1;
    const input = {
      deployment: "vectors",
      project,
      status: load.status,
      error: load.error,
      image: load.image,
      git: load.git,
      metadata: [...load.metadata],
      assets: load.status === "SUCCESS" ? [{ key: "asset", codeVersion: String(version) }] : null,
    };
    if (load.trigger === "DEPLOY") {
      const recorded = await record(server, input);
      expect(recorded.sequence).toBe(load.sequence);
      continue;
    }
    const valid = validateRecordInput(input);
    await server.db.prisma.$transaction(async (tx) => {
      const row = await tx.project.findFirstOrThrow({
        where: { name: project, deployment: { name: "vectors" } },
      });
      await writeLoad(tx, {
        projectId: row.id,
        deploymentId: row.deploymentId,
        content: valid.content,
        trigger: "ROLLBACK",
        loadedAt: new Date(),
        recordedBy: "test",
      });
    });
  }
}

/**
 * What each load of a vector changes as buildVectorHistory records it: the first successful load adds
 * "asset", a later successful one that changesAssets changes its code version, any other changes nothing.
 */
function vectorChanges(loads: readonly CollapseLoad[]): Map<number, { added: string[]; changed: string[] }> {
  const changes = new Map<number, { added: string[]; changed: string[] }>();
  let version = 0;
  let current: number | null = null;
  for (const load of loads) {
    if (load.changesAssets) version += 1;
    if (load.status !== "SUCCESS") {
      changes.set(load.sequence, { added: [], changed: [] });
      continue;
    }
    changes.set(load.sequence, {
      added: current === null ? ["asset"] : [],
      changed: current !== null && current !== version ? ["asset"] : [],
    });
    current = version;
  }
  return changes;
}

describe("history collapse vectors (history-collapse.json) through the API", () => {
  const vectors = loadVectors<{ cases: CollapseCase[] }>("history-collapse.json");
  vectors.cases.forEach((vector, index) => {
    it(vector.name, async () => {
      const name = `collapse-${index}`;
      await buildVectorHistory(name, vector.loads);
      const collapsed = await history(name, { collapse: true }, "vectors");
      expect(collapsed.edges.map((edge) => edge.node.loads.edges.map((load) => load.node.sequence))).toEqual(
        vector.entries,
      );
      expect(collapsed.edges.map((edge) => edge.node.collapsedCount)).toEqual(
        vector.entries.map((e) => e.length),
      );
      expect(collapsed.edges.map((edge) => edge.node.load.sequence)).toEqual(vector.entries.map((e) => e[0]));
      expect(collapsed.totalCount).toBe(vector.entries.length);
      // A row's changes are those of its oldest load, which started the run; `load` is its newest.
      const changes = vectorChanges(vector.loads);
      for (const [i, entry] of vector.entries.entries()) {
        const node = collapsed.edges[i]?.node;
        const oldest = entry.at(-1) as number;
        const expected = changes.get(oldest);
        expect(node?.firstSequence).toBe(oldest);
        expect(node?.lastSequence).toBe(entry[0]);
        expect(node?.firstLoad.sequence).toBe(oldest);
        expect(node?.assetsAdded).toEqual(expected?.added);
        expect(node?.assetsChanged).toEqual(expected?.changed);
        expect(node?.assetsRemoved).toEqual([]);
        expect(node?.assetChanges.edges.map((edge) => [edge.node.assetKey, edge.node.load.sequence])).toEqual(
          [...(expected?.added ?? []), ...(expected?.changed ?? [])].map((key) => [key, oldest]),
        );
        // The later loads of a run changed nothing.
        for (const later of entry.slice(0, -1))
          expect(changes.get(later)).toEqual({ added: [], changed: [] });
      }

      const flat = await history(name, { collapse: false }, "vectors");
      const sequences = vector.loads.map((load) => load.sequence).reverse();
      expect(flat.edges.map((edge) => edge.node.load.sequence)).toEqual(sequences);
      expect(flat.edges.every((edge) => edge.node.collapsedCount === 1)).toBe(true);
      expect(flat.totalCount).toBe(vector.loads.length);
    });
  });
});

describe("history pagination", () => {
  // 1-3 identical, 4 changes an asset, 5-6 identical to 4, 7 fails, 8 fails identically, 9 new image.
  beforeAll(async () => {
    const base = {
      deployment: "prod",
      project: "paged",
      image: "img:1",
      assets: [{ key: "a", codeVersion: "1" }],
    };
    for (let i = 0; i < 3; i++) await record(server, base);
    for (let i = 0; i < 3; i++) await record(server, { ...base, assets: [{ key: "a", codeVersion: "2" }] });
    for (let i = 0; i < 2; i++)
      await record(server, { ...base, status: "FAILURE", error: "boom", assets: null });
    await record(server, { ...base, image: "img:2", assets: [{ key: "a", codeVersion: "2" }] });
  });

  it("walks collapsed entries one page at a time with no gap and no repeat", async () => {
    const seen: number[][] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await history("paged", { first: 1, after, collapse: true });
      expect(page.totalCount).toBe(4);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((edge) => edge.node.loads.edges.map((load) => load.node.sequence)));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual([[9], [8, 7], [6, 5, 4], [3, 2, 1]]);
  });

  it("walks uncollapsed loads across the collapsed runs", async () => {
    const first = await history("paged", { first: 4, collapse: false });
    expect(first.edges.map((edge) => edge.node.load.sequence)).toEqual([9, 8, 7, 6]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await history("paged", { first: 4, after: first.pageInfo.endCursor, collapse: false });
    expect(second.edges.map((edge) => edge.node.load.sequence)).toEqual([5, 4, 3, 2]);
    const third = await history("paged", { first: 4, after: second.pageInfo.endCursor, collapse: false });
    expect(third.edges.map((edge) => edge.node.load.sequence)).toEqual([1]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(third.totalCount).toBe(9);
  });

  it("collapses by default", async () => {
    const page = await history("paged");
    expect(page.totalCount).toBe(4);
  });

  it("filters by status, with totals to match", async () => {
    const failures = await history("paged", { status: "FAILURE", collapse: true });
    expect(failures.edges.map((edge) => edge.node.collapsedCount)).toEqual([2]);
    expect(failures.totalCount).toBe(1);
    const successes = await history("paged", { status: "SUCCESS", collapse: false });
    expect(successes.edges.map((edge) => edge.node.load.sequence)).toEqual([9, 6, 5, 4, 3, 2, 1]);
    expect(successes.totalCount).toBe(7);
  });

  it("pages through the loads of one collapsed entry", async () => {
    const query = graphql(`
      query LoadsOfOneEntry($entry: String, $after: String) {
        project(name: "paged") {
          history(first: 1, after: $entry) {
            edges { node { loads(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { sequence } } } } }
          }
        }
      }
    `);
    const entry = Buffer.from("entry:2").toString("base64url");
    const first = await server.request(query, { entry });
    const loads = first.data?.project?.history.edges[0]?.node.loads;
    expect(loads?.edges.map((edge) => edge.node.sequence)).toEqual([3, 2]);
    expect(loads?.totalCount).toBe(3);
    expect(loads?.pageInfo.hasNextPage).toBe(true);
    const second = await server.request(query, { entry, after: loads?.pageInfo.endCursor });
    const rest = second.data?.project?.history.edges[0]?.node.loads;
    expect(rest?.edges.map((edge) => edge.node.sequence)).toEqual([1]);
    expect(rest?.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses malformed cursors, cursors of another list and page sizes out of range", async () => {
    const bad = async (variables: HistoryOptions) =>
      codes(await server.request(HISTORY, { name: "paged", deployment: "prod", ...variables }));
    expect(await bad({ after: "not-a-cursor" })).toEqual(["BAD_USER_INPUT"]);
    const flat = await history("paged", { first: 1, collapse: false });
    expect(await bad({ after: flat.pageInfo.endCursor, collapse: true })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ first: 101 })).toEqual(["BAD_USER_INPUT"]);
    expect(await bad({ first: -1 })).toEqual(["BAD_USER_INPUT"]);
    const hundred = await history("paged", { first: 100 });
    expect(hundred.edges.length).toBe(4);
  });

  it("defaults first to 20", async () => {
    for (let i = 0; i < 22; i++) {
      await record(server, { project: "long", image: `img:${i}`, assets: [] });
    }
    const page = await history("long");
    expect(page.edges.length).toBe(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(22);
  });
});
