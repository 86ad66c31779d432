import type { Command } from "commander";
import { graphql } from "../../client/generated";
import type { CliRollbackPreviewQuery, CliSuccessfulLoadsQuery } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { ciIdempotencyKey, detectCiRun } from "../ci-env";
import { canPrompt, confirm } from "../confirm";
import { type CommandContext, MAX_PAGE_SIZE, withContext } from "../context";
import { apiError, CliError, EXIT, usageError } from "../errors";
import { followRollback, timeoutMs } from "../follow-rollback";
import {
  assetChangeBlocks,
  assetChangeTable,
  describeLoad,
  formatCommit,
  formatTime,
  type LoadSummary,
  labelled,
  note,
  print,
  printJson,
} from "../output";
import { projectNotFound } from "../suggest";
import { projectArgument } from "./history";

export const ROLLBACK_TARGET_BY_ID = graphql(`
  query CliRollbackTargetById($id: ID!) {
    node(id: $id) {
      ... on ProjectLoad {
        id
        sequence
        project {
          name
          deployment {
            name
          }
        }
      }
    }
  }
`);

/** The current load and a load by sequence (latest successful one before the current, by default). */
export const ROLLBACK_LOADS = graphql(`
  query CliRollbackLoads($deployment: String!, $project: String!, $sequence: Int!, $bySequence: Boolean!) {
    project(deployment: $deployment, name: $project) {
      currentLoad {
        ...CliLoadSummary
      }
      load(sequence: $sequence) @include(if: $bySequence) {
        ...CliLoadSummary
      }
    }
  }
`);

/** Successful loads, newest first, to find the one before the current load. */
export const SUCCESSFUL_LOADS = graphql(`
  query CliSuccessfulLoads($deployment: String!, $project: String!, $first: Int!, $after: String) {
    project(deployment: $deployment, name: $project) {
      history(collapseSimilar: false, status: SUCCESS, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            load {
              ...CliLoadSummary
            }
          }
        }
      }
    }
  }
`);

/** The server's own preview: the target checked as the rollback checks it, the role too, and the exact diff. */
export const ROLLBACK_PREVIEW = graphql(`
  query CliRollbackPreview($deployment: String!, $project: String!, $loadId: ID!) {
    project(deployment: $deployment, name: $project) {
      rollbackPreview(loadId: $loadId) {
        from {
          ...CliLoadSummary
        }
        to {
          ...CliLoadSummary
        }
        assetsAdded
        assetsRemoved
        assetsChanged
        assetChanges(first: 100) {
          totalCount
          edges {
            node {
              ...CliAssetDiffDetail
            }
          }
        }
      }
    }
  }
`);

export const ROLLBACK = graphql(`
  mutation CliRollback($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      rollback {
        id
        status
        reason
        requestedBy
        createdAt
        fromLoad {
          id
          sequence
        }
        toLoad {
          id
          sequence
        }
      }
      load {
        ...CliWrittenLoad
      }
    }
  }
`);

interface RollbackOptions {
  project?: string;
  deployment: string;
  to?: string;
  reason?: string;
  yes?: boolean;
  dryRun?: boolean;
  idempotencyKey?: string | false;
  ci: boolean;
  json?: boolean;
  /** false with --no-wait: return once an executor's rollback is requested. */
  wait: boolean;
  /** --timeout: seconds to follow it before giving up (the rollback itself goes on). */
  timeout?: string;
}

type Preview = NonNullable<NonNullable<CliRollbackPreviewQuery["project"]>["rollbackPreview"]>;

/** `4` or `#4` is a sequence; anything else is a load ID. */
export function parseTarget(to: string): { sequence: number } | { id: string } {
  const sequence = /^#?(\d+)$/.exec(to.trim());
  if (sequence) return { sequence: Number(sequence[1]) };
  return { id: to.trim() };
}

