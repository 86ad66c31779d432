import { type Command, InvalidArgumentError, Option } from "commander";
import { AgentFatalError, DagsterAgent, DEFAULT_POLL_INTERVAL_MS } from "../../agent/agent";
import { DagsterClient } from "../../agent/dagster-client";
import { DEFAULT_ROLLBACK_TIMEOUT_MS } from "../../agent/executor";
import { createLogger, type LogFormat } from "../../observability/logger";
import { withContext } from "../context";
import { CliError, EXIT, usageError } from "../errors";

interface AgentCommandOptions {
  dagsterUrl?: string;
  dagsterHeader: Record<string, string>;
  deployment: string;
  pollInterval: number;
  location: string[];
  ignoreDisplayMetadata: string[];
  ignoreMetadata: string[];
  healthPort?: number;
  healthHost: string;
  deployCommand?: string;
  rollbackTimeout: number;
}

/** `Name: value` (repeatable; from the environment, one per line) into a header map. */
export function parseHeader(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const headers = { ...previous };
  for (const line of value.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new InvalidArgumentError(`expected "Name: value", got "${line.slice(0, 40)}"`);
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Repeatable list flags; from the environment, comma-separated. */
function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds >= 0.1) || seconds > 3600) {
    throw new InvalidArgumentError("expected a number of seconds from 0.1 to 3600");
  }
  return Math.round(seconds * 1000);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError("expected a port number");
  return port;
}

function logFormat(env: NodeJS.ProcessEnv): LogFormat | undefined {
  const format = env.LOG_FORMAT;
  if (format === undefined || format === "") return undefined;
  if (format !== "json" && format !== "pretty") throw usageError("LOG_FORMAT must be json or pretty");
  return format;
}

