// What the agent's tests share: an agent in-process with its log lines kept, and the history as a user reads
// it over the history server's GraphQL API.
import { DagsterAgent } from "../../src/agent/agent";
import { DagsterClient } from "../../src/agent/dagster-client";
import { createGraphQLClient } from "../../src/client";
import { createLogger } from "../../src/observability/logger";
import { graphql } from "../generated";
import type { DagsterAgentHistoryQuery } from "../generated/graphql";
import type { LiveServer } from "../live/live-helpers";

export const AGENT_HISTORY = graphql(`
  query DagsterAgentHistory($project: String!) {
    project(deployment: "prod", name: $project) {
      loadCount
      history(first: 50, collapseSimilar: false) {
        edges {
          node {
            load {
              id
              sequence
              status
              loadedAt
              image
              recordedBy
              error {
                message
                stack
              }
              git {
                commitHash
                repositoryUrl
              }
              metadata {
                key
                value
              }
              assetsAdded
              assetsRemoved
              assetsChanged
              assetChanges(first: 100) {
                edges {
                  node {
                    assetKey
                    changeTypes
                    codeVersion {
                      old
                      new
                    }
                    partitionsDefinition {
                      old
                      new
                    }
                    dependencies {
                      added
                      removed
                      changed
                    }
                    tags {
                      added {
                        key
                        old
                        new
                      }
                      removed {
                        key
                        old
                        new
                      }
                      changed {
                        key
                        old
                        new
                      }
                    }
                    metadata {
                      added {
                        key
                        old
                        new
                      }
                      removed {
                        key
                        old
                        new
                      }
                      changed {
                        key
                        old
                        new
                      }
                    }
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

export type HistoryLoad = NonNullable<
  DagsterAgentHistoryQuery["project"]
>["history"]["edges"][number]["node"]["load"];

/** The project's loads, oldest first, as the API serves them. */
export async function loadsOf(server: LiveServer, project: string): Promise<HistoryLoad[]> {
  const response = await server.request(AGENT_HISTORY, { project });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const edges = response.data?.project?.history.edges ?? [];
  return edges.map((edge) => edge.node.load).reverse();
}

/** Waits until the project has `count` loads (and returns them); fails with what it has after `timeoutMs`. */
export async function waitForLoads(
  server: LiveServer,
  project: string,
  count: number,
  timeoutMs = 120_000,
): Promise<HistoryLoad[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const loads = await loadsOf(server, project);
    if (loads.length >= count) return loads;
    if (Date.now() > deadline) {
      throw new Error(
        `${project} has ${loads.length} of ${count} loads: ${JSON.stringify(loads.map((load) => [load.sequence, load.status, load.image, load.error?.message]))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface TestAgent {
  agent: DagsterAgent;
  /** Parsed log lines, in order. */
  logs: { level: number; msg: string; [field: string]: unknown }[];
  stop(): Promise<void>;
}

export interface TestAgentOptions {
  dagsterUrl: string;
  historyUrl: string;
  token: string;
  pollIntervalMs?: number;
  healthPort?: number;
  locations?: string[];
  /** Carry out rollbacks with this deploy command (the agent's --deploy-command). */
  rollbacks?: { command: string; timeoutMs?: number; leaseSeconds?: number };
}

/** An agent in this process, polling every `pollIntervalMs` (default 1 s), started (checks passed). */
export async function startAgent(options: TestAgentOptions): Promise<TestAgent> {
  const logs: TestAgent["logs"] = [];
  const logger = createLogger({
    level: "debug",
    format: "json",
    destination: { write: (line: string) => void logs.push(JSON.parse(line)) },
  });
  const history = createGraphQLClient({ url: options.historyUrl, token: options.token });
  const agent = new DagsterAgent({
    dagster: new DagsterClient({ url: options.dagsterUrl }),
    history,
    deployment: "prod",
    pollIntervalMs: options.pollIntervalMs ?? 1_000,
    maxBackoffMs: 3_000,
    logger,
    healthPort: options.healthPort,
    locations: options.locations,
    ...(options.rollbacks ? { rollbacks: options.rollbacks } : {}),
  });
  await agent.start();
  return {
    agent,
    logs,
    async stop() {
      await agent.stop();
      await history.close();
    },
  };
}

/** Log lines whose message contains `text`. */
export function logged(agent: TestAgent, text: string): TestAgent["logs"] {
  return agent.logs.filter((line) => line.msg.includes(text));
}

/** The change of one asset in a load, by key. */
export function changeOf(load: HistoryLoad, assetKey: string) {
  return load.assetChanges.edges.map((edge) => edge.node).find((change) => change.assetKey === assetKey);
}
