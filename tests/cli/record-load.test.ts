// The CLI end to end (`node bin/project-history.mjs ...` against the real server on a temporary database):
// record-load, tokens, and the exit codes of errors.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CliCreateTokenMutation,
  CliRecordLoadMutation,
  CliRevokeTokenMutation,
} from "../../src/client/generated/graphql";
import { graphql } from "../generated";
import { ADMIN_TOKEN, record } from "../helpers";
import { type CliServer, runCli, runJson, startCliServer, unusedPort, writeAssets } from "./cli-helpers";

type RecordedLoad = CliRecordLoadMutation["recordProjectLoad"];

const LOAD_ERROR = graphql(`
  query CliTestLoadError($id: ID!) {
    node(id: $id) {
      ... on ProjectLoad {
        error {
          message
          stack
        }
      }
    }
  }
`);

const SHA = "0123456789abcdef0123456789abcdef01234567";
const GITHUB_ENV = {
  GITHUB_ACTIONS: "true",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REPOSITORY: "acme/etl",
  GITHUB_SHA: SHA,
  GITHUB_REF_NAME: "main",
  GITHUB_RUN_ID: "1001",
  GITHUB_RUN_ATTEMPT: "1",
  GITHUB_JOB: "deploy",
};

let server: CliServer;

beforeAll(async () => {
  server = await startCliServer();
});

afterAll(() => server?.close());

