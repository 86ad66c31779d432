import { type Command, Option } from "commander";
import { graphql } from "../../client/generated";
import type { LoadStatus } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { parsePositiveInteger, readPages, withContext } from "../context";
import { usageError } from "../errors";
import {
  type Column,
  changeKeys,
  fitKeys,
  fitTable,
  relativeTime,
  shortImage,
  shortTime,
  terminalWidth,
} from "../layout";
import { formatCommit, print, printJson, shortHash } from "../output";
import { projectNotFound } from "../suggest";
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
            assetsAdded
            assetsRemoved
            assetsChanged
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
  wide?: boolean;
  output?: string;
  json?: boolean;
}

/** What one history row shows, whatever query it came from. */
export interface HistoryRow {
  firstSequence: number;
  lastSequence: number;
  collapsedCount: number;
  lastLoadedAt: string;
  status: string;
  trigger: string;
  image: string | null;
  git: { commitHash: string | null; branch: string | null; commitUrl?: string | null } | null;
  error: { message: string } | null;
  rollback: { reason: string | null; toLoad: { sequence: number } } | null;
  /** The run's changes: those of its first load (the later ones changed nothing). */
  changes: {
    assetsAdded: readonly string[];
    assetsRemoved: readonly string[];
    assetsChanged: readonly string[];
  };
}

/** DESCRIPTION, as helm's: what happened, the error's first line, or the rollback's target and reason. */
export function describeRow(row: HistoryRow): string {
  const line = (text: string) => text.split(/\r?\n/, 1)[0] ?? "";
  // STATUS says it failed already: the message itself is what fits.
  if (row.error) return line(row.error.message);
  const runs = row.collapsedCount > 1 ? `, ${row.collapsedCount} loads` : "";
  if (row.rollback) {
    return `Rollback to #${row.rollback.toLoad.sequence}${row.rollback.reason ? `: ${line(row.rollback.reason)}` : ""}${runs}`;
  }
  return `Deployed${runs}`;
}

/**
 * The history table in `width` columns (Infinity: nothing cut). The default view cuts IMAGE, CHANGES and
 * DESCRIPTION to fit, and below 100 columns UPDATED is the relative time alone; `wide` adds TRIGGER, LOADS
 * and the commit link and cuts nothing.
 */
export function historyTable(
  rows: readonly HistoryRow[],
  { width, wide = false, now = new Date() }: { width: number; wide?: boolean; now?: Date },
): string {
  const seq = (row: HistoryRow) =>
    row.firstSequence === row.lastSequence
      ? String(row.lastSequence)
      : `${row.firstSequence}-${row.lastSequence}`;
  const updated = (row: HistoryRow) =>
    width < 100 && !wide
      ? relativeTime(row.lastLoadedAt, now)
      : `${relativeTime(row.lastLoadedAt, now)}, ${shortTime(row.lastLoadedAt, now)}`;
  if (wide) {
    const columns: Column[] = [
      "SEQ",
      "UPDATED",
      "STATUS",
      "TRIGGER",
      "LOADS",
      "IMAGE",
      "COMMIT",
      "CHANGES",
      "DESCRIPTION",
      "COMMIT LINK",
    ].map((header) => ({ header }));
    return fitTable(
      columns,
      rows.map((row) => [
        seq(row),
        updated(row),
        row.status,
        row.trigger,
        String(row.collapsedCount),
        row.image ?? "-",
        formatCommit(row.git),
        changeKeys(row.changes),
        describeRow(row),
        row.git?.commitUrl ?? "",
      ]),
      Number.POSITIVE_INFINITY,
    );
  }
  const columns: Column[] = [
    { header: "SEQ" },
    { header: "UPDATED" },
    { header: "STATUS" },
    { header: "IMAGE", min: 12, soft: 22, last: true, cut: "start" },
    { header: "COMMIT" },
    { header: "CHANGES", min: 14, soft: 20, fit: fitKeys },
    { header: "DESCRIPTION", min: 14, soft: 30 },
  ];
  return fitTable(
    columns,
    rows.map((row) => [
      seq(row),
      updated(row),
      row.status,
      shortImage(row.image),
      row.git?.commitHash ? shortHash(row.git.commitHash) : "-",
      changeKeys(row.changes),
      describeRow(row),
    ]),
    width,
  );
}

