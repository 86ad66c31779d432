import type { Command } from "commander";
import { graphql } from "../../client/generated";
import type { CliWatchSubscription } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { type CommandContext, withContext } from "../context";
import { apiError, CliError, exitCodeOf, fromServer } from "../errors";
import {
  formatChangeCounts,
  formatCommit,
  formatTime,
  type LoadSummary,
  loadNote,
  note,
  print,
} from "../output";
import { deploymentNotFound, projectNotFound } from "../suggest";

export const WATCH = graphql(`
  subscription CliWatch($deployment: String, $project: String, $after: String) {
    projectLoaded(deployment: $deployment, project: $project, after: $after) {
      ...CliLoadSummary
    }
  }
`);

/** Checks the token (and the server) before streaming, and finds where a project's stream starts. */
export const WATCH_START = graphql(`
  query CliWatchStart($deployment: String!, $project: String!, $withProject: Boolean!) {
    viewer {
      name
      roles {
        deployment
      }
    }
    project(deployment: $deployment, name: $project) @include(if: $withProject) {
      latestLoad {
        id
      }
    }
  }
`);

/** The newest loads the caller can read: any of them marks a point in the one feed all loads share. */
export const WATCH_FEED_POINT = graphql(`
  query CliWatchFeedPoint {
    projects(first: 100) {
      edges {
        node {
          latestLoad {
            id
            recordedAt
          }
        }
      }
    }
  }
`);

interface WatchOptions {
  project?: string;
  deployment?: string;
  after?: string;
  waitForNew?: boolean;
  json?: boolean;
}

/** How one subscription ended: try again (after a pause), or stop with an error. */
type Ending = { retry: true; reason: string } | { retry: false; error: CliError };

/** Codes worth resubscribing after: the server's live feed or the server itself had a problem. */
const TRANSIENT_CODES = new Set(["UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);

/**
 * graphql-ws close codes that another attempt cannot fix: a refused token (4403), or a protocol mismatch.
 * Everything else (1001 server shutting down, 1013 slow consumer or live updates interrupted, 1006 lost
 * connection, 4499 our own keep-alive timeout...) is reconnected after.
 */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429]);

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 15_000;
/** A connection that lived this long was healthy: the next reconnect starts from the shortest pause again. */
const HEALTHY_CONNECTION_MS = 10_000;
/** graphql-ws ping interval, and how long a pong may take before the connection counts as dead. */
const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

function closeEventOf(value: unknown): { code: number; reason: string } | null {
  if (typeof value !== "object" || value === null || !("code" in value) || typeof value.code !== "number") {
    return null;
  }
  const reason = "reason" in value && typeof value.reason === "string" ? value.reason : "";
  return { code: value.code, reason };
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown };
}

function endingOfGraphQLErrors(errors: readonly GraphQLErrorLike[]): Ending {
  const first = errors[0];
  const code = typeof first?.extensions?.code === "string" ? first.extensions.code : "INTERNAL_SERVER_ERROR";
  const message = first?.message ?? "The server answered with an error";
  if (TRANSIENT_CODES.has(code)) return { retry: true, reason: `${message} (${code})` };
  return { retry: false, error: fromServer(new CliError(message, code, exitCodeOf(code))) };
}

/** What the graphql-ws sink's error was: GraphQL errors, a close event, or a socket error. */
export function endingOf(error: unknown): Ending {
  if (Array.isArray(error)) return endingOfGraphQLErrors(error as GraphQLErrorLike[]);
  const close = closeEventOf(error);
  if (close) {
    if (close.code === 4403) {
      return {
        retry: false,
        error: apiError(
          "The server refused the connection: the token is unknown or revoked",
          "UNAUTHENTICATED",
        ),
      };
    }
    const description = `closed with ${close.code}${close.reason ? ` "${close.reason}"` : ""}`;
    if (FATAL_CLOSE_CODES.has(close.code)) {
      return { retry: false, error: apiError(`The server ${description}`, `WEBSOCKET_${close.code}`) };
    }
    return { retry: true, reason: description };
  }
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "object" && error !== null && "message" in error && typeof error.message === "string"
        ? error.message
        : String(error);
  return { retry: true, reason: message || "connection failed" };
}