describe("record-load", () => {
  it("records a snapshot with git metadata from GitHub Actions, and records a retried CI step once", async () => {
    const { admin, dir } = server;
    const assets = writeAssets(dir, "ci.json", [
      { key: "raw/orders", codeVersion: "1", tags: { team: "data" } },
      { key: "mart/revenue", dependencies: ["raw/orders"] },
    ]);
    const args = ["record-load", "--project", "ci", "--assets", assets, "--image", "reg/ci:1"];
    const first = await runCli([...args, "--json"], { ...admin, env: GITHUB_ENV });
    expect(first.code, first.stderr).toBe(0);
    const { load } = JSON.parse(first.stdout) as RecordedLoad;
    expect(load).toMatchObject({
      sequence: 1,
      status: "SUCCESS",
      trigger: "DEPLOY",
      image: "reg/ci:1",
      git: {
        repositoryUrl: "https://github.com/acme/etl",
        commitHash: SHA,
        branch: "main",
        commitUrl: `https://github.com/acme/etl/commit/${SHA}`,
      },
      assetsAdded: ["mart/revenue", "raw/orders"],
    });
    expect(load.assetChanges.edges.map((edge) => edge.node.changeTypes)).toEqual([["NEW"], ["NEW"]]);

    const [retried, outsideCi] = await Promise.all([
      // The same step retried in the same job run: the derived idempotency key returns the first load.
      runJson<RecordedLoad>(args, { ...admin, env: GITHUB_ENV }),
      // A flag wins over its variable; --no-ci ignores the environment (and its idempotency key).
      runJson<RecordedLoad>([...args, "--no-ci", "--branch", "hotfix"], { ...admin, env: GITHUB_ENV }),
    ]);
    expect(retried.load.id).toBe(load.id);
    expect(outsideCi.load).toMatchObject({ sequence: 2, git: { branch: "hotfix", commitHash: null } });
  });

  it("prints the load and its asset changes as a table, reading { assets } from stdin", async () => {
    const { admin, live } = server;
    await record(live, { project: "table", assets: [{ key: "a" }, { key: "b" }] });
    const result = await runCli(
      [
        "record-load",
        "--project",
        "table",
        "--assets",
        "-",
        "--image",
        "reg/table:2",
        "--commit",
        SHA,
        "--repository-url",
        "https://gitlab.com/acme/table",
        "--metadata",
        "owner=data-team",
        "ticket=OPS-1",
      ],
      { ...admin, input: JSON.stringify({ assets: [{ key: "a", codeVersion: "2" }, { key: "c" }] }) },
    );
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Recorded load #2 of table in prod: SUCCESS, DEPLOY");
    expect(result.stdout).toContain("  image      reg/table:2");
    expect(result.stdout).toContain(`https://gitlab.com/acme/table/-/commit/${SHA}`);
    expect(result.stdout).toContain("  owner      data-team");
    expect(result.stdout).toContain("  assets     1 added, 1 removed, 1 changed");
    const table = lines.slice(lines.indexOf("ASSET  CHANGE        DETAILS"));
    expect(table.slice(0, 4)).toEqual([
      "ASSET  CHANGE        DETAILS",
      "a      CODE_VERSION  codeVersion ∅ → 2",
      "b      REMOVED",
      "c      NEW",
    ]);
  });

  it("records a failure with a traceback's exception line of --error-file as the message and the whole file, without colours, as the stack", async () => {
    const { admin, dir, live } = server;
    const log =
      "Loading etl\n\u001b[31mTraceback (most recent call last):\u001b[0m\n  File main.py, line 3\n    import etl.jobs\nImportError: no module named etl.jobs\nError: Process completed with exit code 1.\n";
    const errorFile = join(dir, "load.log");
    writeFileSync(errorFile, log);
    const { load } = await runJson<RecordedLoad>(
      [
        "record-load",
        "--project",
        "broken",
        "--status",
        "failure",
        "--error-file",
        errorFile,
        "--image",
        "reg/b:1",
      ],
      admin,
    );
    expect(load).toMatchObject({
      status: "FAILURE",
      error: { message: "ImportError: no module named etl.jobs" },
      assetsAdded: [],
    });
    const stored = await live.request(LOAD_ERROR, { id: load.id });
    expect(stored.data?.node).toEqual({
      error: {
        message: "ImportError: no module named etl.jobs",
        stack: log.replace("\u001b[31m", "").replace("\u001b[0m", ""),
      },
    });
  });

  it("refuses bad input before sending anything (exit 2)", async () => {
    const { admin, dir } = server;
    const notJson = join(dir, "not-json.json");
    writeFileSync(notJson, "{ nope");
    const results = await Promise.all([
      runCli(["record-load", "--project", "usage"], admin),
      runCli(["record-load", "--project", "usage", "--assets", notJson], admin),
      runCli(["record-load", "--project", "usage", "--assets", join(dir, "missing.json")], admin),
      runCli(["record-load", "--project", "usage", "--status", "failure"], admin),
      runCli(["record-load", "--project", "usage", "--status", "maybe"], admin),
      runCli(["record-load", "--assets", notJson], admin),
      runCli(["no-such-command"], admin),
    ]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(results[0]?.stderr).toContain("--assets is required for a successful load");
    expect(results[1]?.stderr).toMatch(/is not valid JSON/);
    expect(results[3]?.stderr).toContain("--status failure needs --error or --error-file");
    expect(results[4]?.stderr).toContain("expected success or failure");
    expect(results[5]?.stderr).toContain("required option '--project <name>' not specified");
    // Nothing was recorded.
    const history = await runCli(["history", "--project", "usage"], admin);
    expect(history.code).toBe(1);
    expect(history.stderr).toMatch(
      /^error: No project "usage" in deployment "prod" \(NOT_FOUND, server http:\/\/\S+\)\n$/,
    );
  });
});

describe("tokens and errors", () => {
  it("creates a token (printed once, alone on stdout), which works until it is revoked", async () => {
    const { admin, dir } = server;
    const created = await runCli(["token", "create", "--name", "ci-deployer", "--role", "editor"], admin);
    expect(created.code, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^\S{20,}$/);
    expect(created.stderr).toContain('Created token "ci-deployer" (EDITOR organization-wide)');

    const editor = { ...admin, token };
    const recorded = await runJson<RecordedLoad>(
      ["record-load", "--project", "by-token", "--assets", writeAssets(dir, "t.json", [])],
      editor,
    );
    expect(recorded.load.sequence).toBe(1);

    const revoked = await runJson<CliRevokeTokenMutation>(
      ["token", "revoke", "--name", "ci-deployer"],
      admin,
    );
    expect(revoked).toEqual({ revokeApiToken: true });
    const [again, refused] = await Promise.all([
      runCli(["token", "revoke", "--name", "ci-deployer"], admin),
      runCli(["history", "--project", "by-token"], editor),
    ]);
    expect(again.stdout).toBe('Token "ci-deployer" was already revoked\n');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: .+ \(UNAUTHENTICATED, server http:\/\/\S+\)\n$/);
    expect(refused.stderr).not.toContain(token);
  });

  it("creates a deployment token with --json, and needs ADMIN to do so", async () => {
    const { admin } = server;
    const payload = await runJson<CliCreateTokenMutation["createApiToken"]>(
      ["token", "create", "--name", "staging-viewer", "--role", "VIEWER", "--deployment", "staging"],
      admin,
    );
    expect(payload.name).toBe("staging-viewer");
    const viewer = { ...admin, token: payload.token };
    const [forbidden, badRole] = await Promise.all([
      runCli(["token", "create", "--name", "escalate", "--role", "ADMIN"], viewer),
      runCli(["token", "create", "--name", "x", "--role", "ROOT"], admin),
    ]);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(/\(FORBIDDEN, server http:\/\/\S+\)\n$/);
    expect(badRole.code).toBe(2);
  });

  it("exits 1 with the server's code for a bad token, no token or a missing role, and 3 when the server is unreachable", async () => {
    const { admin, dir, live } = server;
    const viewer = await live.token("prod-viewer", "VIEWER", "prod");
    const emptyAssets = writeAssets(dir, "empty.json", []);
    const closedPort = await unusedPort();
    const unreachableUrl = `http://127.0.0.1:${closedPort}/graphql`;
    const [badToken, noToken, notEditor, unreachable] = await Promise.all([
      runCli(["history", "--project", "ci"], { ...admin, token: "not-a-real-token-abcdef" }),
      runCli(["history", "--project", "ci"], { ...admin, token: null }),
      runCli(["record-load", "--project", "ci", "--assets", emptyAssets], { ...admin, token: viewer }),
      runCli(["history", "--project", "ci"], { url: unreachableUrl, token: ADMIN_TOKEN }),
    ]);
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/^error: .+ \(UNAUTHENTICATED, server http:\/\/\S+\)\n$/);
    expect(badToken.stderr).not.toContain("not-a-real-token-abcdef");
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/\(UNAUTHENTICATED, server http:\/\/\S+\)\n$/);
    expect(notEditor.code).toBe(1);
    expect(notEditor.stderr).toMatch(/^error: .+ \(FORBIDDEN, server http:\/\/\S+\)\n$/);
    expect(unreachable.code).toBe(3);
    expect(unreachable.stderr).toBe(
      `error: Cannot reach ${unreachableUrl}: connect ECONNREFUSED 127.0.0.1:${closedPort} (UNAVAILABLE)\n`,
    );
    expect(unreachable.stderr).not.toContain(ADMIN_TOKEN);
  });
});
