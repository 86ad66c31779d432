import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AssetDefinitionInput,
  type AssetDiff,
  diffSnapshots,
  normalizeAsset,
} from "../../src/domain/asset-diff";
import { graphql } from "../generated";
import type {
  AssetDefinitionInput as AssetInput,
  CompareLoadsQuery,
  LoadAssetsQuery,
  RecordProjectLoadInput,
} from "../generated/graphql";
import {
  codes,
  createTestServer,
  type GraphQLResponse,
  type RecordedLoad,
  record,
  type TestServer,
} from "../helpers";

// What a history screen, an asset page and a rollback dialog read: one load by its number, a load's
// snapshot, an asset's current definition and changes, the exact diff of two loads, and the changes of a
// collapsed history row. Runs on SQLite and, with TEST_DATABASE=postgres, on PostgreSQL.

const base: AssetDefinitionInput[] = [
  { key: "raw/orders", codeVersion: "1", tags: { team: "data" }, metadata: { owner: "ana", rows: 12 } },
  { key: "raw/customers", codeVersion: "1" },
  {
    key: "mart/revenue",
    codeVersion: "1",
    dependencies: ["raw/orders", "raw/customers"],
    partitionsDefinition: "daily from 2024-01-01",
    partitionMappings: { "raw/orders": "TimeWindowPartitionMapping(start_offset=-1)" },
  },
  { key: "mart/arr", dependencies: ["mart/revenue"] },
];
// #3: mart/revenue's code changes, mart/arr goes, mart/mrr comes.
const third: AssetDefinitionInput[] = [
  ...base.filter((asset) => asset.key !== "mart/arr" && asset.key !== "mart/revenue"),
  { ...(base[2] as AssetDefinitionInput), codeVersion: "2" },
  { key: "mart/mrr", dependencies: ["mart/revenue"], tags: { tier: "gold" } },
];
// #6: raw/orders' tags change, and mart/revenue's code goes back to what #1 had.
const sixth: AssetDefinitionInput[] = [
  ...third.filter((asset) => asset.key !== "raw/orders" && asset.key !== "mart/revenue"),
  { ...(base[0] as AssetDefinitionInput), tags: { team: "finance" } },
  base[2] as AssetDefinitionInput,
];
const snapshots: Record<number, AssetDefinitionInput[]> = { 1: base, 2: base, 3: third, 4: third, 6: sixth };

const LOAD = graphql(`
  query LoadBySequence($project: String!, $sequence: Int!) {
    project(name: $project) { load(sequence: $sequence) { id sequence status image } }
  }
`);

const ASSETS = graphql(`
  query LoadAssets($project: String!, $sequence: Int!, $first: Int, $after: String, $keyPrefix: String) {
    project(name: $project) {
      load(sequence: $sequence) {
        assets(first: $first, after: $after, keyPrefix: $keyPrefix) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { key codeVersion tags metadata dependencies partitionsDefinition partitionMappings } }
        }
      }
    }
  }
`);

const ASSET = graphql(`
  query CurrentAsset($project: String!, $key: String!, $changeTypes: [AssetChangeType!]) {
    project(name: $project) {
      asset(key: $key) {
        key
        codeVersion
        tags
        dependencies
        changeHistory(changeTypes: $changeTypes) {
          totalCount
          edges { node { assetKey changeTypes load { sequence } tags { changed { key old new } } } }
        }
      }
    }
  }
`);

const COMPARE = graphql(`
  query CompareLoads($project: String!, $from: ID!, $to: ID!, $first: Int, $after: String) {
    project(name: $project) {
      compareLoads(from: $from, to: $to) {
        from { sequence }
        to { sequence }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges {
            node {
              assetKey
              changeTypes
              codeVersion { old new }
              partitionsDefinition { old new }
              dependencies { added removed changed }
              tags { added { key old new } removed { key old new } changed { key old new } }
              metadata { added { key old new } removed { key old new } changed { key old new } }
            }
          }
        }
      }
    }
  }
`);

const PREVIEW = graphql(`
  query RollbackPreview($project: String!, $loadId: ID!) {
    project(name: $project) {
      rollbackPreview(loadId: $loadId) {
        from { sequence image }
        to { sequence image }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }
      }
    }
  }
`);

const ROLLBACK = graphql(`
  mutation RollbackWithChanges($loadId: ID!) {
    rollbackProject(input: { loadId: $loadId, reason: "back to the first" }) {
      changes {
        from { sequence }
        to { sequence }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }
      }
      load {
        sequence
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: 100) { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }
      }
    }
  }
`);

const HISTORY = graphql(`
  query HistoryRunChanges($project: String!, $collapse: Boolean) {
    project(name: $project) {
      history(first: 50, collapseSimilar: $collapse) {
        edges {
          node {
            firstSequence
            lastSequence
            firstLoad { sequence }
            load { sequence assetsChanged }
            assetsAdded
            assetsRemoved
            assetsChanged
            assetChanges(first: 50) { totalCount edges { node { assetKey changeTypes load { sequence } } } }
          }
        }
      }
    }
  }
`);