export function registerAgent(program: Command): void {
  program
    .command("agent")
    .summary("record every load of a Dagster webserver's code locations (runs until stopped)")
    .description(
      `Watches a Dagster webserver and records each load of its code locations in the history, once: a new code server (a deploy, a restart, a rollback by the deploy tool) becomes a load with its assets, image and commit; a location that fails to load becomes a FAILURE load with Dagster's traceback, once per distinct error; a location that leaves the workspace becomes a FAILURE load that says so.

Each code location is a project of --deployment, named like the location. The image is the code server's DAGSTER_CURRENT_IMAGE; the commit and repository are the location's "commit_hash" and "url" display metadata (in open-source Dagster: additional_metadata of the location's grpc_server entry in workspace.yaml); the Dagster library versions and the other display metadata are recorded as load metadata.

The token needs EDITOR in the deployment (project-history token create --name dagster-agent --role EDITOR --deployment prod); give each agent its own. The agent keeps no state: it can be restarted at any time, and two agents at once record each load once. When Dagster or the history server is away it retries with backoff (logged once per outage), keeps what it saw, and records it when the server is back. Logs are JSON lines on stdout (pretty on a terminal; LOG_LEVEL and LOG_FORMAT as for the server). Stops on SIGINT or SIGTERM (exit 0); exits 1 when the webserver's Dagster version lacks a field the agent reads, or the token cannot record.`,
    )
    .addOption(
      new Option("--dagster-url <url>", "the Dagster webserver, e.g. http://dagster-webserver:80").env(
        "DAGSTER_WEBSERVER_URL",
      ),
    )
    .addOption(
      new Option(
        "--dagster-header <header>",
        'an HTTP header for the webserver (an auth proxy in front of it), "Name: value"; repeatable (env: one per line)',
      )
        .env("DAGSTER_WEBSERVER_HEADERS")
        .argParser(parseHeader)
        .default({}, "none"),
    )
    .addOption(
      new Option("--deployment <name>", "the history deployment the loads go to")
        .env("PROJECT_HISTORY_DEPLOYMENT")
        .default("prod"),
    )
    .addOption(
      new Option("--poll-interval <seconds>", "how often to ask Dagster (as its UI does)")
        .env("PROJECT_HISTORY_AGENT_POLL_INTERVAL")
        .argParser(parseSeconds)
        .default(DEFAULT_POLL_INTERVAL_MS, "5"),
    )
    .addOption(
      new Option("--location <name>", "watch only this code location; repeatable (env: comma-separated)")
        .env("PROJECT_HISTORY_AGENT_LOCATIONS")
        .argParser(collectList)
        .default([], "all"),
    )
    .addOption(
      new Option(
        "--ignore-display-metadata <key>",
        'a display-metadata key not to record ("*" matches anything); repeatable (env: comma-separated)',
      )
        .env("PROJECT_HISTORY_AGENT_IGNORE_DISPLAY_METADATA")
        .argParser(collectList)
        .default([], "none"),
    )
    .addOption(
      new Option(
        "--ignore-metadata <key>",
        'an asset metadata key not to record ("*" matches anything); repeatable (env: comma-separated)',
      )
        .env("PROJECT_HISTORY_AGENT_IGNORE_METADATA")
        .argParser(collectList)
        .default([], "none"),
    )
    .addOption(
      new Option(
        "--health-port <port>",
        "serve GET /health (200 when Dagster and the history server answer, else 503, with the details)",
      )
        .env("PROJECT_HISTORY_AGENT_HEALTH_PORT")
        .argParser(parsePort),
    )
    .addOption(
      new Option("--health-host <host>", "the interface of --health-port")
        .env("PROJECT_HISTORY_AGENT_HEALTH_HOST")
        .default("127.0.0.1"),
    )
    .addOption(
      new Option(
        "--deploy-command <command>",
        "carry out the deployment's rollbacks (setRollbackExecution EXECUTOR): run this with /bin/sh -c, the target in PROJECT, DEPLOYMENT, IMAGE, COMMIT_HASH, REPOSITORY_URL, TARGET_SEQUENCE, ROLLBACK_ID and TARGET_LOAD_ID, then record the load Dagster serves with the target's image",
      ).env("PROJECT_HISTORY_AGENT_DEPLOY_COMMAND"),
    )
    .addOption(
      new Option(
        "--rollback-timeout <seconds>",
        "a rollback FAILS when Dagster serves no load with the target's image this long after its claim",
      )
        .env("PROJECT_HISTORY_AGENT_ROLLBACK_TIMEOUT")
        .argParser(parseSeconds)
        .default(DEFAULT_ROLLBACK_TIMEOUT_MS, "600"),
    )
    .action(async (options: AgentCommandOptions, command: Command) => {
      if (!options.dagsterUrl) throw usageError("--dagster-url (or DAGSTER_WEBSERVER_URL) is required");
      if (!/^https?:\/\//.test(options.dagsterUrl)) throw usageError("--dagster-url must be an http(s) URL");
      await withContext(command, async (ctx) => {
        const logger = createLogger({
          level: process.env.LOG_LEVEL || "info",
          format: logFormat(process.env),
          secrets: [ctx.token ?? "", ...Object.values(options.dagsterHeader)],
        });
        const agent = new DagsterAgent({
          dagster: new DagsterClient({ url: options.dagsterUrl as string, headers: options.dagsterHeader }),
          history: ctx.client,
          deployment: options.deployment,
          pollIntervalMs: options.pollInterval,
          locations: options.location,
          snapshot: {
            ignoreDisplayMetadata: options.ignoreDisplayMetadata,
            ignoreMetadata: options.ignoreMetadata,
          },
          logger,
          healthPort: options.healthPort,
          healthHost: options.healthHost,
          ...(options.deployCommand
            ? { rollbacks: { command: options.deployCommand, timeoutMs: options.rollbackTimeout } }
            : {}),
        });
        const stop = () => void agent.stop();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        try {
          await agent.start();
          const address = agent.healthAddress();
          if (address)
            logger.info({ health: `http://${address.host}:${address.port}/health` }, "health endpoint");
          await agent.done();
        } catch (error) {
          if (error instanceof AgentFatalError)
            throw new CliError(error.message, "AGENT_STOPPED", EXIT.apiError);
          throw error;
        } finally {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          await agent.stop();
        }
      });
    });
}
