import type { Command } from "commander";
import { graphql } from "../../client/generated";
import type { CliAssetChangeDetailFragment, CliShownLoadFragment } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { MAX_PAGE_SIZE, readPages, withContext } from "../context";
import { apiError, usageError } from "../errors";
import { assetChangeBlocks, describeLoad, formatTime, print, printJson } from "../output";
import { projectNotFound } from "../suggest";

/** One load whole: the summary, the error's stack, and its asset changes page by page. */
export const SHOW_LOAD = graphql(`
  query CliShowLoad(
    $deployment: String!
    $project: String!
    $sequence: Int!
    $bySequence: Boolean!
    $current: Boolean!
    $first: Int!
    $after: String
  ) {
    project(deployment: $deployment, name: $project) {
      load(sequence: $sequence) @include(if: $bySequence) {
        ...CliShownLoad
      }
      currentLoad @include(if: $current) {
        ...CliShownLoad
      }
      latestLoad @skip(if: $bySequence) {
        ...CliShownLoad
      }
    }
  }

  fragment CliShownLoad on ProjectLoad {
    ...CliLoadSummary
    recordedBy
    recordedAt
    assetChanges(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CliAssetChangeDetail
        }
      }
    }
  }
`);

/** `latest` (the default), `current` (the load in effect: the newest successful one), or a sequence. */
export function parseWhich(value: string | undefined): { sequence: number } | "latest" | "current" {
  const which = (value ?? "latest").trim().toLowerCase();
  if (which === "latest" || which === "current") return which;
  const sequence = /^#?(\d+)$/.exec(which);
  if (!sequence || Number(sequence[1]) < 1) {
    throw usageError(`"${value}" is not a load: give a sequence number (e.g. 4), latest or current`);
  }
  return { sequence: Number(sequence[1]) };
}

interface ShowOptions {
  deployment: string;
  json?: boolean;
}

export function registerShow(program: Command): void {
  program
    .command("show")
    .summary("print one load whole")
    .description(
      "Prints one load whole, like helm get: status, trigger, image, commit and link, metadata, the full error with its stack, the rollback it made, and every asset change with old → new values. The load is a sequence number, latest (the default: the newest load, of any status) or current (the load in effect: the newest successful one).",
    )
    .argument("<project>", "the project")
    .argument("[load]", "a sequence number, latest or current", "latest")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option(
      "--json",
      "print the ProjectLoad as JSON: { id, sequence, loadedAt, status, trigger, image, error: { message, stack }, git, metadata, project, assetsAdded, assetsRemoved, assetsChanged, rollback, recordedBy, recordedAt, assetChanges: { totalCount, pageInfo, edges: [{ node: AssetChange }] } } (every asset change)",
    )
    .action(async (project: string, which: string | undefined, options: ShowOptions, command: Command) => {
      const wanted = parseWhich(which);
      await withContext(command, async (ctx) => {
        let shown: CliShownLoadFragment | null = null;
        const fetchLoad = async (first: number, after: string | null): Promise<CliShownLoadFragment> => {
          const answer = await ctx.client.request(SHOW_LOAD, {
            deployment: options.deployment,
            project,
            sequence: typeof wanted === "object" ? wanted.sequence : 0,
            bySequence: typeof wanted === "object",
            current: wanted === "current",
            first,
            after,
          });
          if (!answer.project) throw await projectNotFound(ctx, project, options.deployment);
          const load =
            typeof wanted === "object"
              ? answer.project.load
              : wanted === "current"
                ? answer.project.currentLoad
                : answer.project.latestLoad;
          if (!load) {
            throw apiError(
              typeof wanted === "object"
                ? `Project "${project}" in "${options.deployment}" has no load #${wanted.sequence}`
                : `Project "${project}" in "${options.deployment}" has no ${wanted === "current" ? "successful " : ""}load`,
              "NOT_FOUND",
            );
          }
          shown ??= load;
          return load;
        };
        const changes = await readPages(Number.MAX_SAFE_INTEGER, async (first, after) => {
          const load = await fetchLoad(Math.min(first, MAX_PAGE_SIZE), after);
          return load.assetChanges;
        });
        const load = shown as unknown as CliShownLoadFragment;
        const all: CliAssetChangeDetailFragment[] = changes.edges.map((edge) => edge.node);
        if (options.json) return printJson({ ...load, assetChanges: changes });
        print(
          describeLoad(load, "Load", {
            whole: true,
            extra: [["recorded", `${formatTime(load.recordedAt)} by ${load.recordedBy}`]],
          }),
        );
        if (all.length > 0) {
          print();
          print(`Asset changes (${all.length}):`);
          print(assetChangeBlocks(all));
        }
      });
    });
}