/** The API's JSON shape of a diff row: what diffSnapshots gives, as the API prints it. */
function apiDiff(diff: AssetDiff) {
  return {
    assetKey: diff.assetKey,
    changeTypes: diff.changeTypes,
    codeVersion: diff.codeVersion,
    partitionsDefinition: diff.partitionsDefinition,
    dependencies: diff.dependencies,
    tags: diff.tags,
    metadata: diff.metadata,
  };
}

let server: TestServer;
const loads: Record<number, RecordedLoad> = {};
let viewer: string;
let editor: string;

function input(assets: AssetDefinitionInput[] | null, extra: Partial<RecordProjectLoadInput> = {}) {
  return { project: "shop", image: "img:1", assets: assets as AssetInput[] | null, ...extra };
}

beforeAll(async () => {
  server = await createTestServer();
  viewer = await server.token("snap-viewer", "VIEWER", "prod");
  editor = await server.token("snap-editor", "EDITOR", "prod");
  loads[1] = await record(server, input(base));
  loads[2] = await record(server, input(base));
  loads[3] = await record(server, input(third, { image: "img:2" }));
  loads[4] = await record(server, input(third, { image: "img:2" }));
  loads[5] = await record(server, input(null, { image: "img:3", status: "FAILURE", error: "boom" }));
  loads[6] = await record(server, input(sixth, { image: "img:3" }));
  await record(server, { project: "other", assets: [{ key: "x" }] });
});
afterAll(() => server.close());

describe("Project.load(sequence)", () => {
  it("answers one load by its number, and null for a number no load has", async () => {
    const found = await server.request(LOAD, { project: "shop", sequence: 3 }, viewer);
    expect(found.errors).toBeUndefined();
    expect(found.data?.project?.load).toEqual({
      id: loads[3]?.id,
      sequence: 3,
      status: "SUCCESS",
      image: "img:2",
    });
    for (const sequence of [0, -1, 7, 2_147_483_647]) {
      const missing = await server.request(LOAD, { project: "shop", sequence }, viewer);
      expect(missing.errors).toBeUndefined();
      expect(missing.data?.project?.load).toBeNull();
    }
  });
});

