import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotOf } from "../../src/loads/snapshot-store";
import { graphql } from "../generated";
import type { RollbackProjectInput, RollbackProjectMutation } from "../generated/graphql";
import { codes, createTestServer, type RecordedLoad, record, type TestServer } from "../helpers";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const ROLLBACK = graphql(`
  mutation RollbackProject($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      rollback {
        id
        reason
        requestedBy
        createdAt
        project { name }
        fromLoad { sequence }
        toLoad { sequence }
        resultingLoad { sequence }
      }
      load {
        id
        sequence
        status
        trigger
        image
        git { repositoryUrl commitHash branch commitUrl }
        metadata { key value }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges { edges { node { assetKey changeTypes codeVersion { old new } tags { changed { key old new } } } } }
        rollback { id toLoad { sequence } }
      }
    }
  }
`);

async function rollback(input: RollbackProjectInput, token?: string) {
  return server.request(ROLLBACK, { input }, token);
}

async function rowCounts() {
  const prisma = server.db.prisma;
  return [
    await prisma.projectLoad.count(),
    await prisma.rollback.count(),
    await prisma.assetVersion.count(),
    await prisma.assetChange.count(),
    await prisma.historyEntry.count(),
  ];
}

const good = {
  image: "img:good",
  git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "aaa111", branch: "main" },
  metadata: [{ key: "release", value: "1.0" }],
  assets: [
    { key: "raw/orders", codeVersion: "1", tags: { tier: "silver" } },
    { key: "mart/revenue", dependencies: ["raw/orders"] },
  ],
};
const bad = {
  image: "img:bad",
  git: { repositoryUrl: "https://github.com/acme/etl", commitHash: "bbb222", branch: "main" },
  assets: [{ key: "raw/orders", codeVersion: "2", tags: { tier: "gold" } }, { key: "mart/broken" }],
};

