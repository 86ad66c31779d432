import type { Command } from "commander";
import { graphql } from "../../client/generated";
import type { CliRollbackPlanQuery } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { ciIdempotencyKey, detectCiRun } from "../ci-env";
import { canPrompt, confirm } from "../confirm";
import { type CommandContext, MAX_PAGE_SIZE, withContext } from "../context";
import { apiError, CliError, EXIT, usageError } from "../errors";
import { followRollback, timeoutMs } from "../follow-rollback";
import {
  assetChangeTable,
  describeLoad,
  formatCommit,
  formatTime,
  type LoadSummary,
  note,
  print,
  printJson,
} from "../output";
import { projectNotFound } from "./history";

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

/** The current load and the loads from the newest back to the target, page by page (one load per entry). */
export const ROLLBACK_PLAN = graphql(`
  query CliRollbackPlan($deployment: String!, $project: String!, $first: Int!, $after: String) {
    project(deployment: $deployment, name: $project) {
      currentLoad {
        ...CliLoadSummary
      }
      history(collapseSimilar: false, first: $first, after: $after) {
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
  project: string;
  deployment: string;
  to: string;
  reason?: string;
  yes?: boolean;
  idempotencyKey?: string | false;
  ci: boolean;
  json?: boolean;
  /** false with --no-wait: return once an executor's rollback is requested. */
  wait: boolean;
  /** --timeout: seconds to follow it before giving up (the rollback itself goes on). */
  timeout?: string;
}

/** How the target's asset snapshot differs from the current one, from the changes recorded in between. */
export interface AssetDifference {
  /** Assets the current load does not have: the rollback adds them back. */
  restored: string[];
  /** Assets added since the target: the rollback removes them. */
  removed: string[];
  /** Assets changed since the target (possibly changed back since: only the rollback's diff is exact). */
  changed: string[];
}

/**
 * Composes the recorded changes of the loads after the target (any order; failures change nothing). An
 * asset's first change after the target tells whether it existed then, its last whether it exists now.
 */
export function assetDifference(
  loadsSinceTarget: readonly Pick<
    LoadSummary,
    "sequence" | "assetsAdded" | "assetsRemoved" | "assetsChanged"
  >[],
): AssetDifference {
  type Event = "added" | "removed" | "changed";
  const firstAndLast = new Map<string, { first: Event; last: Event }>();
  const ordered = [...loadsSinceTarget].sort((a, b) => a.sequence - b.sequence);
  for (const load of ordered) {
    const events: [string[], Event][] = [
      [load.assetsAdded, "added"],
      [load.assetsRemoved, "removed"],
      [load.assetsChanged, "changed"],
    ];
    for (const [keys, event] of events) {
      for (const key of keys) {
        const seen = firstAndLast.get(key);
        if (seen) seen.last = event;
        else firstAndLast.set(key, { first: event, last: event });
      }
    }
  }
  const difference: AssetDifference = { restored: [], removed: [], changed: [] };
  for (const [key, { first, last }] of [...firstAndLast].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const existedAtTarget = first !== "added";
    const existsNow = last !== "removed";
    if (existedAtTarget && !existsNow) difference.restored.push(key);
    else if (!existedAtTarget && existsNow) difference.removed.push(key);
    else if (existedAtTarget && existsNow) difference.changed.push(key);
  }
  return difference;
}

interface RollbackPlan {
  current: LoadSummary;
  target: LoadSummary;
  difference: AssetDifference;
}

/** `--to 4` or `--to '#4'` is a sequence; anything else is a load ID. */
function parseTarget(to: string): { sequence: number } | { id: string } {
  const sequence = /^#?(\d+)$/.exec(to.trim());
  if (sequence) return { sequence: Number(sequence[1]) };
  return { id: to.trim() };
}

async function targetSequence(ctx: CommandContext, options: RollbackOptions): Promise<number> {
  const target = parseTarget(options.to);
  if ("sequence" in target) {
    if (target.sequence < 1) throw usageError("--to: sequences start at 1");
    return target.sequence;
  }
  const { node } = await ctx.client.request(ROLLBACK_TARGET_BY_ID, { id: target.id });
  if (!node || !("sequence" in node)) throw apiError(`No load has the ID "${target.id}"`, "NOT_FOUND");
  if (node.project.name !== options.project || node.project.deployment.name !== options.deployment) {
    throw apiError(
      `Load ${target.id} is load #${node.sequence} of project "${node.project.name}" in "${node.project.deployment.name}", not of "${options.project}" in "${options.deployment}"`,
      "BAD_USER_INPUT",
    );
  }
  return node.sequence;
}

