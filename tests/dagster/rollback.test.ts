// Rollbacks that run, against the real dagster-webserver (tests/dagster/harness.ts): in a deployment whose
// rollbacks an executor carries out, the agent with a deploy command claims the rollback, runs the command
// (a script that rolls the test's code server over to the target's definitions and image, as a deploy tool
// would), Dagster serves the old version, the agent records it, and the rollback ends SUCCEEDED with a
// matching snapshot. A failing command and a timeout end it FAILED with a ROLLBACK_FAILED alert.
import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import type { DagsterRollbackStateQuery } from "../generated/graphql";
import { type LiveServer, startLiveServer } from "../live/live-helpers";
import { loadsOf, startAgent, type TestAgent, waitForLoads } from "./agent-helpers";
import { type DagsterStack, type DefsVersion, dagsterSetup } from "./harness";

const setup = dagsterSetup();
const PROJECT = "shop";
const IMAGE_1 = "registry.example.com/shop:1";
const IMAGE_2 = "registry.example.com/shop:2";
const COMMIT = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
const STEP_TIMEOUT = 400_000;
const DEPLOY_SCRIPT = fileURLToPath(new URL("./deploy-command.mjs", import.meta.url));

const SET_EXECUTION = graphql(`
  mutation DagsterSetExecution {
    setRollbackExecution(input: { deployment: "prod", execution: EXECUTOR }) {
      rollbackExecution
    }
  }
`);

const REQUEST = graphql(`
  mutation DagsterRequestRollback($loadId: ID!) {
    rollbackProject(input: { loadId: $loadId, reason: "bad deploy" }) {
      rollback {
        id
        status
      }
      load {
        id
      }
    }
  }
`);

const STATE = graphql(`
  query DagsterRollbackState($id: ID!) {
    node(id: $id) {
      ... on Rollback {
        status
        error
        claimedBy
        snapshotMatchesTarget
        snapshotDifferences
        toLoad {
          sequence
        }
        resultingLoad {
          sequence
          trigger
          status
          image
          assetsAdded
          assetsRemoved
          assetsChanged
        }
      }
    }
  }
`);

type RollbackState = Extract<NonNullable<DagsterRollbackStateQuery["node"]>, { status: unknown }>;

