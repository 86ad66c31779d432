import { type Command, Option } from "commander";
import { graphql } from "../../client/generated";
import type { LoadStatus } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { parsePositiveInteger, readPages, withContext } from "../context";
import { apiError } from "../errors";
import { formatChangeCounts, formatCommit, formatTime, loadNote, print, printJson, table } from "../output";
import { parseStatus } from "./record-load";

export const HISTORY = graphql(`
  query CliHistory(
    $deployment: String!
    $project: String!
    $first: Int!
    $after: String
    $collapseSimilar: Boolean!
    $status: LoadStatus
  ) {
    project(deployment: $deployment, name: $project) {
      name
      history(first: $first, after: $after, collapseSimilar: $collapseSimilar, status: $status) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            collapsedCount
            firstSequence
            lastSequence
            firstLoadedAt
            lastLoadedAt
            load {
              ...CliLoadSummary
            }
          }
        }
      }
    }
  }
`);

interface HistoryOptions {
  project: string;
  deployment: string;
  all?: boolean;
  first: number;
  status?: LoadStatus;
  json?: boolean;
}

export function registerHistory(program: Command): void {
  program
    .command("history")
    .summary("show a project's loads, newest first")
    .description(
      "Shows a project's history, newest first. Consecutive loads with identical metadata (same status, trigger, image, git, metadata and error, no asset change) are collapsed into one row unless --all is given. ASSETS counts what a load added, removed and changed (+a -r ~c); a collapsed row's later loads changed nothing, and --all shows what its first load changed.",
    )
    .requiredOption("--project <name>", "the project")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option("--all", "one row per load (collapseSimilar: false)")
    .option("--first <n>", "how many rows to show (pages of 100 are followed)", parsePositiveInteger, 20)
    .addOption(new Option("--status <status>", "only success or failure rows").argParser(parseStatus))
    .option(
      "--json",
      "print the ProjectHistoryConnection as JSON: { totalCount, pageInfo: { hasNextPage, endCursor }, edges: [{ cursor, node: { collapsedCount, firstSequence, lastSequence, firstLoadedAt, lastLoadedAt, load: { id, sequence, loadedAt, status, trigger, image, error, git, metadata, project, assetsAdded, assetsRemoved, assetsChanged, rollback } } }] }",
    )
    .action(async (options: HistoryOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const history = await readPages(options.first, async (first, after) => {
          const { project } = await ctx.client.request(HISTORY, {
            deployment: options.deployment,
            project: options.project,
            first,
            after,
            collapseSimilar: !options.all,
            status: options.status ?? null,
          });
          if (!project) throw projectNotFound(options.project, options.deployment);
          return project.history;
        });
        if (options.json) return printJson(history);
        const kind = options.all ? "loads" : "entries (similar loads collapsed; --all shows each)";
        print(
          `${options.project} in ${options.deployment}: ${history.totalCount} ${kind}${history.pageInfo.hasNextPage ? `, newest ${history.edges.length} shown` : ""}`,
        );
        if (history.edges.length === 0) return;
        print(
          table(
            [
              "SEQ",
              "LOADED AT",
              "STATUS",
              "TRIGGER",
              "LOADS",
              "IMAGE",
              "COMMIT",
              "ASSETS",
              "NOTE",
              "COMMIT LINK",
            ],
            history.edges.map(({ node }) => [
              node.firstSequence === node.lastSequence
                ? String(node.lastSequence)
                : `${node.firstSequence}-${node.lastSequence}`,
              formatTime(node.lastLoadedAt),
              node.load.status,
              node.load.trigger,
              String(node.collapsedCount),
              node.load.image ?? "-",
              formatCommit(node.load.git),
              // A collapsed row's newest load changed nothing; its oldest may have (shown with --all).
              node.collapsedCount === 1 ? formatChangeCounts(node.load) : "-",
              loadNote(node.load) || "-",
              node.load.git?.commitUrl ?? "",
            ]),
          ),
        );
      });
    });
}

export function projectNotFound(project: string, deployment: string) {
  return apiError(`No project "${project}" in deployment "${deployment}"`, "NOT_FOUND");
}