/** The load to roll back to: the one named (sequence or ID), or the successful load before the current one. */
async function findTarget(
  ctx: CommandContext,
  project: string,
  deployment: string,
  to: string | undefined,
): Promise<LoadSummary> {
  const target = to === undefined ? null : parseTarget(to);
  if (target && "sequence" in target && target.sequence < 1) throw usageError("sequences start at 1");
  const sequence = target && "sequence" in target ? target.sequence : 0;
  const answer = await ctx.client.request(ROLLBACK_LOADS, {
    deployment,
    project,
    sequence,
    bySequence: sequence > 0,
  });
  if (!answer.project) throw await projectNotFound(ctx, project, deployment);
  const current = answer.project.currentLoad;
  if (!current)
    throw apiError(
      `Project "${project}" in "${deployment}" has no successful load to roll back from`,
      "BAD_USER_INPUT",
    );
  if (target && "sequence" in target) {
    if (!answer.project.load)
      throw apiError(`Project "${project}" in "${deployment}" has no load #${target.sequence}`, "NOT_FOUND");
    return answer.project.load;
  }
  if (target) {
    const { node } = await ctx.client.request(ROLLBACK_TARGET_BY_ID, { id: target.id });
    if (!node || !("sequence" in node)) throw apiError(`No load has the ID "${target.id}"`, "NOT_FOUND");
    if (node.project.name !== project || node.project.deployment.name !== deployment) {
      throw apiError(
        `Load ${target.id} is load #${node.sequence} of project "${node.project.name}" in "${node.project.deployment.name}", not of "${project}" in "${deployment}"`,
        "BAD_USER_INPUT",
      );
    }
    return findTarget(ctx, project, deployment, String(node.sequence));
  }
  // As helm and argocd: the previous successful revision, the newest successful load older than the current.
  let after: string | null = null;
  do {
    const page: CliSuccessfulLoadsQuery = await ctx.client.request(SUCCESSFUL_LOADS, {
      deployment,
      project,
      first: MAX_PAGE_SIZE,
      after,
    });
    const history = page.project?.history;
    const found = history?.edges.find(({ node }) => node.load.sequence < current.sequence);
    if (found) return found.node.load;
    after = history?.pageInfo.hasNextPage ? (history.pageInfo.endCursor ?? null) : null;
  } while (after !== null);
  throw apiError(
    `Project "${project}" in "${deployment}" has no successful load before the current one (#${current.sequence})`,
    "BAD_USER_INPUT",
  );
}

function keyList(keys: readonly string[], max = 20): string {
  const shown = keys.slice(0, max).join(", ");
  return keys.length > max ? `${shown}, … and ${keys.length - max} more` : shown;
}