describe.runIf(setup.available)("rollbacks carried out by the agent against a real dagster-webserver", () => {
  let server: LiveServer;
  let stack: DagsterStack;
  let historyUrl: string;
  let token: string;
  let control: Server;
  let controlUrl = "";
  const deploys: Record<string, string | null>[] = [];
  const agents: TestAgent[] = [];

  async function waitForEnd(id: string, timeoutMs = STEP_TIMEOUT): Promise<RollbackState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await server.request(STATE, { id });
      const node = response.data?.node;
      if (node && "status" in node && (node.status === "SUCCEEDED" || node.status === "FAILED"))
        return node as RollbackState;
      if (Date.now() > deadline)
        throw new Error(`rollback ${id} did not end: ${JSON.stringify(node)}\n${stack.diagnostics()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  async function request(loadId: string): Promise<string> {
    const response = await server.request(REQUEST, { loadId });
    expect(response.errors).toBeUndefined();
    expect(response.data?.rollbackProject.rollback.status).toBe("REQUESTED");
    expect(response.data?.rollbackProject.load).toBeNull();
    return response.data?.rollbackProject.rollback.id as string;
  }

  async function agentWith(command: string, timeoutMs = STEP_TIMEOUT): Promise<TestAgent> {
    const agent = await startAgent({
      dagsterUrl: stack.url,
      historyUrl,
      token,
      rollbacks: { command, timeoutMs, leaseSeconds: 10 },
    });
    agents.push(agent);
    return agent;
  }

  beforeAll(async () => {
    server = await startLiveServer();
    historyUrl = `http://127.0.0.1:${server.running.port}/graphql`;
    token = await server.token("dagster-agent", "EDITOR", "prod");
    expect((await server.request(SET_EXECUTION)).data?.setRollbackExecution.rollbackExecution).toBe(
      "EXECUTOR",
    );
    const { DagsterStack } = await import("./harness");
    stack = await DagsterStack.start({
      version: "v1",
      image: IMAGE_1,
      location: PROJECT,
      commitHash: COMMIT,
    });
    // The test's "deploy tool": rolls the code server over to the definitions of the image asked for.
    control = createServer((incoming, response) => {
      let body = "";
      incoming.on("data", (chunk) => {
        body += chunk;
      });
      incoming.on("end", () => {
        const env = JSON.parse(body) as Record<string, string | null>;
        deploys.push(env);
        const version: DefsVersion | null =
          env.IMAGE === IMAGE_1 ? "v1" : env.IMAGE === IMAGE_2 ? "v2" : null;
        if (!version) {
          response.writeHead(400).end(`no such image: ${env.IMAGE}`);
          return;
        }
        stack.redeploy({ version, image: env.IMAGE as string }).then(
          () => response.writeHead(200).end(`deployed ${env.IMAGE}`),
          (error: unknown) => response.writeHead(500).end(String(error)),
        );
      });
    });
    await new Promise<void>((resolve) => control.listen(0, "127.0.0.1", resolve));
    const address = control.address();
    if (typeof address !== "object" || address === null) throw new Error("no control address");
    controlUrl = `http://127.0.0.1:${address.port}/deploy`;
  }, STEP_TIMEOUT);

  afterAll(async () => {
    for (const agent of agents) await agent.stop();
    await new Promise((resolve) => control?.close(resolve));
    await stack?.stop();
    await server?.close();
  }, 60_000);

  it(
    "runs the deploy command, Dagster serves the old image, and the rollback is SUCCEEDED with a matching snapshot",
    async () => {
      const agent = await agentWith(`node ${DEPLOY_SCRIPT} ${controlUrl}`);
      const [first] = await waitForLoads(server, PROJECT, 1);
      await stack.redeploy({ version: "v2", image: IMAGE_2 });
      const loads = await waitForLoads(server, PROJECT, 2);
      expect(loads.map((load) => load.image)).toEqual([IMAGE_1, IMAGE_2]);

      const id = await request(first?.id as string);
      const end = await waitForEnd(id);
      expect(end).toMatchObject({
        status: "SUCCEEDED",
        error: null,
        snapshotMatchesTarget: true,
        snapshotDifferences: [],
        claimedBy: expect.stringMatching(/^dagster-agent \(/),
        toLoad: { sequence: 1 },
        resultingLoad: { sequence: 3, trigger: "ROLLBACK", status: "SUCCESS", image: IMAGE_1 },
      });
      // What v2 added is gone again, what it removed is back.
      expect(end.resultingLoad?.assetsAdded).toEqual(loads[1]?.assetsRemoved);
      expect(end.resultingLoad?.assetsRemoved).toEqual(loads[1]?.assetsAdded);
      // The command got the target in its environment.
      expect(deploys).toEqual([
        {
          PROJECT,
          DEPLOYMENT: "prod",
          IMAGE: IMAGE_1,
          COMMIT_HASH: COMMIT,
          REPOSITORY_URL: "",
          TARGET_SEQUENCE: "1",
          ROLLBACK_ID: id,
          TARGET_LOAD_ID: first?.id,
        },
      ]);
      // Dagster serves the old version, and the history has it once: no DEPLOY load of it besides.
      await agent.agent.polls(3);
      expect((await loadsOf(server, PROJECT)).map((load) => load.image)).toEqual([IMAGE_1, IMAGE_2, IMAGE_1]);
      await agent.stop();
    },
    STEP_TIMEOUT * 2,
  );

  it(
    "ends FAILED with the tail of the command's stderr, and writes the ROLLBACK_FAILED alert",
    async () => {
      const policy = await server.request(
        `mutation { createAlertPolicy(input: { name: "rollbacks", deployment: "prod", events: [ROLLBACK_FAILED], webhookUrl: "https://hooks.example.com/r", format: JSON }) { policy { id } } }`,
      );
      expect(policy.errors).toBeUndefined();
      const agent = await agentWith(
        `echo "Release \\"shop\\" does not exist" >&2; echo "Error: UPGRADE FAILED: release: not found" >&2; exit 3`,
      );
      const loads = await loadsOf(server, PROJECT);
      const id = await request(loads[1]?.id as string);
      const end = await waitForEnd(id);
      expect(end.status).toBe("FAILED");
      expect(end.error).toBe(
        'The deploy command exited with 3: Release "shop" does not exist\nError: UPGRADE FAILED: release: not found',
      );
      expect(end.resultingLoad).toBeNull();
      const alerts = await server.db.prisma.alertDelivery.findMany({ where: { event: "ROLLBACK_FAILED" } });
      expect(alerts).toHaveLength(1);
      await agent.stop();
    },
    STEP_TIMEOUT,
  );

  it(
    "ends FAILED when Dagster serves no load with the target's image in time",
    async () => {
      // A command that "succeeds" without deploying anything.
      const agent = await agentWith("true", 4_000);
      const loads = await loadsOf(server, PROJECT);
      const id = await request(loads[1]?.id as string);
      const end = await waitForEnd(id);
      expect(end.status).toBe("FAILED");
      expect(end.error).toBe(`No load of "shop" with image ${IMAGE_2} was reported by Dagster within 4 s`);
      expect(await server.db.prisma.alertDelivery.count({ where: { event: "ROLLBACK_FAILED" } })).toBe(2);
      // Nothing was recorded meanwhile.
      expect(await loadsOf(server, PROJECT)).toHaveLength(3);
      await agent.stop();
    },
    STEP_TIMEOUT,
  );
});