/** One line per load, for a terminal. */
export function formatWatchLine(load: LoadSummary): string {
  return [
    formatTime(load.loadedAt),
    `${load.project.deployment.name}/${load.project.name}`,
    `#${load.sequence}`,
    load.status,
    load.trigger,
    load.image ?? "-",
    formatCommit(load.git),
    formatChangeCounts(load),
    loadNote(load),
    load.git?.commitUrl ?? "",
  ]
    .filter((cell) => cell !== "")
    .join("  ");
}

/** The pause before reconnect attempt `attempt` (0-based): doubling from 0.5 s to 15 s, with jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

async function watch(ctx: CommandContext, options: WatchOptions): Promise<void> {
  // A project lives in one deployment: like every other command, --project means prod unless told.
  const deployment = options.deployment ?? (options.project ? DEFAULT_DEPLOYMENT : undefined);
  const start = await ctx.client.request(WATCH_START, {
    deployment: deployment ?? DEFAULT_DEPLOYMENT,
    project: options.project ?? "",
    withProject: options.project !== undefined,
  });
  if (!start.viewer) {
    throw apiError(
      ctx.token ? "The token is unknown or revoked" : "No token: set PROJECT_HISTORY_TOKEN or pass --token",
      "UNAUTHENTICATED",
    );
  }
  // A misspelled name would otherwise wait for ever without a word.
  const missing =
    options.project !== undefined && !start.project
      ? await projectNotFound(ctx, options.project, deployment ?? DEFAULT_DEPLOYMENT)
      : options.project === undefined &&
          deployment !== undefined &&
          // One the caller may not read is the subscription's FORBIDDEN to tell, not a missing name.
          start.viewer.roles.some((grant) => grant.deployment === null || grant.deployment === deployment)
        ? await deploymentNotFound(ctx, deployment)
        : null;
  if (missing) {
    if (!options.waitForNew) throw missing;
    const what = options.project
      ? `project "${options.project}" in "${deployment ?? DEFAULT_DEPLOYMENT}"`
      : `deployment "${deployment}"`;
    note(`No ${what} yet; waiting for its first load (--wait-for-new)`);
  }
  // Starting after the project's newest load means that a load recorded while the subscription is being set
  // up is sent too (by the server's catch-up), and that a reconnect before any load arrived misses nothing.
  let after: string | null = options.after ?? start.project?.latestLoad?.id ?? null;
  if (after === null && missing) {
    // A project or deployment with no load yet has no load of its own to start after; every load's ID is a
    // position in one shared feed, so the newest readable load anywhere serves, and the first load of the
    // awaited one is not missed while the subscription is set up.
    const point = await ctx.client.request(WATCH_FEED_POINT);
    const newest = point.projects.edges
      .map((edge) => edge.node.latestLoad)
      .filter((load) => load !== null && load !== undefined)
      .sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))[0];
    after = newest?.id ?? null;
  }

  let stopRequested: () => void = () => {};
  const stopped = new Promise<"stopped">((resolve) => {
    stopRequested = () => resolve("stopped");
  });
  const onSignal = () => stopRequested();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const ws = ctx.client.ws;
  let connectedBefore = false;
  let connectedAt = 0;
  let pongTimeout: NodeJS.Timeout | undefined;
  const scope = `${deployment ?? "all deployments"}${options.project ? `/${options.project}` : ""}`;
  const stopListening = [
    ws.on("connected", () => {
      connectedAt = Date.now();
      note(
        connectedBefore
          ? `reconnected${after ? `; resuming after load ${after}` : ""}`
          : `watching loads of ${scope} on ${ctx.url} (Ctrl+C to stop)`,
      );
      connectedBefore = true;
    }),
    // A connection that died without a close (a sleeping laptop, a dropped route) is found by its missing pong.
    ws.on("ping", (received) => {
      if (received) return;
      clearTimeout(pongTimeout);
      pongTimeout = setTimeout(() => ws.terminate(), PONG_TIMEOUT_MS);
    }),
    ws.on("pong", (received) => {
      if (received) clearTimeout(pongTimeout);
    }),
    ws.on("closed", () => clearTimeout(pongTimeout)),
  ];

  // graphql-ws resubscribes on its own after a close with code 1000, with the first `after`: loads already
  // printed would come again. Remembering recent IDs keeps each load to one line.
  const printed = new Set<string>();
  const receive = (load: LoadSummary) => {
    if (printed.has(load.id)) return;
    printed.add(load.id);
    if (printed.size > 10_000) printed.delete(printed.values().next().value as string);
    after = load.id;
    print(options.json ? JSON.stringify(load) : formatWatchLine(load));
  };

  let unsubscribe = (): void => {};
  const subscribeOnce = () =>
    new Promise<Ending>((resolve) => {
      let ending: Ending | null = null;
      const variables = {
        ...(deployment !== undefined ? { deployment } : {}),
        ...(options.project !== undefined ? { project: options.project } : {}),
        after,
      };
      unsubscribe = ws.subscribe<CliWatchSubscription>(
        { query: WATCH.toString(), variables },
        {
          next: (result) => {
            if (result.errors?.length) ending = endingOfGraphQLErrors(result.errors);
            else if (result.data) receive(result.data.projectLoaded);
          },
          error: (error) => resolve(endingOf(error)),
          complete: () => resolve(ending ?? { retry: true, reason: "the server ended the subscription" }),
        },
      );
    });

  try {
    let attempt = 0;
    for (;;) {
      const ending = await Promise.race([subscribeOnce(), stopped]);
      if (ending === "stopped") return;
      if (!ending.retry) throw ending.error;
      if (connectedAt > 0 && Date.now() - connectedAt >= HEALTHY_CONNECTION_MS) attempt = 0;
      connectedAt = 0;
      const delay = reconnectDelay(attempt++);
      note(`connection lost (${ending.reason}); reconnecting in ${(delay / 1000).toFixed(1)}s`);
      let timer: NodeJS.Timeout | undefined;
      const slept = await Promise.race([
        new Promise<"slept">((resolve) => {
          timer = setTimeout(() => resolve("slept"), delay);
        }),
        stopped,
      ]);
      clearTimeout(timer);
      if (slept === "stopped") return;
    }
  } finally {
    unsubscribe();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    clearTimeout(pongTimeout);
    for (const stop of stopListening) stop();
  }
}

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .summary("stream loads as they are recorded")
    .description(
      `Streams loads as they are recorded (deploys, failures and rollbacks), one line each, until Ctrl+C (exit 0).

Reconnects by itself with a growing pause (0.5 s up to 15 s) when the connection drops, the server shuts down (close code 1001) or asks clients to come back (1013), and resumes after the last load it printed, so no load is printed twice. With --project (or --after) the stream has a fixed starting point, so nothing recorded while it connects or reconnects is missed. Exits 1 when the token is refused (UNAUTHENTICATED) or lacks the VIEWER role (FORBIDDEN). "watching loads of ..." on stderr tells it is connected.`,
    )
    .option("--project <name>", "only this project's loads")
    .option(
      "--deployment <name>",
      "only this deployment's loads (default: prod with --project, else all you can read)",
    )
    .option("--after <load id>", "first send the loads recorded after this one")
    .option(
      "--wait-for-new",
      "watch a project or deployment that has no load yet (without it, an unknown name is NOT_FOUND, with near names)",
    )
    .option(
      "--json",
      "one JSON object per line: the ProjectLoad { id, sequence, loadedAt, status, trigger, image, error, git, metadata, project, assetsAdded, assetsRemoved, assetsChanged, rollback }",
    )
    .action(async (options: WatchOptions, command: Command) => {
      await withContext(command, (ctx) => watch(ctx, options), { keepAlive: KEEP_ALIVE_MS });
    });
}