/** Reads the history from the newest load back to the target (pages of 100, one load per entry). */
async function planRollback(
  ctx: CommandContext,
  options: RollbackOptions,
  sequence: number,
): Promise<RollbackPlan> {
  const loadsSinceTarget: LoadSummary[] = [];
  let current: LoadSummary | null | undefined;
  let target: LoadSummary | undefined;
  let after: string | null = null;
  do {
    const { project }: CliRollbackPlanQuery = await ctx.client.request(ROLLBACK_PLAN, {
      deployment: options.deployment,
      project: options.project,
      first: MAX_PAGE_SIZE,
      after,
    });
    if (!project) throw projectNotFound(options.project, options.deployment);
    current ??= project.currentLoad;
    for (const { node } of project.history.edges) {
      if (node.load.sequence > sequence) loadsSinceTarget.push(node.load);
      else if (node.load.sequence === sequence) target = node.load;
    }
    const oldest = project.history.edges.at(-1)?.node.load.sequence;
    after =
      project.history.pageInfo.hasNextPage && oldest !== undefined && oldest > sequence
        ? (project.history.pageInfo.endCursor ?? null)
        : null;
  } while (after !== null);
  if (!target)
    throw apiError(
      `Project "${options.project}" in "${options.deployment}" has no load #${sequence}`,
      "NOT_FOUND",
    );
  // The server refuses these too; finding them here spares a question whose answer cannot help.
  if (target.status !== "SUCCESS") {
    throw apiError(`Load #${sequence} failed to load; roll back to a successful load`, "BAD_USER_INPUT");
  }
  if (!current || current.id === target.id) {
    throw apiError(`Load #${sequence} is the current load; there is nothing to roll back`, "BAD_USER_INPUT");
  }
  return { current, target, difference: assetDifference(loadsSinceTarget) };
}

function keyList(keys: readonly string[], max = 20): string {
  const shown = keys.slice(0, max).join(", ");
  return keys.length > max ? `${shown}, … and ${keys.length - max} more` : shown;
}

function describePlan(plan: RollbackPlan, options: RollbackOptions): string {
  const { current, target, difference } = plan;
  const lines = [
    `Roll back ${options.project} in ${options.deployment} from load #${current.sequence} to load #${target.sequence} (loaded ${formatTime(target.loadedAt)}):`,
    `  image    ${current.image ?? "-"}  →  ${target.image ?? "-"}${current.image === target.image ? "  (same)" : ""}`,
    `  commit   ${formatCommit(current.git)}  →  ${formatCommit(target.git)}${target.git?.commitUrl ? `  ${target.git.commitUrl}` : ""}`,
  ];
  const counts = [
    `${difference.restored.length} to restore`,
    `${difference.removed.length} to remove`,
    `${difference.changed.length} changed since #${target.sequence}`,
  ];
  // Only composed from the keys each load touched: an asset changed and then changed back counts as changed.
  lines.push(`  assets   ${counts.join(", ")}`);
  if (difference.restored.length > 0) lines.push(`    restore  ${keyList(difference.restored)}`);
  if (difference.removed.length > 0) lines.push(`    remove   ${keyList(difference.removed)}`);
  if (difference.changed.length > 0) lines.push(`    changed  ${keyList(difference.changed)}`);
  if (options.reason) lines.push(`  reason   ${options.reason}`);
  return lines.join("\n");
}

export function registerRollback(program: Command): void {
  program
    .command("rollback")
    .summary("put a project back on an earlier successful load")
    .description(
      `Puts a project back on an earlier successful load: the server records a rollback and a new load with the target's image, git metadata and asset snapshot. Shows what changes (image, commit, assets that differ) and asks for confirmation on a terminal; without a terminal, --yes is required. The assets shown as changed are those changed since the target (one changed and changed back is listed too); the new load's asset changes, printed afterwards, are exact.

In CI the idempotency key defaults to one derived from the job run (see record-load --help) and the target: a retried step returns the first rollback instead of rolling back twice.`,
    )
    .requiredOption("--project <name>", "the project")
    .requiredOption("--to <sequence|id>", "the target load: its sequence number (e.g. 4) or its ID")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option("--reason <text>", "why (shown in the history and sent with alerts)")
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
      "print the RollbackProjectPayload as JSON: { rollback: { id, reason, requestedBy, createdAt, fromLoad: { id, sequence }, toLoad: { id, sequence } }, load: { ...the new load as in record-load --json } } (the plan goes to stderr)",
    )
    .action(async (options: RollbackOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const sequence = await targetSequence(ctx, options);
        const plan = await planRollback(ctx, options, sequence);
        note(describePlan(plan, options));
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
            : (options.idempotencyKey ?? ciIdempotencyKey(ci, `rollback:${plan.target.id}`));
        const { rollbackProject } = await ctx.client.request(ROLLBACK, {
          input: {
            loadId: plan.target.id,
            project: options.project,
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
    });
}
