// Git metadata and a run identity from the CI environment, so that a pipeline step needs no flags for them.
// Pure: takes the environment as an argument (tests pass plain objects).

export type Environment = Readonly<Record<string, string | undefined>>;

export interface GitDetails {
  repositoryUrl?: string;
  commitHash?: string;
  branch?: string;
}

export interface CiRun {
  provider: "github-actions" | "gitlab-ci";
  git: GitDetails;
  /**
   * Names one execution of one CI job: the same when a step inside it is retried, different when the job
   * is re-run (a re-run deploys again, so it is a new load). Null when the variables are missing.
   */
  runId: string | null;
}

/** Empty values count as unset: CI systems often export variables that are defined but blank. */
function value(env: Environment, name: string): string | undefined {
  const found = env[name]?.trim();
  return found ? found : undefined;
}

function withoutUndefined(git: GitDetails): GitDetails {
  return Object.fromEntries(Object.entries(git).filter(([, field]) => field !== undefined));
}

/** The CI system the process runs in, with what it tells about the commit; null outside CI. */
export function detectCiRun(env: Environment): CiRun | null {
  if (value(env, "GITHUB_ACTIONS") === "true") {
    const repository = value(env, "GITHUB_REPOSITORY");
    const server = (value(env, "GITHUB_SERVER_URL") ?? "https://github.com").replace(/\/+$/, "");
    const runId = value(env, "GITHUB_RUN_ID");
    const attempt = value(env, "GITHUB_RUN_ATTEMPT") ?? "1";
    const job = value(env, "GITHUB_JOB");
    return {
      provider: "github-actions",
      git: withoutUndefined({
        repositoryUrl: repository ? `${server}/${repository}` : undefined,
        commitHash: value(env, "GITHUB_SHA"),
        // On pull_request events GITHUB_REF_NAME is "<number>/merge"; GITHUB_HEAD_REF is the branch.
        branch: value(env, "GITHUB_HEAD_REF") ?? value(env, "GITHUB_REF_NAME"),
      }),
      // Several jobs of one workflow run may each record the same project, so the job is part of it.
      runId: runId ? `github:${runId}.${attempt}${job ? `:${job}` : ""}` : null,
    };
  }
  if (value(env, "GITLAB_CI") === "true") {
    // CI_JOB_ID is new for every job and every retry of a job.
    const jobId = value(env, "CI_JOB_ID");
    return {
      provider: "gitlab-ci",
      git: withoutUndefined({
        repositoryUrl: value(env, "CI_PROJECT_URL"),
        commitHash: value(env, "CI_COMMIT_SHA"),
        branch: value(env, "CI_COMMIT_REF_NAME"),
      }),
      runId: jobId ? `gitlab:${jobId}` : null,
    };
  }
  return null;
}

/** Flags win over the environment, field by field; undefined when neither says anything. */
export function mergeGit(flags: GitDetails, fromEnvironment: GitDetails | undefined): GitDetails | undefined {
  const merged = withoutUndefined({
    repositoryUrl: flags.repositoryUrl ?? fromEnvironment?.repositoryUrl,
    commitHash: flags.commitHash ?? fromEnvironment?.commitHash,
    branch: flags.branch ?? fromEnvironment?.branch,
  });
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/**
 * The idempotency key a CI step uses when none is given: the run identity plus what the step records. The
 * server scopes keys to one project (of one deployment), so a retried step returns the first load instead of
 * recording a second; `status` keeps a failure and a later success of the same job from colliding (the
 * server would answer CONFLICT to one key reused with other input).
 */
export function ciIdempotencyKey(run: CiRun | null, operation: string): string | undefined {
  if (!run?.runId) return undefined;
  return `${run.runId}:${operation}`;
}
