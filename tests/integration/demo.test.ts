import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoSummary, seedDemo } from "../../scripts/demo/stories";
import { ASSET_CHANGE_TYPES } from "../../src/domain/asset-diff";
import { graphql } from "../generated";
import type { DemoHistoryQuery } from "../generated/graphql";
import { codes, createTestServer, type GraphQLResponse, record, type TestServer } from "../helpers";

// A fixed clock: the demo's timestamps derive from the start of its day (UTC).
const NOW = new Date("2026-03-10T15:30:00.000Z");
const START_OF_DAY = new Date("2026-03-10T00:00:00.000Z");
const DAY = 86_400_000;

const EXPECTED_PROJECTS = {
  prod: ["analytics", "billing-pipeline", "ml-features"],
  staging: ["analytics", "billing-pipeline", "search-indexing"],
};

const DEPLOYMENTS = graphql(`
  query DemoDeployments {
    deployments {
      name
      projects(first: 20) { totalCount edges { node { name } } }
    }
  }
`);

const HISTORY = graphql(`
  query DemoHistory($deployment: String!, $name: String!, $collapse: Boolean!, $after: String) {
    project(deployment: $deployment, name: $name) {
      currentLoad { sequence trigger }
      history(first: 100, after: $after, collapseSimilar: $collapse) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            collapsedCount
            load {
              sequence
              loadedAt
              status
              trigger
              image
              error { message stack }
              git { repositoryUrl commitHash branch commitUrl }
              metadata { key value }
              assetChanges(first: 100) { totalCount edges { node { assetKey changeTypes } } }
              rollback { reason requestedBy fromLoad { sequence } toLoad { sequence image } }
            }
          }
        }
      }
    }
  }
`);

const ASSET_CHANGE_HISTORY = graphql(`
  query DemoAssetChangeHistory {
    assetChangeHistory(assetKey: "mart/revenue_daily", project: "analytics", changeTypes: [DEPENDENCIES]) {
      totalCount
      edges { node { changeTypes dependencies { added } } }
    }
  }
`);

const RUN_CHANGES = graphql(`
  query DemoRunChanges($deployment: String!, $name: String!) {
    project(deployment: $deployment, name: $name) {
      history(first: 100) {
        edges {
          node {
            firstSequence
            lastSequence
            firstLoad { sequence }
            load { sequence assetsAdded assetsChanged }
            assetsAdded
            assetsChanged
            assetChanges(first: 100) { totalCount edges { node { assetKey load { sequence } } } }
          }
        }
      }
    }
  }
`);

const CREATE_ALERT_POLICY = graphql(`
  mutation DemoCreateAlertPolicy($input: CreateAlertPolicyInput!) {
    createAlertPolicy(input: $input) { policy { id } }
  }
`);

type HistoryEntry = NonNullable<DemoHistoryQuery["project"]>["history"]["edges"][number]["node"];
type Load = HistoryEntry["load"];

