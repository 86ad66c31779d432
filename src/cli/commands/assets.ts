import type { Command } from "commander";
import { graphql } from "../../client/generated";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { parsePositiveInteger, readPages, withContext } from "../context";
import { formatChangeDetails, formatCommit, formatTime, print, printJson, table } from "../output";

export const ASSET_CHANGE_HISTORY = graphql(`
  query CliAssetChangeHistory(
    $assetKey: String!
    $deployment: String!
    $project: String
    $first: Int!
    $after: String
  ) {
    assetChangeHistory(
      assetKey: $assetKey
      deployment: $deployment
      project: $project
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CliAssetChangeDetail
          project {
            name
          }
          load {
            id
            sequence
            trigger
            git {
              commitHash
              branch
              commitUrl
            }
          }
        }
      }
    }
  }
`);

interface AssetsOptions {
  key: string;
  deployment: string;
  project?: string;
  first: number;
  json?: boolean;
}

export function registerAssets(program: Command): void {
  program
    .command("assets")
    .summary("show how one asset's definition changed over time")
    .description(
      "Shows every recorded change of one asset, newest first, across the projects of a deployment (or in one project with --project), with old and new values.",
    )
    .requiredOption("--key <asset key>", 'the asset key, path segments joined by "/", e.g. raw/orders')
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option("--project <name>", "only changes made by this project's loads")
    .option("--first <n>", "how many changes to show (pages of 100 are followed)", parsePositiveInteger, 20)
    .option(
      "--json",
      "print the AssetChangeConnection as JSON: { totalCount, pageInfo: { hasNextPage, endCursor }, edges: [{ cursor, node: { id, assetKey, changeTypes, changedAt, codeVersion, partitionsDefinition, dependencies, tags, metadata, project: { name }, load: { id, sequence, trigger, git } } }] }",
    )
    .action(async (options: AssetsOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const changes = await readPages(options.first, async (first, after) => {
          const { assetChangeHistory } = await ctx.client.request(ASSET_CHANGE_HISTORY, {
            assetKey: options.key,
            deployment: options.deployment,
            project: options.project ?? null,
            first,
            after,
          });
          return assetChangeHistory;
        });
        if (options.json) return printJson(changes);
        const scope = options.project
          ? `project ${options.project} in ${options.deployment}`
          : options.deployment;
        print(
          `${options.key} in ${scope}: ${changes.totalCount} changes${changes.pageInfo.hasNextPage ? `, newest ${changes.edges.length} shown` : ""}`,
        );
        if (changes.edges.length === 0) return;
        print(
          table(
            ["CHANGED AT", "PROJECT", "LOAD", "CHANGE", "COMMIT", "DETAILS"],
            changes.edges.map(({ node }) => [
              formatTime(node.changedAt),
              node.project.name,
              `#${node.load.sequence}${node.load.trigger === "ROLLBACK" ? " (rollback)" : ""}`,
              node.changeTypes.join(","),
              formatCommit(node.load.git),
              formatChangeDetails(node),
            ]),
          ),
        );
      });
    });
}