export function registerHistory(program: Command): void {
  program
    .command("history")
    .summary("show a project's loads, newest first")
    .description(
      "Shows a project's history, newest first, like helm history. Consecutive loads with identical metadata (same status, trigger, image, git, metadata and error, no asset change) are collapsed into one row unless --all is given; CHANGES lists the asset keys the row's first load added (+), removed (-) and changed (~), which are the run's changes. On a terminal the table fits its width (IMAGE is the repository's last part and the tag, long CHANGES and DESCRIPTION are cut); --wide (-o wide) shows everything, and so does output to a pipe or file. `project-history show <project> <seq>` prints one load whole.",
    )
    .argument("[project]", "the project (or --project)")
    .option("--project <name>", "the project")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option("--all", "one row per load (collapseSimilar: false)")
    .option("--first <n>", "how many rows to show (pages of 100 are followed)", parsePositiveInteger, 20)
    .addOption(new Option("--status <status>", "only success or failure rows").argParser(parseStatus))
    .option("--wide", "every column, nothing cut (same as -o wide)")
    .addOption(new Option("-o, --output <format>", "wide: every column, nothing cut").choices(["wide"]))
    .option(
      "--json",
      "print the ProjectHistoryConnection as JSON: { totalCount, pageInfo: { hasNextPage, endCursor }, edges: [{ cursor, node: { collapsedCount, firstSequence, lastSequence, firstLoadedAt, lastLoadedAt, assetsAdded, assetsRemoved, assetsChanged (the run's changes), load: { id, sequence, loadedAt, status, trigger, image, error: { message, stack }, git, metadata, project, assetsAdded, assetsRemoved, assetsChanged, rollback } } }] }",
    )
    .action(async (positional: string | undefined, options: HistoryOptions, command: Command) => {
      const project = projectArgument(positional, options.project);
      await withContext(command, async (ctx) => {
        const history = await readPages(options.first, async (first, after) => {
          const answer = await ctx.client.request(HISTORY, {
            deployment: options.deployment,
            project,
            first,
            after,
            collapseSimilar: !options.all,
            status: options.status ?? null,
          });
          if (!answer.project) throw await projectNotFound(ctx, project, options.deployment);
          return answer.project.history;
        });
        if (options.json) return printJson(history);
        const kind = options.all ? "loads" : "entries (similar loads collapsed; --all shows each)";
        print(
          `${project} in ${options.deployment}: ${history.totalCount} ${kind}${history.pageInfo.hasNextPage ? `, newest ${history.edges.length} shown` : ""}`,
        );
        if (history.edges.length === 0) return;
        const rows = history.edges.map(
          ({ node }): HistoryRow => ({
            ...node,
            lastLoadedAt: node.lastLoadedAt,
            status: node.load.status,
            trigger: node.load.trigger,
            image: node.load.image ?? null,
            git: node.load.git ?? null,
            error: node.load.error ?? null,
            rollback: node.load.rollback ?? null,
            // The entry's own keys: those of the run's first load (its newest load changed nothing).
            changes: node,
          }),
        );
        print(
          historyTable(rows, { width: terminalWidth(), wide: options.wide || options.output === "wide" }),
        );
      });
    });
}

/** The project from `history <project>` or `--project <project>`; one of them is needed. */
export function projectArgument(positional: string | undefined, flag: string | undefined): string {
  if (positional !== undefined && flag !== undefined && positional !== flag) {
    throw usageError(`two projects given: "${positional}" and --project "${flag}"`);
  }
  const project = positional ?? flag;
  if (project === undefined) throw usageError("which project? give it as the first argument (or --project)");
  return project;
}
