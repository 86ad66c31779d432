import { describe, expect, it } from "vitest";
import { ciIdempotencyKey, detectCiRun, mergeGit } from "../../src/cli/ci-env";

const GITHUB = {
  GITHUB_ACTIONS: "true",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "acme/etl",
  GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_REF_NAME: "main",
  GITHUB_RUN_ID: "4242",
  GITHUB_RUN_ATTEMPT: "2",
  GITHUB_JOB: "deploy",
};

const GITLAB = {
  GITLAB_CI: "true",
  CI_PROJECT_URL: "https://gitlab.example.com/acme/etl",
  CI_COMMIT_SHA: "89abcdef0123456789abcdef0123456789abcdef",
  CI_COMMIT_REF_NAME: "release",
  CI_JOB_ID: "777",
};

describe("detectCiRun", () => {
  it("is null outside CI, and for variables a developer may have set by hand", () => {
    expect(detectCiRun({})).toBeNull();
    expect(detectCiRun({ GITHUB_SHA: "abc", CI_COMMIT_SHA: "def" })).toBeNull();
  });

  it("reads GitHub Actions: repository URL from server and repository, commit, branch, run identity", () => {
    expect(detectCiRun(GITHUB)).toEqual({
      provider: "github-actions",
      git: {
        repositoryUrl: "https://github.com/acme/etl",
        commitHash: GITHUB.GITHUB_SHA,
        branch: "main",
      },
      runId: "github:4242.2:deploy",
    });
  });

  it("uses GitHub Enterprise's server URL, and github.com when it is missing", () => {
    expect(
      detectCiRun({ ...GITHUB, GITHUB_SERVER_URL: "https://git.corp.example/" })?.git.repositoryUrl,
    ).toBe("https://git.corp.example/acme/etl");
    expect(detectCiRun({ ...GITHUB, GITHUB_SERVER_URL: undefined })?.git.repositoryUrl).toBe(
      "https://github.com/acme/etl",
    );
  });

  it("takes a pull request's branch (GITHUB_HEAD_REF) over its merge ref", () => {
    const run = detectCiRun({ ...GITHUB, GITHUB_REF_NAME: "12/merge", GITHUB_HEAD_REF: "feature/x" });
    expect(run?.git.branch).toBe("feature/x");
    expect(detectCiRun({ ...GITHUB, GITHUB_HEAD_REF: "" })?.git.branch).toBe("main");
  });

  it("counts the first attempt when GITHUB_RUN_ATTEMPT is missing, and has no run identity without a run ID", () => {
    expect(detectCiRun({ ...GITHUB, GITHUB_RUN_ATTEMPT: undefined })?.runId).toBe("github:4242.1:deploy");
    expect(detectCiRun({ ...GITHUB, GITHUB_RUN_ID: undefined })?.runId).toBeNull();
  });

  it("leaves out what the environment does not say (blank counts as unset)", () => {
    const run = detectCiRun({ GITHUB_ACTIONS: "true", GITHUB_SHA: " ", GITHUB_REF_NAME: "main" });
    expect(run?.git).toEqual({ branch: "main" });
  });

  it("reads GitLab CI: project URL, commit, ref name and job ID", () => {
    expect(detectCiRun(GITLAB)).toEqual({
      provider: "gitlab-ci",
      git: {
        repositoryUrl: "https://gitlab.example.com/acme/etl",
        commitHash: GITLAB.CI_COMMIT_SHA,
        branch: "release",
      },
      runId: "gitlab:777",
    });
  });
});

describe("mergeGit", () => {
  const fromEnvironment = { repositoryUrl: "https://github.com/acme/etl", commitHash: "aaa", branch: "main" };

  it("lets each flag win over its variable, and fills the rest from the environment", () => {
    expect(mergeGit({ commitHash: "bbb" }, fromEnvironment)).toEqual({
      ...fromEnvironment,
      commitHash: "bbb",
    });
    expect(mergeGit({ repositoryUrl: "https://gitlab.com/o/r", branch: "dev" }, fromEnvironment)).toEqual({
      repositoryUrl: "https://gitlab.com/o/r",
      commitHash: "aaa",
      branch: "dev",
    });
  });

  it("is undefined when neither flags nor environment say anything", () => {
    expect(mergeGit({}, undefined)).toBeUndefined();
    expect(mergeGit({}, {})).toBeUndefined();
    expect(mergeGit({ branch: "main" }, undefined)).toEqual({ branch: "main" });
  });
});

describe("ciIdempotencyKey", () => {
  it("is the same for a retried step and differs for a re-run job, another job or another operation", () => {
    const key = ciIdempotencyKey(detectCiRun(GITHUB), "record-load:success");
    expect(key).toBe("github:4242.2:deploy:record-load:success");
    expect(ciIdempotencyKey(detectCiRun(GITHUB), "record-load:success")).toBe(key);
    expect(
      ciIdempotencyKey(detectCiRun({ ...GITHUB, GITHUB_RUN_ATTEMPT: "3" }), "record-load:success"),
    ).not.toBe(key);
    expect(
      ciIdempotencyKey(detectCiRun({ ...GITHUB, GITHUB_JOB: "canary" }), "record-load:success"),
    ).not.toBe(key);
    expect(ciIdempotencyKey(detectCiRun(GITHUB), "record-load:failure")).not.toBe(key);
    expect(ciIdempotencyKey(detectCiRun(GITLAB), "rollback:UHJvamVjdExvYWQ6MQ")).toBe(
      "gitlab:777:rollback:UHJvamVjdExvYWQ6MQ",
    );
  });

  it("is undefined outside CI or without a run identity", () => {
    expect(ciIdempotencyKey(null, "record-load:success")).toBeUndefined();
    expect(ciIdempotencyKey(detectCiRun({ GITLAB_CI: "true" }), "record-load:success")).toBeUndefined();
  });
});
