// The recording agent against the real dagster-webserver (tests/dagster/harness.ts) and a real history
// server: one Dagster deployment goes through a life of deploys, failures and outages, and the history must
// show each load once, with the asset changes Dagster's own differ would report.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DagsterClient } from "../../src/agent/dagster-client";
import type { LocationEntryResult } from "../../src/agent/dagster-operations";
import { snapshotOf } from "../../src/agent/snapshot";
import { type RunningCli, spawnCli } from "../cli/cli-helpers";
import { type LiveServer, startLiveServer } from "../live/live-helpers";
import { TcpProxy } from "../production/tcp-proxy";
import {
  changeOf,
  type HistoryLoad,
  loadsOf,
  logged,
  startAgent,
  type TestAgent,
  waitForLoads,
} from "./agent-helpers";
import { type DagsterStack, dagsterSetup, freePort } from "./harness";

const setup = dagsterSetup();
const PROJECT = "shop";
const COMMIT = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
const REPOSITORY = "https://github.com/acme/shop";
const V1_ASSETS = [
  "legacy/export",
  "mart/region_report",
  "mart/revenue_daily",
  "ml/features",
  "ops/heartbeat",
  "raw/customers",
  "raw/orders",
  "staging/orders_clean",
];
const STEP_TIMEOUT = 400_000;

