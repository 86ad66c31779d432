import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import type { AssetDefinitionInput } from "../generated/graphql";
import { codes, createTestServer, record, type TestServer } from "../helpers";
import { loadVectors } from "../unit/vectors";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const ASSET_CHANGES = graphql(`
  query AssetChangesOfLoad($id: ID!) {
    node(id: $id) {
      ... on ProjectLoad {
        assetChanges(first: 100) {
          totalCount
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

interface DiffCase {
  name: string;
  previous: AssetDefinitionInput[] | null;
  next: AssetDefinitionInput[];
  changes: Record<string, unknown>[];
}

describe("asset diff vectors (asset-diff.json) through recordProjectLoad and assetChanges", () => {
  const vectors = loadVectors<{ cases: DiffCase[] }>("asset-diff.json");
  vectors.cases.forEach((vector, index) => {
    it(vector.name, async () => {
      const project = `diff-${index}`;
      if (vector.previous) await record(server, { deployment: "vectors", project, assets: vector.previous });
      const load = await record(server, { deployment: "vectors", project, assets: vector.next });
      const response = await server.request(ASSET_CHANGES, { id: load.id });
      expect(response.errors).toBeUndefined();
      const node = response.data?.node;
      const changes = node && "assetChanges" in node ? node.assetChanges : undefined;
      expect(changes?.edges.map((edge) => edge.node)).toEqual(vector.changes);
      expect(changes?.totalCount).toBe(vector.changes.length);
      const keys = (type: string) =>
        vector.changes
          .filter((change) => (change.changeTypes as string[]).includes(type))
          .map((c) => c.assetKey);
      expect(load.assetsAdded).toEqual(keys("NEW"));
      expect(load.assetsRemoved).toEqual(keys("REMOVED"));
      expect(load.assetsChanged).toEqual(
        vector.changes
          .filter((change) => !["NEW", "REMOVED"].some((t) => (change.changeTypes as string[]).includes(t)))
          .map((c) => c.assetKey),
      );
    });
  });
});

interface CommitCase {
  repositoryUrl: string | null;
  commitHash: string | null;
  commitUrl: string | null;
  storedRepositoryUrl: string | null;
}

describe("commit link vectors (commit-url.json) through recordProjectLoad and git", () => {
  const vectors = loadVectors<{ cases: CommitCase[] }>("commit-url.json");
  vectors.cases.forEach((vector, index) => {
    it(`${vector.repositoryUrl} @ ${vector.commitHash}`, async () => {
      await record(server, {
        deployment: "vectors",
        project: `git-${index}`,
        git: { repositoryUrl: vector.repositoryUrl, commitHash: vector.commitHash, branch: "main" },
        assets: [],
      });
      const response = await server.request(
        graphql(`
          query CommitLinkOfProject($name: String!) {
            project(deployment: "vectors", name: $name) { latestLoad { git { repositoryUrl commitHash commitUrl } } }
          }
        `),
        { name: `git-${index}` },
      );
      expect(response.data?.project?.latestLoad?.git).toEqual({
        repositoryUrl: vector.storedRepositoryUrl,
        commitHash: vector.commitHash,
        commitUrl: vector.commitUrl,
      });
      // Credentials never reach the database either.
      const stored = await server.db.prisma.projectLoad.findMany({ select: { gitRepositoryUrl: true } });
      expect(JSON.stringify(stored)).not.toMatch(/secret/);
    });
  });
});

describe("reading projects and loads", () => {
  let first: Awaited<ReturnType<typeof record>>;
  let failed: Awaited<ReturnType<typeof record>>;
  beforeAll(async () => {
    first = await record(server, {
      deployment: "staging",
      project: "web",
      image: "img:1",
      metadata: [
        { key: "zeta", value: "1" },
        { key: "alpha", value: "2" },
      ],
      loadedAt: "2026-01-02T03:04:05.000Z",
      assets: [{ key: "raw/orders", codeVersion: "1", tags: { team: "data" } }],
    });
    failed = await record(server, {
      deployment: "staging",
      project: "web",
      status: "FAILURE",
      error: "ModuleNotFoundError: No module named 'pandas'",
      errorStack: "Traceback (most recent call last):\n  ...",
      loadedAt: "2026-01-03T00:00:00.000Z",
    });
  });

  it("latestLoad is the newest of any status, currentLoad the newest success", async () => {
    const response = await server.request(
      graphql(`
        query LatestAndCurrentLoad {
          project(deployment: "staging", name: "web") {
            name updatedAt deployment { name }
            latestLoad { sequence status error { message stack } }
            currentLoad { sequence metadata { key value } loadedAt image git { commitUrl } error { message } }
          }
        }
      `),
    );
    expect(response.errors).toBeUndefined();
    const project = response.data?.project;
    expect(project?.deployment.name).toBe("staging");
    expect(project?.updatedAt).toBe("2026-01-03T00:00:00.000Z");
    expect(project?.latestLoad).toEqual({
      sequence: failed.sequence,
      status: "FAILURE",
      error: {
        message: "ModuleNotFoundError: No module named 'pandas'",
        stack: "Traceback (most recent call last):\n  ...",
      },
    });
    expect(project?.currentLoad).toEqual({
      sequence: first.sequence,
      metadata: [
        { key: "zeta", value: "1" },
        { key: "alpha", value: "2" },
      ],
      loadedAt: "2026-01-02T03:04:05.000Z",
      image: "img:1",
      git: null,
      error: null,
    });
  });

  it("returns null for a project that does not exist", async () => {
    const response = await server.request(
      graphql(`
        query MissingProject { project(deployment: "staging", name: "nope") { name } }
      `),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ project: null });
  });

  it("resolves every node type by its global ID, and null for an unknown one", async () => {
    const ids = await server.request(
      graphql(`
        query IdsOfEveryNodeType {
          project(deployment: "staging", name: "web") {
            id
            deployment { id }
            currentLoad { id assetChanges { edges { node { id } } } }
          }
        }
      `),
    );
    const project = ids.data?.project;
    const nodes = [
      [project?.id, "Project"],
      [project?.deployment.id, "Deployment"],
      [project?.currentLoad?.id, "ProjectLoad"],
      [project?.currentLoad?.assetChanges.edges[0]?.node.id, "AssetChange"],
    ] as const;
    for (const [id, typename] of nodes) {
      const response = await server.request(
        graphql(`
          query NodeTypename($id: ID!) { node(id: $id) { __typename id } }
        `),
        // Cast only for the types: a missing ID fails the assertion below, as before.
        { id: id as string },
      );
      expect(response.data?.node).toEqual({ __typename: typename, id });
    }
    const unknown = Buffer.from("ProjectLoad:999999").toString("base64url");
    const missing = await server.request(
      graphql(`
        query UnknownNode($id: ID!) { node(id: $id) { id } }
      `),
      { id: unknown },
    );
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ node: null });
    const malformed = graphql(`
      query MalformedNodeId { node(id: "!!") { id } }
    `);
    expect(codes(await server.request(malformed))).toEqual(["BAD_USER_INPUT"]);
  });

  it("lists deployments and projects with pagination", async () => {
    const deployments = await server.request(
      graphql(`
        query ListedDeployments { deployments { name } }
      `),
    );
    expect(deployments.data?.deployments.map((d) => d.name)).toEqual(
      expect.arrayContaining(["staging", "vectors"]),
    );
    const page = await server.request(
      graphql(`
        query FirstVectorProjects {
          projects(deployment: "vectors", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
        }
      `),
    );
    const projects = page.data?.projects;
    expect(projects?.edges).toHaveLength(2);
    expect(projects?.pageInfo.hasNextPage).toBe(true);
    const next = await server.request(
      graphql(`
        query NextVectorProjects($after: String) {
          projects(deployment: "vectors", first: 2, after: $after) { edges { node { name } } }
        }
      `),
      { after: projects?.pageInfo.endCursor },
    );
    const names = [...(projects?.edges ?? []), ...(next.data?.projects.edges ?? [])].map(
      (edge) => edge.node.name,
    );
    expect(new Set(names).size).toBe(4);
    const all = await server.request(
      graphql(`
        query AllProjectsCount { projects { totalCount } }
      `),
    );
    expect(all.data?.projects.totalCount).toBeGreaterThan(projects?.totalCount ?? 0);
    const nested = await server.request(
      graphql(`
        query ProjectCountPerDeployment { deployments { name projects { totalCount } } }
      `),
    );
    expect(nested.data?.deployments.find((d) => d.name === "staging")?.projects.totalCount).toBe(1);
  });
});

describe("assetChangeHistory", () => {
  beforeAll(async () => {
    const asset = (extra: Omit<AssetDefinitionInput, "key">): AssetDefinitionInput => ({
      key: "mart/revenue",
      ...extra,
    });
    await record(server, { deployment: "prod", project: "one", assets: [asset({ codeVersion: "1" })] });
    await record(server, { deployment: "prod", project: "one", assets: [asset({ codeVersion: "2" })] });
    await record(server, {
      deployment: "prod",
      project: "one",
      assets: [asset({ codeVersion: "2", tags: { tier: "gold" } })],
    });
    await record(server, { deployment: "prod", project: "two", assets: [asset({ codeVersion: "9" })] });
    await record(server, { deployment: "prod", project: "one", assets: [] });
  });

  const HISTORY = graphql(`
    query RevenueChangeHistory($project: String, $types: [AssetChangeType!], $first: Int, $after: String) {
      assetChangeHistory(assetKey: "mart/revenue", project: $project, changeTypes: $types, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { changeTypes project { name } load { sequence } changedAt } }
      }
    }
  `);

  it("lists every change of one asset, newest first, across projects", async () => {
    const response = await server.request(HISTORY);
    const edges = response.data?.assetChangeHistory.edges ?? [];
    expect(edges.map((e) => [e.node.project.name, e.node.load.sequence, e.node.changeTypes])).toEqual([
      ["one", 4, ["REMOVED"]],
      ["two", 1, ["NEW"]],
      ["one", 3, ["TAGS"]],
      ["one", 2, ["CODE_VERSION"]],
      ["one", 1, ["NEW"]],
    ]);
    expect(response.data?.assetChangeHistory.totalCount).toBe(5);
  });

  it("filters by project and by change types", async () => {
    const byProject = await server.request(HISTORY, { project: "two" });
    expect(byProject.data?.assetChangeHistory.totalCount).toBe(1);
    const byType = await server.request(HISTORY, { types: ["CODE_VERSION", "TAGS"] });
    expect(byType.data?.assetChangeHistory.edges.map((e) => e.node.load.sequence)).toEqual([3, 2]);
    expect(byType.data?.assetChangeHistory.totalCount).toBe(2);
    // Invalid on purpose: RENAMED is no AssetChangeType, so the operation goes out as plain text, untyped.
    const badType = await server.request(String(HISTORY), { types: ["RENAMED"] });
    expect(codes(badType)).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages", async () => {
    const first = await server.request(HISTORY, { first: 3 });
    expect(first.data?.assetChangeHistory.pageInfo.hasNextPage).toBe(true);
    const rest = await server.request(HISTORY, {
      first: 3,
      after: first.data?.assetChangeHistory.pageInfo.endCursor,
    });
    expect(rest.data?.assetChangeHistory.edges.map((e) => e.node.load.sequence)).toEqual([2, 1]);
    expect(rest.data?.assetChangeHistory.pageInfo.hasNextPage).toBe(false);
  });
});