describe("rollbackProject", () => {
  let goodLoad: RecordedLoad;
  let badLoad: RecordedLoad;
  let failedLoad: RecordedLoad;
  beforeAll(async () => {
    goodLoad = await record(server, { project: "etl", ...good });
    badLoad = await record(server, { project: "etl", ...bad });
    failedLoad = await record(server, {
      project: "etl",
      status: "FAILURE",
      error: "crash",
      image: "img:worse",
    });
  });

  it("restores the target's image, git, metadata and exact snapshot, and shows what it reverted", async () => {
    const response = await rollback({ loadId: goodLoad.id, reason: "bad deploy", idempotencyKey: "rb-1" });
    expect(response.errors).toBeUndefined();
    const { rollback: made, load } = (response.data as RollbackProjectMutation).rollbackProject;
    expect(made).toMatchObject({
      reason: "bad deploy",
      requestedBy: "admin",
      project: { name: "etl" },
      fromLoad: { sequence: badLoad.sequence },
      toLoad: { sequence: goodLoad.sequence },
      resultingLoad: { sequence: 4 },
    });
    expect(load).toMatchObject({
      sequence: 4,
      status: "SUCCESS",
      trigger: "ROLLBACK",
      image: "img:good",
      git: {
        repositoryUrl: "https://github.com/acme/etl",
        commitHash: "aaa111",
        branch: "main",
        commitUrl: "https://github.com/acme/etl/commit/aaa111",
      },
      metadata: [{ key: "release", value: "1.0" }],
      assetsAdded: ["mart/revenue"],
      assetsRemoved: ["mart/broken"],
      assetsChanged: ["raw/orders"],
      rollback: { id: made.id, toLoad: { sequence: goodLoad.sequence } },
    });
    expect(load?.assetChanges.edges.map((edge) => edge.node)).toContainEqual({
      assetKey: "raw/orders",
      changeTypes: ["CODE_VERSION", "TAGS"],
      codeVersion: { old: "2", new: "1" },
      tags: { changed: [{ key: "tier", old: "gold", new: "silver" }] },
    });
    const [target, restored] = await Promise.all(
      [1, 4].map((sequence) =>
        server.db.prisma.projectLoad.findFirstOrThrow({ where: { sequence, project: { name: "etl" } } }),
      ),
    );
    expect(await snapshotOf(server.db.prisma, restored as never)).toEqual(
      await snapshotOf(server.db.prisma, target as never),
    );
  });

  it("shows the rollback as its own history row and makes it the current load", async () => {
    const response = await server.request(
      graphql(`
        query RolledBackHistory {
          project(name: "etl") {
            currentLoad { sequence trigger }
            history { edges { node { collapsedCount load { sequence trigger } } } }
          }
        }
      `),
    );
    const project = response.data?.project;
    expect(project?.currentLoad).toEqual({ sequence: 4, trigger: "ROLLBACK" });
    expect(project?.history.edges.map((edge) => [edge.node.load.sequence, edge.node.load.trigger])).toEqual([
      [4, "ROLLBACK"],
      [3, "DEPLOY"],
      [2, "DEPLOY"],
      [1, "DEPLOY"],
    ]);
  });

  it("returns the first result for a retry with the same idempotency key, and CONFLICT for other input", async () => {
    const before = await rowCounts();
    const retry = await rollback({ loadId: goodLoad.id, reason: "bad deploy", idempotencyKey: "rb-1" });
    expect(retry.data?.rollbackProject.load?.sequence).toBe(4);
    expect(await rowCounts()).toEqual(before);
    const other = await rollback({ loadId: badLoad.id, reason: "other", idempotencyKey: "rb-1" });
    expect(codes(other)).toEqual(["CONFLICT"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses every target that is not allowed, writing nothing", async () => {
    const before = await rowCounts();
    const refused = async (input: RollbackProjectInput, code: string, message: RegExp) => {
      const response = await rollback(input);
      expect(codes(response)).toEqual([code]);
      expect(response.errors?.[0]?.message).toMatch(message);
    };
    await refused({ loadId: failedLoad.id }, "BAD_USER_INPUT", /failed; only a successful load/);
    const current = await server.db.prisma.projectLoad.findFirstOrThrow({
      where: { sequence: 4, project: { name: "etl" } },
    });
    const currentId = Buffer.from(`ProjectLoad:${current.id}`).toString("base64url");
    await refused({ loadId: currentId }, "BAD_USER_INPUT", /already the current load/);
    await refused({ loadId: "garbage" }, "BAD_USER_INPUT", /Malformed ID/);
    await refused(
      { loadId: Buffer.from("ProjectLoad:999999").toString("base64url") },
      "NOT_FOUND",
      /No load has this ID/,
    );
    const project = await server.request(
      graphql(`
        query EtlProjectId { project(name: "etl") { id } }
      `),
    );
    // Cast only for the types: a missing ID fails the assertion, as before.
    await refused({ loadId: project.data?.project?.id as string }, "BAD_USER_INPUT", /not of a Project/);
    const otherProject = await record(server, { project: "web", assets: [] });
    await record(server, { project: "web", image: "v2", assets: [] });
    await refused(
      { loadId: otherProject.id, deployment: "prod", project: "etl" },
      "BAD_USER_INPUT",
      /belongs to project "web"/,
    );
    expect(await rowCounts()).toEqual([
      (before[0] as number) + 2,
      ...before.slice(1, 4),
      (before[4] as number) + 2,
    ]);
  });

  it("needs EDITOR in the project's deployment", async () => {
    const target = { loadId: badLoad.id };
    expect(codes(await rollback(target, (await server.token("v", "VIEWER", "prod")) as string))).toEqual([
      "FORBIDDEN",
    ]);
    expect(codes(await rollback(target, (await server.token("l", "LAUNCHER", "prod")) as string))).toEqual([
      "FORBIDDEN",
    ]);
    // A load of a deployment the caller cannot read is answered as a missing one.
    expect(codes(await rollback(target, (await server.token("s", "EDITOR", "staging")) as string))).toEqual([
      "NOT_FOUND",
    ]);
    expect(codes(await server.request(ROLLBACK, { input: target }, null))).toEqual(["UNAUTHENTICATED"]);
    const editor = await server.token("editor", "EDITOR", "prod");
    const done = await rollback(target, editor);
    expect(done.data?.rollbackProject.rollback.requestedBy).toBe("editor");
  });

  it("rolls back to a load that was itself a rollback", async () => {
    const first = await record(server, {
      project: "twice",
      image: "v1",
      assets: [{ key: "a", codeVersion: "1" }],
    });
    await record(server, { project: "twice", image: "v2", assets: [{ key: "a", codeVersion: "2" }] });
    const back = await rollback({ loadId: first.id });
    expect(back.data?.rollbackProject.load).toMatchObject({ sequence: 3, image: "v1", assetsChanged: ["a"] });
    await record(server, { project: "twice", image: "v3", assets: [{ key: "b" }] });
    // Cast only for the types: a missing ID fails the assertions below, as before.
    const ofRollback = await rollback({
      loadId: back.data?.rollbackProject.load?.id as string,
      reason: "v3 broke",
    });
    expect(ofRollback.errors).toBeUndefined();
    expect(ofRollback.data?.rollbackProject.load).toMatchObject({
      sequence: 5,
      trigger: "ROLLBACK",
      image: "v1",
      assetsAdded: ["a"],
      assetsRemoved: ["b"],
    });
    expect(ofRollback.data?.rollbackProject.rollback.toLoad.sequence).toBe(3);
  });

  it("serialises concurrent rollbacks of one project: each sees the state the previous one left", async () => {
    const loads: RecordedLoad[] = [];
    for (let i = 1; i <= 4; i++) {
      loads.push(
        await record(server, {
          project: "concurrent",
          image: `v${i}`,
          assets: [{ key: "a", codeVersion: String(i) }],
        }),
      );
    }
    const results = await Promise.all(loads.slice(0, 3).map((load) => rollback({ loadId: load.id })));
    for (const result of results) expect(result.errors).toBeUndefined();
    const made = results
      .map((result) => result.data?.rollbackProject as RollbackProjectMutation["rollbackProject"])
      .sort((a, b) => (a.load?.sequence ?? 0) - (b.load?.sequence ?? 0));
    expect(made.map((m) => m.load?.sequence)).toEqual([5, 6, 7]);
    // Each rollback replaced the load the previous one created.
    expect(made.map((m) => m.rollback.fromLoad.sequence)).toEqual([4, 5, 6]);
    const current = await server.request(
      graphql(`
        query ConcurrentCurrentLoad { project(name: "concurrent") { currentLoad { sequence } } }
      `),
    );
    expect(current.data?.project?.currentLoad?.sequence).toBe(7);
  });

  it("rolls back a snapshot in which thousands of assets changed", async () => {
    const assets = (version: string) =>
      Array.from({ length: 2_500 }, (_, i) => ({ key: `a/${i}`, codeVersion: version }));
    const first = await record(server, { project: "wide", assets: assets("1") });
    await record(server, { project: "wide", assets: assets("2") });
    const response = await rollback({ loadId: first.id });
    expect(response.errors).toBeUndefined();
    expect(response.data?.rollbackProject.load?.assetsChanged).toHaveLength(2_500);
  });
});