describe.runIf(setup.available)("the Dagster agent against a real dagster-webserver", () => {
  let server: LiveServer;
  let stack: DagsterStack;
  let historyUrl: string;
  let tokens: Record<"a" | "b" | "c" | "d", string>;
  const agents: TestAgent[] = [];
  let cli: RunningCli | null = null;
  let proxy: TcpProxy | null = null;

  async function agent(name: keyof typeof tokens, url = historyUrl, healthPort?: number): Promise<TestAgent> {
    const started = await startAgent({
      dagsterUrl: stack.url,
      historyUrl: url,
      token: tokens[name],
      healthPort,
    });
    agents.push(started);
    return started;
  }

  /** Lets every running agent poll a few more times: what they would record twice, they would have by then. */
  async function settle(...running: TestAgent[]): Promise<void> {
    await Promise.all(running.map((one) => one.agent.polls(4)));
  }

  beforeAll(async () => {
    server = await startLiveServer();
    historyUrl = `http://127.0.0.1:${server.running.port}/graphql`;
    tokens = {
      a: await server.token("agent-a", "EDITOR", "prod"),
      b: await server.token("agent-b", "EDITOR", "prod"),
      c: await server.token("agent-c", "EDITOR", "prod"),
      d: await server.token("agent-d", "EDITOR", "prod"),
    };
    const { DagsterStack } = await import("./harness");
    stack = await DagsterStack.start({
      version: "v1",
      image: "registry.example.com/shop:1",
      location: PROJECT,
      commitHash: COMMIT,
      repositoryUrl: REPOSITORY,
    });
  }, STEP_TIMEOUT);

  afterAll(async () => {
    if (cli) {
      cli.signal("SIGTERM");
      await cli.exited;
    }
    await Promise.all(agents.map((one) => one.stop()));
    await proxy?.stop();
    await stack?.stop();
    await server?.close();
  }, 60_000);

  it("checks its operations against the live schema, which is the committed one", async () => {
    const client = new DagsterClient({ url: stack.url });
    const info = await client.checkOperations();
    expect(info.dagster_webserver_version).toBe("1.13.28");
    const committed = readFileSync(
      new URL("../../src/agent/dagster-schema.graphql", import.meta.url),
      "utf8",
    );
    expect(await client.schemaSdl()).toBe(committed);
  });

  it("maps the live asset nodes: every metadata type, partitions and mappings", async () => {
    const client = new DagsterClient({ url: stack.url });
    const { workspaceLocationEntryOrError: entry }: LocationEntryResult = await client.locationEntry(PROJECT);
    if (
      entry?.__typename !== "WorkspaceLocationEntry" ||
      entry.locationOrLoadError?.__typename !== "RepositoryLocation"
    ) {
      throw new Error(`unexpected entry ${JSON.stringify(entry).slice(0, 300)}`);
    }
    const snapshot = snapshotOf(entry, entry.locationOrLoadError);
    expect(snapshot.image).toBe("registry.example.com/shop:1");
    expect(snapshot.git).toEqual({ commitHash: COMMIT, repositoryUrl: REPOSITORY });
    expect(snapshot.metadata).toEqual(
      expect.arrayContaining([
        { key: "host", value: "127.0.0.1" },
        { key: "library/dagster", value: "1.13.28" },
      ]),
    );
    expect(snapshot.assets.map((asset) => asset.key)).toEqual(V1_ASSETS);
    const orders = snapshot.assets.find((asset) => asset.key === "raw/orders");
    expect(orders).toMatchObject({
      codeVersion: "1",
      tags: { team: "ingest", tier: "bronze" },
      partitionsDefinition: "TIME_WINDOW: Daily, starting 2024-01-01 UTC. [format %Y-%m-%d]",
      dependencies: [],
    });
    expect(orders?.metadata).toEqual({
      description_text: "Orders as the shop exports them",
      expected_rows: 1_000_000,
      null_ratio_max: 0.025,
      is_pii: false,
      source_config: { bucket: "raw-orders", format: "parquet", shards: [1, 2] },
      dashboard: { url: "https://dashboards.example.com/orders" },
      landing_path: { path: "/data/raw/orders" },
      runbook: { md: "# Orders\n\nPage the ingest team." },
      "dagster/column_schema": {
        table_schema: {
          columns: [
            {
              name: "order_id",
              type: "string",
              description: "Primary key",
              nullable: false,
              unique: true,
              other: [],
              tags: {},
            },
            {
              name: "amount",
              type: "decimal(12,2)",
              description: null,
              nullable: true,
              unique: false,
              other: [],
              tags: {},
            },
            {
              name: "ordered_at",
              type: "timestamp",
              description: null,
              nullable: true,
              unique: false,
              other: [],
              tags: {},
            },
          ],
          constraints: [],
        },
      },
      upstream_system: { asset: "shop/orders_export" },
      published_at: { timestamp: 1_704_067_200 },
    });
    expect(snapshot.assets.find((asset) => asset.key === "staging/orders_clean")?.partitionMappings).toEqual({
      "raw/orders":
        "TimeWindowPartitionMapping: Maps a downstream partition to any upstream partition with an overlapping time window. The start and end of the upstream time window is offsetted by -1 and 0 partitions respectively.",
    });
    expect(snapshot.assets.find((asset) => asset.key === "raw/customers")?.partitionsDefinition).toBe(
      "STATIC: 'us', 'eu', 'apac'",
    );
    expect(snapshot.assets.find((asset) => asset.key === "mart/region_report")?.partitionsDefinition).toBe(
      "MULTIPARTITIONED: Multi-partitioned, with dimensions: \nDate: Daily, starting 2024-01-01 UTC. \nRegion: 'us', 'eu', 'apac'",
    );
    // The same location read again maps to the same snapshot: nothing in it changes between reads.
    const again = await client.locationEntry(PROJECT);
    const entryAgain = again.workspaceLocationEntryOrError;
    if (
      entryAgain?.__typename !== "WorkspaceLocationEntry" ||
      entryAgain.locationOrLoadError?.__typename !== "RepositoryLocation"
    ) {
      throw new Error("the location changed");
    }
    expect(snapshotOf(entryAgain, entryAgain.locationOrLoadError)).toEqual(snapshot);
  });

  it(
    "records the first load with its image, commit, library versions and every asset",
    async () => {
      const a = await agent("a");
      const [first] = await waitForLoads(server, PROJECT, 1);
      expect(first).toMatchObject({
        sequence: 1,
        status: "SUCCESS",
        image: "registry.example.com/shop:1",
        recordedBy: "agent-a",
        git: { commitHash: COMMIT, repositoryUrl: REPOSITORY },
        assetsAdded: V1_ASSETS,
        assetsRemoved: [],
        assetsChanged: [],
      });
      expect(first?.metadata).toEqual(
        expect.arrayContaining([
          { key: "library/dagster", value: "1.13.28" },
          { key: "library/dagster-shared", value: "1.13.28" },
        ]),
      );
      expect(first?.metadata.map((entry) => entry.key)).not.toContain("image");
      // Dagster's time of the load, not the recording's.
      const state = await stack.state();
      expect(first?.loadedAt).toBe(new Date(Math.round((state?.updateTimestamp ?? 0) * 1000)).toISOString());
      await settle(a);
      expect(await loadsOf(server, PROJECT)).toHaveLength(1);
    },
    STEP_TIMEOUT,
  );

  it(
    "records a redeploy with the asset changes of every type",
    async () => {
      const [a] = agents as [TestAgent];
      await stack.redeploy({ version: "v2", image: "registry.example.com/shop:2" });
      const loads = await waitForLoads(server, PROJECT, 2);
      const second = loads[1] as HistoryLoad;
      expect(second).toMatchObject({ sequence: 2, status: "SUCCESS", image: "registry.example.com/shop:2" });
      expect(second.assetsAdded).toEqual(["mart/churn"]);
      expect(second.assetsRemoved).toEqual(["legacy/export"]);
      expect(second.assetsChanged).toEqual([
        "mart/region_report",
        "mart/revenue_daily",
        "ml/features",
        "raw/customers",
        "raw/orders",
        "staging/orders_clean",
      ]);
      expect(changeOf(second, "mart/churn")?.changeTypes).toEqual(["NEW"]);
      expect(changeOf(second, "legacy/export")?.changeTypes).toEqual(["REMOVED"]);
      expect(changeOf(second, "staging/orders_clean")).toMatchObject({
        changeTypes: ["CODE_VERSION"],
        codeVersion: { old: "1", new: "2" },
      });
      expect(changeOf(second, "ml/features")).toMatchObject({
        changeTypes: ["DEPENDENCIES"],
        dependencies: { added: ["mart/revenue_daily"], removed: [], changed: [] },
      });
      // A changed partition mapping is a dependency change of that parent (Dagster's rule).
      expect(changeOf(second, "mart/revenue_daily")).toMatchObject({
        changeTypes: ["DEPENDENCIES"],
        dependencies: { added: [], removed: [], changed: ["staging/orders_clean"] },
      });
      expect(changeOf(second, "raw/customers")).toMatchObject({
        changeTypes: ["PARTITIONS_DEFINITION", "TAGS"],
        partitionsDefinition: {
          old: "STATIC: 'us', 'eu', 'apac'",
          new: "STATIC: 'us', 'eu', 'apac', 'latam'",
        },
        tags: { added: [{ key: "tier", old: null, new: "silver" }], removed: [], changed: [] },
      });
      expect(changeOf(second, "raw/orders")).toMatchObject({
        changeTypes: ["METADATA"],
        metadata: {
          added: [{ key: "freshness_note", old: null, new: "Lands by 02:00 UTC" }],
          removed: [],
          changed: [
            { key: "expected_rows", old: 1_000_000, new: 1_250_000 },
            {
              key: "runbook",
              old: { md: "# Orders\n\nPage the ingest team." },
              new: { md: "# Orders\n\nPage the ingest team, then #data-oncall." },
            },
          ],
        },
      });
      expect(changeOf(second, "mart/region_report")).toMatchObject({
        changeTypes: ["PARTITIONS_DEFINITION"],
        partitionsDefinition: { new: "TIME_WINDOW: Daily, starting 2024-01-01 UTC. [format %Y-%m-%d]" },
      });
      expect(changeOf(second, "ops/heartbeat")).toBeUndefined();
      await settle(a);
      expect(await loadsOf(server, PROJECT)).toHaveLength(2);
    },
    STEP_TIMEOUT,
  );

  it(
    "records nothing twice when the agent restarts (as a `project-history agent` process)",
    async () => {
      const a = agents.shift() as TestAgent;
      await a.stop();
      cli = spawnCli(["agent", "--dagster-url", stack.url, "--poll-interval", "1"], {
        url: historyUrl,
        token: tokens.b,
        env: { LOG_FORMAT: "json", LOG_LEVEL: "debug" },
      });
      await waitForLogLines(cli, /the history has this load already/);
      // Five polls later, still the two loads.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect(await loadsOf(server, PROJECT)).toHaveLength(2);
      expect(cli.stdout()).not.toMatch(/recorded load #/);
    },
    STEP_TIMEOUT,
  );

  it(
    "records a deploy once with two agents watching",
    async () => {
      const c = await agent("c");
      await settle(c);
      const deployed = await stack.redeploy({ version: "v1", image: "registry.example.com/shop:3" });
      const loads = await waitForLoads(server, PROJECT, 3);
      const third = loads[2] as HistoryLoad;
      expect(third).toMatchObject({ sequence: 3, status: "SUCCESS", image: "registry.example.com/shop:3" });
      expect(third.assetsAdded).toEqual(["legacy/export"]);
      expect(third.assetsRemoved).toEqual(["mart/churn"]);
      expect(["agent-b", "agent-c"]).toContain(third.recordedBy);
      await waitForLogLines(cli as RunningCli, /shop:3/);
      await settle(c);
      expect(await loadsOf(server, PROJECT)).toHaveLength(3);
      expect(deployed.state.kind).toBe("RepositoryLocation");
    },
    STEP_TIMEOUT,
  );

  it(
    "records a definitions file that cannot load as one FAILURE with Dagster's traceback",
    async () => {
      const c = agents.at(-1) as TestAgent;
      await stack.redeploy({ version: "broken", image: "registry.example.com/shop:4" });
      const loads = await waitForLoads(server, PROJECT, 4);
      const failure = loads[3] as HistoryLoad;
      expect(failure.status).toBe("FAILURE");
      // The failed image is not known (Dagster drops it with the location); the workspace's commit is.
      expect(failure.image).toBeNull();
      expect(failure.git).toEqual({ commitHash: COMMIT, repositoryUrl: REPOSITORY });
      expect(failure.error?.message).toContain("DagsterUserCodeLoadError");
      expect(failure.error?.message).toContain("KeyError: 'STRIPE_API_KEY'");
      expect(failure.error?.stack).toContain("history_test_location/broken.py");
      expect(failure.error?.stack).toContain('STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]');
      expect(failure.error?.stack).toContain(
        "The above exception was the direct cause of the following exception:",
      );
      // Each reload of a failed location is a new versionKey with the same error: still one failure.
      const failed = await stack.state();
      const reloaded = await stack.reloadLocation();
      expect(reloaded.versionKey).not.toBe(failed?.versionKey);
      expect(reloaded.kind).toBe("PythonError");
      await settle(c);
      expect(logged(c, "code location failed to load")).toHaveLength(1);
      // And an agent restarted now reads the failure as the newest load: still recorded once.
      await c.stop();
      agents.pop();
      const c2 = await agent("c");
      await settle(c2);
      expect(await loadsOf(server, PROJECT)).toHaveLength(4);
      expect(logged(c2, "recorded load")).toHaveLength(0);
    },
    STEP_TIMEOUT,
  );

  it(
    "keeps what it saw while the history server is away, and records it when the server is back",
    async () => {
      // Only agent d, through a proxy that can cut the history server off.
      if (cli) {
        cli.signal("SIGTERM");
        expect(await cli.exited).toBe(0);
        cli = null;
      }
      await Promise.all(agents.splice(0).map((one) => one.stop()));
      proxy = new TcpProxy("127.0.0.1", server.running.port);
      await proxy.start();
      const healthPort = await freePort();
      const d = await agent("d", `http://127.0.0.1:${proxy.port}/graphql`, healthPort);
      await settle(d);
      proxy.cut();
      await stack.redeploy({ version: "v2", image: "registry.example.com/shop:5" });
      await waitUntilTrue(() => d.agent.health().pending > 0 && !d.agent.health().history.ok, 120_000);
      await d.agent.polls(3);
      const health = await fetch(`http://127.0.0.1:${healthPort}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        status: "degraded",
        history: { ok: false },
        dagster: { ok: true },
      });
      expect(logged(d, "history server is unavailable")).toHaveLength(1);
      expect(await loadsOf(server, PROJECT)).toHaveLength(4);

      proxy.restore();
      const loads = await waitForLoads(server, PROJECT, 5);
      const fifth = loads[4] as HistoryLoad;
      // Compared with the last successful load (#3, v1), not with the failure.
      expect(fifth).toMatchObject({
        status: "SUCCESS",
        image: "registry.example.com/shop:5",
        recordedBy: "agent-d",
      });
      expect(fifth.assetsAdded).toEqual(["mart/churn"]);
      expect(fifth.assetsRemoved).toEqual(["legacy/export"]);
      expect(logged(d, "history server is back")).toHaveLength(1);
      expect((await fetch(`http://127.0.0.1:${healthPort}/health`)).status).toBe(200);
    },
    STEP_TIMEOUT,
  );

  it(
    "rides out the webserver going away, logging the outage once",
    async () => {
      const d = agents[0] as TestAgent;
      await stack.stopWebserver();
      await waitUntilTrue(() => !d.agent.health().dagster.ok, 60_000);
      await d.agent.polls(3);
      expect(logged(d, "Dagster webserver is unavailable")).toHaveLength(1);
      await stack.startWebserverAgain();
      await waitUntilTrue(() => d.agent.health().dagster.ok, 120_000);
      await settle(d);
      expect(logged(d, "Dagster webserver is back")).toHaveLength(1);
      // The same code server behind a restarted webserver is the same load.
      expect(await loadsOf(server, PROJECT)).toHaveLength(5);
    },
    STEP_TIMEOUT,
  );

  it(
    "records a stopped code server as one FAILURE",
    async () => {
      const d = agents[0] as TestAgent;
      await stack.stopCodeServer();
      const loads = await waitForLoads(server, PROJECT, 6);
      const failure = loads[5] as HistoryLoad;
      expect(failure.status).toBe("FAILURE");
      expect(failure.error?.message).toContain("Could not reach user code server");
      // The webserver keeps retrying the server; whatever versionKeys its refreshes bring, one failure.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      await settle(d);
      expect(await loadsOf(server, PROJECT)).toHaveLength(6);
    },
    STEP_TIMEOUT,
  );

  it(
    "records a location that leaves the workspace as a FAILURE that says so, once",
    async () => {
      const d = agents.shift() as TestAgent;
      await stack.removeLocation();
      const loads = await waitForLoads(server, PROJECT, 7);
      const gone = loads[6] as HistoryLoad;
      expect(gone.status).toBe("FAILURE");
      expect(gone.error?.message).toBe(
        `Code location "shop" is no longer in the Dagster workspace of ${stack.url}`,
      );
      await settle(d);
      await d.stop();
      // A new agent finds the location missing at start-up, and the history saying so already.
      const d2 = await agent("d");
      await settle(d2);
      expect(await loadsOf(server, PROJECT)).toHaveLength(7);
    },
    STEP_TIMEOUT,
  );
});

async function waitUntilTrue(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitForLogLines(cli: RunningCli, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(cli.stdout())) {
    if (Date.now() > deadline)
      throw new Error(`no ${pattern} in the agent's output:\n${cli.stdout()}\n${cli.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