/** Every history entry of a project, newest first, paging as a client would. */
async function history(server: TestServer, deployment: string, name: string, collapse: boolean) {
  const entries: HistoryEntry[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    // Annotated: `after` depends on the previous page, which TypeScript cannot infer through the loop.
    const response: GraphQLResponse<DemoHistoryQuery> = await server.request(HISTORY, {
      deployment,
      name,
      collapse,
      after,
    });
    expect(response.errors).toBeUndefined();
    const page = response.data?.project?.history;
    if (!page) throw new Error(`no project ${deployment}/${name}`);
    totalCount = page.totalCount;
    entries.push(...page.edges.map((edge) => edge.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(entries).toHaveLength(totalCount);
  return { totalCount, entries };
}

/** Every load of every demo project, oldest first, keyed by "deployment/project". */
async function allLoads(server: TestServer): Promise<Map<string, Load[]>> {
  const result = new Map<string, Load[]>();
  for (const [deployment, names] of Object.entries(EXPECTED_PROJECTS)) {
    for (const name of names) {
      const { entries } = await history(server, deployment, name, false);
      result.set(`${deployment}/${name}`, entries.map((entry) => entry.load).reverse());
    }
  }
  return result;
}

async function rowCounts(server: TestServer) {
  const prisma = server.db.prisma;
  return {
    projects: await prisma.project.count(),
    loads: await prisma.projectLoad.count(),
    rollbacks: await prisma.rollback.count(),
    entries: await prisma.historyEntry.count(),
    changes: await prisma.assetChange.count(),
  };
}

// One fresh database seeded once: the shape tests read it, and the later tests compare against it.
let fresh: TestServer;
let summary: DemoSummary;
let loads: Map<string, Load[]>;
beforeAll(async () => {
  fresh = await createTestServer();
  summary = await seedDemo(fresh.db, { now: NOW });
  loads = await allLoads(fresh);
});
afterAll(() => fresh?.close());

describe("seedDemo on a fresh database", () => {
  let server: TestServer;
  beforeAll(() => {
    server = fresh;
  });

  it("reports what it created", () => {
    expect(summary.created.projects).toBe(6);
    expect(summary.created.rollbacks).toBe(2);
    expect(summary.created.loads).toBeGreaterThanOrEqual(250);
    expect(summary.created.loads).toBeLessThanOrEqual(350);
    expect(summary.present).toEqual({ projects: 0, loads: 0, rollbacks: 0 });
    expect(summary.projects.every((project) => project.outcome === "created")).toBe(true);
    const total = [...loads.values()].reduce((sum, projectLoads) => sum + projectLoads.length, 0);
    expect(total).toBe(summary.created.loads);
  });

  it("creates both deployments and their projects", async () => {
    const response = await server.request(DEPLOYMENTS);
    expect(response.errors).toBeUndefined();
    const byName = Object.fromEntries(
      (response.data?.deployments ?? []).map((deployment) => [
        deployment.name,
        deployment.projects.edges.map((edge) => edge.node.name).sort(),
      ]),
    );
    expect(byName).toEqual(EXPECTED_PROJECTS);
  });

  it("collapses runs of identical reloads in every project", async () => {
    for (const [deployment, names] of Object.entries(EXPECTED_PROJECTS)) {
      for (const name of names) {
        const collapsed = await history(server, deployment, name, true);
        const all = await history(server, deployment, name, false);
        expect(collapsed.totalCount).toBeLessThan(all.totalCount);
        expect(collapsed.entries.some((entry) => entry.collapsedCount > 1)).toBe(true);
        expect(collapsed.entries.reduce((sum, entry) => sum + entry.collapsedCount, 0)).toBe(all.totalCount);
      }
    }
  });

  it("shows each collapsed run's changes, those of its first load (billing-pipeline 56-58, search-indexing 1-9)", async () => {
    const rows = async (deployment: string, name: string) => {
      const response = await server.request(RUN_CHANGES, { deployment, name });
      expect(response.errors).toBeUndefined();
      return response.data?.project?.history.edges.map((edge) => edge.node) ?? [];
    };
    const billing = (await rows("prod", "billing-pipeline")).find((row) => row.firstSequence === 56);
    expect(billing).toMatchObject({ lastSequence: 58, firstLoad: { sequence: 56 }, load: { sequence: 58 } });
    // The newest load of the run changed nothing; the row shows what #56 changed.
    expect(billing?.load.assetsChanged).toEqual([]);
    expect(billing?.assetsChanged).toContain("mart/mrr_monthly");
    expect(billing?.assetChanges.edges.map((edge) => edge.node.load.sequence)).toEqual(
      billing?.assetChanges.edges.map(() => 56),
    );
    const search = (await rows("staging", "search-indexing")).find((row) => row.firstSequence === 1);
    expect(search).toMatchObject({ lastSequence: 9, firstLoad: { sequence: 1 } });
    expect(search?.load.assetsAdded).toEqual([]);
    expect(search?.assetsAdded.length).toBeGreaterThan(0);
    expect(search?.assetChanges.totalCount).toBe(search?.assetsAdded.length);
  });

  it("spreads loads over the last 60 days, strictly increasing, before the day of the run", () => {
    for (const projectLoads of loads.values()) {
      const deploys = projectLoads.filter((load) => load.trigger === "DEPLOY");
      const times = deploys.map((load) => Date.parse(load.loadedAt));
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
      expect(times[0]).toBeGreaterThanOrEqual(START_OF_DAY.getTime() - 60 * DAY);
      expect(times.at(-1)).toBeLessThan(START_OF_DAY.getTime());
      expect(times.at(-1)).toBeGreaterThan(START_OF_DAY.getTime() - 3 * DAY);
      expect(projectLoads.map((load) => load.sequence)).toEqual(projectLoads.map((_, i) => i + 1));
    }
  });

  it("records failures with their error", () => {
    const failures = [...loads.values()].flat().filter((load) => load.status === "FAILURE");
    expect(failures.length).toBeGreaterThanOrEqual(5);
    for (const failure of failures) {
      expect(failure.error?.message).toBeTruthy();
      expect(failure.assetChanges.totalCount).toBe(0);
    }
    expect(failures.some((failure) => failure.error?.message.startsWith("ImportError"))).toBe(true);
    expect(failures.some((failure) => failure.error?.stack?.startsWith("Traceback"))).toBe(true);
  });

  it("carries images, git metadata with commit links, and display metadata", () => {
    const all = [...loads.values()].flat();
    for (const load of all) {
      expect(load.image).toMatch(/^ghcr\.io\/acme\/[a-z-]+:\d+\.\d+\.\d+$/);
      expect(load.git?.branch).toBe("main");
      expect(load.git?.commitHash).toMatch(/^[0-9a-f]{40}$/);
      expect(load.git?.commitUrl).toBe(`${load.git?.repositoryUrl}/commit/${load.git?.commitHash}`);
    }
    expect(all.some((load) => load.metadata.length > 0)).toBe(true);
    expect(all.some((load) => load.metadata.length === 0)).toBe(true);
  });

  it("rolls back a bad deploy to the last good load", async () => {
    const billing = loads.get("prod/billing-pipeline") ?? [];
    const rollbackLoad = billing.at(-1);
    expect(rollbackLoad).toMatchObject({ status: "SUCCESS", trigger: "ROLLBACK" });
    const rollback = rollbackLoad?.rollback;
    expect(rollback?.reason).toMatch(/2\.4\.0/);
    expect(rollback?.requestedBy).toBe("demo");
    const target = billing[(rollback?.toLoad.sequence ?? 0) - 1];
    const from = billing[(rollback?.fromLoad.sequence ?? 0) - 1];
    expect(target).toMatchObject({ status: "SUCCESS", image: "ghcr.io/acme/billing-pipeline:2.3.1" });
    expect(from).toMatchObject({ status: "SUCCESS", image: "ghcr.io/acme/billing-pipeline:2.4.0" });
    // The last good load: everything between it and the rollback is the bad release.
    const between = billing.slice(target?.sequence, (rollbackLoad?.sequence ?? 0) - 1);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((load) => load.image === "ghcr.io/acme/billing-pipeline:2.4.0")).toBe(true);
    expect(rollbackLoad?.image).toBe(target?.image);
    expect(rollbackLoad?.assetChanges.totalCount).toBeGreaterThan(0);

    const current = await server.request(HISTORY, {
      deployment: "prod",
      name: "billing-pipeline",
      collapse: true,
      after: null,
    });
    expect(current.data?.project?.currentLoad).toEqual({
      sequence: rollbackLoad?.sequence,
      trigger: "ROLLBACK",
    });
    const rollbacks = [...loads.values()].flat().filter((load) => load.trigger === "ROLLBACK");
    expect(rollbacks).toHaveLength(2);
  });

  it("records asset changes of every change type", async () => {
    const seen = new Set(
      [...loads.values()]
        .flat()
        .flatMap((load) => load.assetChanges.edges.flatMap((edge) => edge.node.changeTypes)),
    );
    expect([...seen].sort()).toEqual([...ASSET_CHANGE_TYPES].sort());
    // Prod alone shows every kind too: the default deployment is where a newcomer looks first.
    const prodSeen = new Set(
      [...loads.entries()]
        .filter(([name]) => name.startsWith("prod/"))
        .flatMap(([, projectLoads]) => projectLoads)
        .flatMap((load) => load.assetChanges.edges.flatMap((edge) => edge.node.changeTypes)),
    );
    expect([...prodSeen].sort()).toEqual([...ASSET_CHANGE_TYPES].sort());

    const response = await server.request(ASSET_CHANGE_HISTORY);
    expect(response.errors).toBeUndefined();
    expect(response.data?.assetChangeHistory.totalCount).toBe(1);
    expect(response.data?.assetChangeHistory.edges[0]?.node.dependencies?.added).toEqual(["raw/refunds"]);
  });

  it("creates nothing when run again, the same day or a later one", async () => {
    const before = await rowCounts(server);
    for (const now of [NOW, new Date(NOW.getTime() + 3 * DAY)]) {
      const again = await seedDemo(server.db, { now });
      expect(again.created).toEqual({ projects: 0, loads: 0, rollbacks: 0 });
      expect(again.present).toEqual(summary.created);
      expect(again.projects.every((project) => project.outcome === "present")).toBe(true);
    }
    expect(await rowCounts(server)).toEqual(before);
    for (const [key, projectLoads] of await allLoads(server)) {
      expect(projectLoads, key).toHaveLength(loads.get(key)?.length ?? -1);
    }
  });
});

describe("seedDemo on a database that is not empty", () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it("finishes an interrupted run on a later day, exactly as one run would have", async () => {
    server = await createTestServer();
    let writes = 0;
    const interrupt = () => {
      if (++writes === 120) throw new Error("interrupted");
    };
    await expect(seedDemo(server.db, { now: NOW, onWrite: interrupt })).rejects.toThrow("interrupted");

    const resumed = await seedDemo(server.db, { now: new Date(NOW.getTime() + 2 * DAY) });
    expect(resumed.present.loads).toBe(120);
    expect(resumed.projects.some((project) => project.outcome === "completed")).toBe(true);
    const total = resumed.created.loads + resumed.present.loads;
    expect(total).toBeGreaterThanOrEqual(250);
    expect(resumed.created.rollbacks).toBe(2);

    // The same history as a single run on the first day: same loads, same times.
    const actual = await allLoads(server);
    const shape = (projectLoads: Load[]) =>
      projectLoads.map((load) => ({
        ...load,
        // Rollbacks happen when they are run.
        loadedAt: load.trigger === "ROLLBACK" ? null : load.loadedAt,
      }));
    for (const [key, projectLoads] of loads)
      expect(shape(actual.get(key) ?? []), key).toEqual(shape(projectLoads));
  }, 60_000);

  it("leaves alone projects with other loads, and projects an alert policy watches", async () => {
    await server.close();
    server = await createTestServer();
    await record(server, { deployment: "prod", project: "analytics", assets: [{ key: "raw/orders" }] });
    const policy = await server.request(CREATE_ALERT_POLICY, {
      input: {
        name: "search on-call",
        deployment: "staging",
        project: "search-indexing",
        events: ["PROJECT_LOAD_FAILED", "ROLLBACK_PERFORMED"],
        webhookUrl: "https://hooks.example.com/search",
      },
    });
    expect(codes(policy)).toEqual([]);

    const summary = await seedDemo(server.db, { now: NOW });
    const outcomes = Object.fromEntries(
      summary.projects.map((project) => [`${project.deployment}/${project.project}`, project]),
    );
    expect(outcomes["prod/analytics"]).toMatchObject({
      outcome: "skipped",
      note: expect.stringMatching(/1 load/),
    });
    expect(outcomes["staging/search-indexing"]).toMatchObject({
      outcome: "skipped",
      note: expect.stringMatching(/alert policy "search on-call"/),
    });
    expect(summary.created.projects).toBe(4);
    expect(summary.created.rollbacks).toBe(1);
    expect((await history(server, "prod", "analytics", false)).totalCount).toBe(1);
    const searchIndexing = await server.request(HISTORY, {
      deployment: "staging",
      name: "search-indexing",
      collapse: true,
      after: null,
    });
    expect(searchIndexing.data?.project).toBeNull();
    expect(await server.db.prisma.alertDelivery.count()).toBe(0);

    // Still nothing to do on the next run, and still no complaint.
    const again = await seedDemo(server.db, { now: NOW });
    expect(again.created).toEqual({ projects: 0, loads: 0, rollbacks: 0 });
    expect(again.projects.filter((project) => project.outcome === "skipped")).toHaveLength(2);
  }, 60_000);
});