/** The plan as the server computed it: image and commit, then every asset that differs, old → new. */
export function describePreview(
  preview: Preview,
  project: string,
  deployment: string,
  reason?: string,
): string {
  const { from, to } = preview;
  const entries: [string, string][] = [
    ["image", `${from.image ?? "-"}  →  ${to.image ?? "-"}${from.image === to.image ? "  (same)" : ""}`],
    [
      "commit",
      `${formatCommit(from.git)}  →  ${formatCommit(to.git)}${to.git?.commitUrl ? `  ${to.git.commitUrl}` : ""}`,
    ],
    [
      "assets",
      preview.assetsAdded.length + preview.assetsRemoved.length + preview.assetsChanged.length === 0
        ? "the same snapshot"
        : `${preview.assetsAdded.length} restored, ${preview.assetsRemoved.length} removed, ${preview.assetsChanged.length} changed`,
    ],
  ];
  if (preview.assetsAdded.length > 0) entries.push(["  restore", keyList(preview.assetsAdded)]);
  if (preview.assetsRemoved.length > 0) entries.push(["  remove", keyList(preview.assetsRemoved)]);
  if (preview.assetsChanged.length > 0) entries.push(["  change", keyList(preview.assetsChanged)]);
  if (reason) entries.push(["reason", reason]);
  const lines = [
    `Roll back ${project} in ${deployment} from load #${from.sequence} to load #${to.sequence} (loaded ${formatTime(to.loadedAt)}):`,
    labelled(entries),
  ];
  const changes = preview.assetChanges.edges.map((edge) => edge.node);
  if (changes.length > 0) {
    lines.push("", "Asset changes the rollback records:", assetChangeBlocks(changes));
    const more = preview.assetChanges.totalCount - changes.length;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  return lines.join("\n");
}

export function registerRollback(program: Command): void {
  program
    .command("rollback")
    .summary("put a project back on an earlier successful load")
    .description(
      `Puts a project back on an earlier successful load, like helm rollback: the server records a rollback and a new load with the target's image, git metadata and asset snapshot. The target is a sequence number (4 or #4) or a load ID; without one, the successful load before the current one.

Shows the server's preview (rollbackPreview: the exact difference between the current load's snapshot and the target's, which the rollback then records) and asks for confirmation on a terminal; without a terminal, --yes is required. --dry-run prints the preview and changes nothing. A token without EDITOR in the deployment gets FORBIDDEN before any preview.

In CI the idempotency key defaults to one derived from the job run (see record-load --help) and the target: a retried step returns the first rollback instead of rolling back twice.`,
    )
    .argument("[project]", "the project (or --project)")
    .argument(
      "[target]",
      "sequence number or load ID (or --to); default: the successful load before the current one",
    )
    .option("--project <name>", "the project")
    .option("--to <sequence|id>", "the target load: its sequence number (e.g. 4) or its ID")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option("--reason <text>", "why (shown in the history and sent with alerts)")
    .option("--dry-run", "print the preview and exit 0 without rolling back")
    .option("--yes", "do not ask for confirmation")
    .option("--idempotency-key <key>", "retrying with the same key rolls back only once")
    .option("--no-idempotency-key", "do not derive an idempotency key from the CI run")
    .option("--no-ci", "ignore the CI environment (idempotency key)")
    .option("--no-wait", "when an executor carries the rollback out, return once it is requested")
    .option(
      "--timeout <seconds>",
      "stop following an executor's rollback after this long (default: no limit)",
    )
    .option(
      "--json",
      "print the RollbackProjectPayload as JSON: { rollback: { id, reason, requestedBy, createdAt, fromLoad: { id, sequence }, toLoad: { id, sequence } }, load: { ...the new load as in record-load --json } } (the plan goes to stderr); with --dry-run, the LoadComparison of rollbackPreview: { from, to, assetsAdded, assetsRemoved, assetsChanged, assetChanges }",
    )
    .action(
      async (
        positionalProject: string | undefined,
        positionalTarget: string | undefined,
        options: RollbackOptions,
        command: Command,
      ) => {
        const project = projectArgument(positionalProject, options.project);
        if (positionalTarget !== undefined && options.to !== undefined && positionalTarget !== options.to) {
          throw usageError(`two targets given: "${positionalTarget}" and --to "${options.to}"`);
        }
        await withContext(command, async (ctx) => {
          const target = await findTarget(ctx, project, options.deployment, positionalTarget ?? options.to);
          // The server checks the role and the target before it shows any plan.
          const answer = await ctx.client.request(ROLLBACK_PREVIEW, {
            deployment: options.deployment,
            project,
            loadId: target.id,
          });
          const preview = answer.project?.rollbackPreview;
          if (!preview) throw apiError(`Load #${target.sequence} is not a load of "${project}"`, "NOT_FOUND");
          const plan = describePreview(preview, project, options.deployment, options.reason);
          if (options.dryRun) {
            if (options.json) return printJson(preview);
            print(plan);
            print("");
            print("Dry run: nothing was changed.");
            return;
          }
          note(plan);
          if (!options.yes) {
            if (!canPrompt()) {
              throw usageError("not rolling back without confirmation: no terminal to ask on; pass --yes");
            }
            if (!(await confirm("Roll back?")))
              throw new CliError("rollback cancelled", "CANCELLED", EXIT.cancelled);
          }
          const ci = options.ci ? detectCiRun(process.env) : null;
          const idempotencyKey =
            options.idempotencyKey === false
              ? undefined
              : (options.idempotencyKey ?? ciIdempotencyKey(ci, `rollback:${target.id}`));
          const { rollbackProject } = await ctx.client.request(ROLLBACK, {
            input: {
              loadId: target.id,
              project,
              deployment: options.deployment,
              ...(options.reason !== undefined ? { reason: options.reason } : {}),
              ...(idempotencyKey ? { idempotencyKey } : {}),
            },
          });
          const { load } = rollbackProject;
          if (load === null) {
            // The deployment's executor carries it out: follow it to its end unless told not to.
            if (!options.wait) {
              if (options.json) return printJson(rollbackProject);
              print(`Rollback ${rollbackProject.rollback.id} ${rollbackProject.rollback.status}`);
              return;
            }
            const end = await followRollback(ctx, rollbackProject.rollback.id, {
              json: options.json === true,
              timeoutMs: options.timeout === undefined ? null : timeoutMs(options.timeout),
            });
            if (options.json) printJson({ rollback: end });
            if (end.status === "FAILED")
              throw new CliError(
                `Rollback failed: ${end.error ?? "no reason given"}`,
                "ROLLBACK_FAILED",
                EXIT.rollbackFailed,
              );
            return;
          }
          if (options.json) return printJson(rollbackProject);
          print(describeLoad(load, "Rolled back: new load"));
          const changes = load.assetChanges.edges.map((edge) => edge.node);
          if (changes.length > 0) {
            print();
            print(assetChangeTable(changes));
            const more = load.assetChanges.totalCount - changes.length;
            if (more > 0) print(`… and ${more} more`);
          }
        });
      },
    );
}