describe("ProjectLoad.assets", () => {
  it("is the load's exact snapshot, sorted by key, normalized as stored", async () => {
    for (const sequence of [1, 3, 6]) {
      const response = await server.request(ASSETS, { project: "shop", sequence, first: 100 }, viewer);
      expect(response.errors).toBeUndefined();
      const assets = response.data?.project?.load?.assets;
      const expected = (snapshots[sequence] as AssetDefinitionInput[])
        .map(normalizeAsset)
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(assets?.totalCount).toBe(expected.length);
      expect(assets?.edges.map((edge) => edge.node)).toEqual(
        expected.map(
          ({ key, codeVersion, tags, metadata, dependencies, partitionsDefinition, partitionMappings }) => ({
            key,
            codeVersion,
            tags,
            metadata,
            dependencies,
            partitionsDefinition,
            partitionMappings,
          }),
        ),
      );
    }
  });

  it("pages with no gap and no repeat, and filters by key prefix", async () => {
    const keys: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<LoadAssetsQuery> = await server.request(
        ASSETS,
        { project: "shop", sequence: 1, first: 1, after },
        viewer,
      );
      const page = response.data?.project?.load?.assets;
      if (!page) throw new Error(JSON.stringify(response.errors));
      keys.push(...page.edges.map((edge) => edge.node.key));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(keys).toEqual(["mart/arr", "mart/revenue", "raw/customers", "raw/orders"]);

    const marts = await server.request(ASSETS, { project: "shop", sequence: 3, keyPrefix: "mart/" }, viewer);
    expect(marts.data?.project?.load?.assets?.edges.map((edge) => edge.node.key)).toEqual([
      "mart/mrr",
      "mart/revenue",
    ]);
    expect(marts.data?.project?.load?.assets?.totalCount).toBe(2);
    const none = await server.request(ASSETS, { project: "shop", sequence: 3, keyPrefix: "MART/" }, viewer);
    expect(none.data?.project?.load?.assets?.totalCount).toBe(0);
  });

  it("is null for a failed load, and a cursor of another load's snapshot is BAD_USER_INPUT", async () => {
    const failed = await server.request(ASSETS, { project: "shop", sequence: 5 }, viewer);
    expect(failed.errors).toBeUndefined();
    expect(failed.data?.project?.load?.assets).toBeNull();

    const first = await server.request(ASSETS, { project: "shop", sequence: 1, first: 1 }, viewer);
    const cursor = first.data?.project?.load?.assets?.pageInfo.endCursor;
    const foreign = await server.request(ASSETS, { project: "shop", sequence: 3, after: cursor }, viewer);
    expect(codes(foreign)).toEqual(["BAD_USER_INPUT"]);
    const control = await server.request(
      ASSETS,
      { project: "shop", sequence: 3, keyPrefix: "mart/\u0000" },
      viewer,
    );
    expect(codes(control)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Project.asset(key)", () => {
  it("is the current definition with the asset's change history, newest first", async () => {
    const response = await server.request(ASSET, { project: "shop", key: "raw/orders" }, viewer);
    expect(response.errors).toBeUndefined();
    const asset = response.data?.project?.asset;
    expect(asset).toMatchObject({
      key: "raw/orders",
      codeVersion: "1",
      tags: { team: "finance" },
      dependencies: [],
    });
    expect(asset?.changeHistory.totalCount).toBe(2);
    expect(
      asset?.changeHistory.edges.map((edge) => [edge.node.load.sequence, edge.node.changeTypes]),
    ).toEqual([
      [6, ["TAGS"]],
      [1, ["NEW"]],
    ]);
    expect(asset?.changeHistory.edges[0]?.node.tags?.changed).toEqual([
      { key: "team", old: "data", new: "finance" },
    ]);

    const onlyNew = await server.request(
      ASSET,
      { project: "shop", key: "raw/orders", changeTypes: ["NEW"] },
      viewer,
    );
    expect(onlyNew.data?.project?.asset?.changeHistory.edges.map((edge) => edge.node.load.sequence)).toEqual([
      1,
    ]);
  });

  it("is null once the asset is removed, and for a key never seen", async () => {
    for (const key of ["mart/arr", "nope"]) {
      const response = await server.request(ASSET, { project: "shop", key }, viewer);
      expect(response.errors).toBeUndefined();
      expect(response.data?.project?.asset).toBeNull();
    }
    const blank = await server.request(ASSET, { project: "shop", key: " raw/orders" }, viewer);
    expect(codes(blank)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Project.compareLoads", () => {
  it("is the exact diff of the two snapshots, readable with VIEWER", async () => {
    const response = await server.request(
      COMPARE,
      { project: "shop", from: loads[1]?.id as string, to: loads[6]?.id as string },
      viewer,
    );
    expect(response.errors).toBeUndefined();
    const comparison = response.data?.project?.compareLoads;
    const expected = diffSnapshots(base.map(normalizeAsset), sixth.map(normalizeAsset));
    expect(comparison?.from.sequence).toBe(1);
    expect(comparison?.to.sequence).toBe(6);
    expect(comparison?.assetChanges.edges.map((edge) => edge.node)).toEqual(expected.map(apiDiff));
    // mart/revenue changed at #3 and changed back at #6: touched since #1, yet not different from it.
    expect(comparison?.assetsChanged).toEqual(["raw/orders"]);
    expect(comparison?.assetsAdded).toEqual(["mart/mrr"]);
    expect(comparison?.assetsRemoved).toEqual(["mart/arr"]);
    expect(comparison?.assetChanges.totalCount).toBe(3);

    const reverse = await server.request(
      COMPARE,
      { project: "shop", from: loads[6]?.id as string, to: loads[1]?.id as string },
      viewer,
    );
    const expectedReverse = diffSnapshots(sixth.map(normalizeAsset), base.map(normalizeAsset));
    expect(reverse.data?.project?.compareLoads?.assetChanges.edges.map((edge) => edge.node)).toEqual(
      expectedReverse.map(apiDiff),
    );
    expect(reverse.data?.project?.compareLoads?.assetsAdded).toEqual(["mart/arr"]);

    const same = await server.request(
      COMPARE,
      { project: "shop", from: loads[3]?.id as string, to: loads[4]?.id as string },
      viewer,
    );
    expect(same.data?.project?.compareLoads?.assetChanges.totalCount).toBe(0);
  });

  it("pages through the diff", async () => {
    const keys: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<CompareLoadsQuery> = await server.request(
        COMPARE,
        { project: "shop", from: loads[1]?.id as string, to: loads[6]?.id as string, first: 2, after },
        viewer,
      );
      const page = response.data?.project?.compareLoads?.assetChanges;
      if (!page) throw new Error(JSON.stringify(response.errors));
      keys.push(...page.edges.map((edge) => edge.node.assetKey));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(keys).toEqual(["mart/arr", "mart/mrr", "raw/orders"]);
  });

  it("answers null for a load of another project, BAD_USER_INPUT for a failed load or a non-load ID", async () => {
    const otherProject = await server.request(
      COMPARE,
      { project: "other", from: loads[1]?.id as string, to: loads[6]?.id as string },
      viewer,
    );
    expect(otherProject.errors).toBeUndefined();
    expect(otherProject.data?.project?.compareLoads).toBeNull();

    const failed = await server.request(
      COMPARE,
      { project: "shop", from: loads[5]?.id as string, to: loads[6]?.id as string },
      viewer,
    );
    expect(codes(failed)).toEqual(["BAD_USER_INPUT"]);
    expect(failed.errors?.[0]?.message).toContain("Load 5 failed");

    const notALoad = Buffer.from("Project:1").toString("base64url");
    const wrongType = await server.request(
      COMPARE,
      { project: "shop", from: notALoad, to: loads[6]?.id as string },
      viewer,
    );
    expect(codes(wrongType)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Project.rollbackPreview and rollbackProject's changes", () => {
  it("refuses a VIEWER with FORBIDDEN and shows no plan", async () => {
    const response = await server.request(
      PREVIEW,
      { project: "shop", loadId: loads[1]?.id as string },
      viewer,
    );
    expect(codes(response)).toEqual(["FORBIDDEN"]);
    expect(response.data?.project?.rollbackPreview ?? null).toBeNull();
  });

  it("refuses what the rollback refuses: the current load, a failed load", async () => {
    for (const sequence of [6, 5]) {
      const response = await server.request(
        PREVIEW,
        { project: "shop", loadId: loads[sequence]?.id as string },
        editor,
      );
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("previews exactly what the rollback then records", async () => {
    const preview = await server.request(
      PREVIEW,
      { project: "shop", loadId: loads[1]?.id as string },
      editor,
    );
    expect(preview.errors).toBeUndefined();
    const plan = preview.data?.project?.rollbackPreview;
    expect(plan?.from).toEqual({ sequence: 6, image: "img:3" });
    expect(plan?.to).toEqual({ sequence: 1, image: "img:1" });
    expect(plan?.assetsChanged).toEqual(["raw/orders"]);

    const done = await server.request(ROLLBACK, { loadId: loads[1]?.id as string }, editor);
    expect(done.errors).toBeUndefined();
    const payload = done.data?.rollbackProject;
    expect(payload?.load?.sequence).toBe(7);
    for (const field of ["assetsAdded", "assetsRemoved", "assetsChanged"] as const) {
      expect(payload?.load?.[field]).toEqual(plan?.[field]);
      expect(payload?.changes[field]).toEqual(plan?.[field]);
    }
    expect(payload?.load?.assetChanges.edges.map((edge) => edge.node)).toEqual(
      plan?.assetChanges.edges.map((edge) => edge.node),
    );
    expect(payload?.changes.assetChanges).toEqual(plan?.assetChanges);
    expect(payload?.changes.from.sequence).toBe(6);
    expect(payload?.changes.to.sequence).toBe(1);
  });
});

describe("ProjectHistoryEntry changes", () => {
  it("shows a collapsed run's changes, those of its first load", async () => {
    const response = await server.request(HISTORY, { project: "shop", collapse: true }, viewer);
    expect(response.errors).toBeUndefined();
    const rows = response.data?.project?.history.edges.map((edge) => edge.node) ?? [];
    const run = rows.find((row) => row.firstSequence === 3);
    expect(run).toMatchObject({
      lastSequence: 4,
      firstLoad: { sequence: 3 },
      load: { sequence: 4, assetsChanged: [] },
    });
    expect(run?.assetsAdded).toEqual(["mart/mrr"]);
    expect(run?.assetsRemoved).toEqual(["mart/arr"]);
    expect(run?.assetsChanged).toEqual(["mart/revenue"]);
    expect(run?.assetChanges.totalCount).toBe(3);
    expect(run?.assetChanges.edges.map((edge) => [edge.node.assetKey, edge.node.load.sequence])).toEqual([
      ["mart/arr", 3],
      ["mart/mrr", 3],
      ["mart/revenue", 3],
    ]);
    const first = rows.find((row) => row.firstSequence === 1);
    expect(first).toMatchObject({ lastSequence: 2, firstLoad: { sequence: 1 } });
    expect(first?.assetsAdded).toEqual(["mart/arr", "mart/revenue", "raw/customers", "raw/orders"]);
    const failed = rows.find((row) => row.firstSequence === 5);
    expect(failed?.assetChanges.totalCount).toBe(0);
  });

  it("without collapsing, each row's first load is its load", async () => {
    const response = await server.request(HISTORY, { project: "shop", collapse: false }, viewer);
    const rows = response.data?.project?.history.edges.map((edge) => edge.node) ?? [];
    expect(rows.every((row) => row.firstLoad.sequence === row.load.sequence)).toBe(true);
    expect(rows.find((row) => row.firstSequence === 4)?.assetsChanged).toEqual([]);
    expect(rows.find((row) => row.firstSequence === 3)?.assetsChanged).toEqual(["mart/revenue"]);
  });
});
