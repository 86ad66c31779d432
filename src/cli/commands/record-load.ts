import { type Command, InvalidArgumentError, Option } from "commander";
import { graphql } from "../../client/generated";
import type { LoadStatus, RecordProjectLoadInput } from "../../client/generated/graphql";
import { DEFAULT_DEPLOYMENT } from "../../domain/names";
import { ciIdempotencyKey, detectCiRun, mergeGit } from "../ci-env";
import { withContext } from "../context";
import { usageError } from "../errors";
import { parseAssets, parseLoadedAt, parseMetadataEntries, readTextInput } from "../input-files";
import { stripAnsi, summarizeLog } from "../layout";
import { assetChangeTable, describeLoad, print, printJson } from "../output";

export const RECORD_LOAD = graphql(`
  mutation CliRecordLoad($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      replayed
      load {
        ...CliWrittenLoad
      }
    }
  }
`);

interface RecordLoadOptions {
  project: string;
  deployment: string;
  assets?: string;
  image?: string;
  status: LoadStatus;
  error?: string;
  errorFile?: string;
  commit?: string;
  branch?: string;
  repositoryUrl?: string;
  /** false with --no-idempotency-key. */
  idempotencyKey?: string | false;
  loadedAt?: string;
  metadata?: string[];
  ci: boolean;
  json?: boolean;
}

export function parseStatus(value: string): LoadStatus {
  const status = value.toUpperCase();
  if (status !== "SUCCESS" && status !== "FAILURE")
    throw new InvalidArgumentError("expected success or failure");
  return status;
}

export function registerRecordLoad(program: Command): void {
  program
    .command("record-load")
    .summary("report a project load (a deploy, or a failure to load)")
    .description(
      `Reports one load of a project: its asset snapshot, image, git metadata and status.

Git metadata comes from the flags, else from the CI environment (GitHub Actions: GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_HEAD_REF or GITHUB_REF_NAME; GitLab CI: CI_PROJECT_URL, CI_COMMIT_SHA, CI_COMMIT_REF_NAME); each flag wins over its variable.

In CI the idempotency key defaults to one derived from the job run (GitHub: GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and GITHUB_JOB; GitLab: CI_JOB_ID) plus the status: a retried step returns the load it recorded the first time instead of recording it twice, while a re-run job records a new load.`,
    )
    .requiredOption("--project <name>", "the project")
    .option("--deployment <name>", "the deployment", DEFAULT_DEPLOYMENT)
    .option(
      "--assets <file>",
      'JSON array of asset definitions (or { "assets": [...] }); "-" reads stdin. Required for a successful load',
    )
    .option("--image <image>", "the image the project was loaded from")
    .addOption(
      new Option("--status <status>", "success or failure")
        .argParser(parseStatus)
        .default("SUCCESS", "success"),
    )
    .option(
      "--error <message>",
      "with --status failure: what went wrong (default from --error-file: a Python traceback's last exception line, else the last non-blank line)",
    )
    .option(
      "--error-file <file>",
      'with --status failure: a log whose full text is kept as the stack (ANSI colours removed); "-" reads stdin',
    )
    .option("--commit <sha>", "git commit hash")
    .option("--branch <name>", "git branch")
    .option("--repository-url <url>", "git repository URL (credentials in it are removed by the server)")
    .option("--idempotency-key <key>", "retrying with the same key records nothing new")
    .option("--no-idempotency-key", "do not derive an idempotency key from the CI run")
    .option("--loaded-at <time>", "when it was loaded, ISO-8601 with a zone (default: the server's time)")
    .option("--metadata <key=value...>", "display metadata entries, in order")
    .option("--no-ci", "ignore the CI environment (git metadata and idempotency key)")
    .option(
      "--json",
      "print the RecordProjectLoadPayload as JSON: { load: { id, sequence, loadedAt, status, trigger, image, error, git, metadata, project, assetsAdded, assetsRemoved, assetsChanged, rollback, assetChanges: { totalCount, pageInfo, edges: [{ node: AssetChange }] } } } (the first 100 asset changes)",
    )
    .action(async (options: RecordLoadOptions, command: Command) => {
      await withContext(command, async (ctx) => {
        const input = await buildInput(options, process.env);
        const { recordProjectLoad } = await ctx.client.request(RECORD_LOAD, { input });
        if (options.json) return printJson(recordProjectLoad);
        const { load, replayed } = recordProjectLoad;
        if (replayed) {
          // The same key was used before: nothing new was written, and saying "Recorded" would claim it was.
          print(`Already recorded as load #${load.sequence} (same idempotency key)`);
          return;
        }
        print(describeLoad(load, "Recorded load"));
        const changes = load.assetChanges.edges.map((edge) => edge.node);
        if (changes.length > 0) {
          print();
          print(assetChangeTable(changes));
          const more = load.assetChanges.totalCount - changes.length;
          if (more > 0) print(`… and ${more} more (project-history assets, or the API, lists them all)`);
        }
      });
    });
}

/** The mutation's input from the flags, the files they name and the CI environment. */
export async function buildInput(
  options: RecordLoadOptions,
  env: NodeJS.ProcessEnv,
): Promise<RecordProjectLoadInput> {
  const failed = options.status === "FAILURE";
  if (!failed && (options.error !== undefined || options.errorFile !== undefined)) {
    throw usageError("--error and --error-file are for --status failure");
  }
  if (!failed && options.assets === undefined) {
    throw usageError("--assets is required for a successful load (the full asset snapshot)");
  }
  if (options.assets === "-" && options.errorFile === "-") {
    throw usageError("only one of --assets and --error-file can read stdin");
  }
  const assets =
    options.assets === undefined
      ? undefined
      : parseAssets(
          await readTextInput(options.assets, "assets file"),
          options.assets === "-" ? "stdin" : options.assets,
        );

  let error: string | undefined;
  let errorStack: string | undefined;
  if (failed) {
    // The server refuses ESC and other control characters; CI logs are full of colour codes.
    const log =
      options.errorFile === undefined
        ? undefined
        : stripAnsi(await readTextInput(options.errorFile, "error file"));
    error =
      options.error === undefined
        ? log === undefined
          ? undefined
          : (summarizeLog(log) ?? undefined)
        : stripAnsi(options.error);
    if (!error) {
      throw usageError(
        options.errorFile === undefined
          ? "--status failure needs --error or --error-file"
          : `the error file "${options.errorFile}" is empty; give --error`,
      );
    }
    errorStack = log;
  }

  const ci = options.ci ? detectCiRun(env) : null;
  const git = mergeGit(
    { commitHash: options.commit, branch: options.branch, repositoryUrl: options.repositoryUrl },
    ci?.git,
  );
  const idempotencyKey =
    options.idempotencyKey === false
      ? undefined
      : (options.idempotencyKey ?? ciIdempotencyKey(ci, `record-load:${options.status.toLowerCase()}`));

  return {
    deployment: options.deployment,
    project: options.project,
    status: options.status,
    ...(error !== undefined ? { error } : {}),
    ...(errorStack !== undefined ? { errorStack } : {}),
    ...(options.image !== undefined ? { image: options.image } : {}),
    ...(git ? { git } : {}),
    ...(options.metadata ? { metadata: parseMetadataEntries(options.metadata) } : {}),
    ...(assets ? { assets } : {}),
    ...(options.loadedAt !== undefined ? { loadedAt: parseLoadedAt(options.loadedAt) } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}
