// The single-file CLI the server serves for CI jobs: downloaded into a folder with no node_modules and run
// with plain Node, as a pipeline would.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_BUNDLE_PATH } from "../../src/app/cli-download";
import type { CliHistoryQuery, CliRecordLoadMutation } from "../../src/client/generated/graphql";
import { type CliResult, type CliServer, cliEnvironment, startCliServer, writeAssets } from "./cli-helpers";

let server: CliServer;
let workspace: string;

beforeAll(async () => {
  server = await startCliServer();
  // Outside the repository: nothing to resolve a dependency from.
  workspace = mkdtempSync(join(tmpdir(), "project-history-ci-job-"));
});

afterAll(async () => {
  await server?.close();
  rmSync(workspace, { recursive: true, force: true });
});

function runDownloaded(file: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [file, ...args], {
    cwd: workspace,
    env: cliEnvironment({ ...server.admin, env }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const result: CliResult = { code: null, stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    result.stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    result.stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ ...result, code }));
  });
}

describe(`GET ${CLI_BUNDLE_PATH}`, () => {
  it("serves a CLI that records a load from a CI job with nothing installed but Node", async () => {
    const base = `http://127.0.0.1:${server.live.running.port}`;
    const response = await fetch(`${base}${CLI_BUNDLE_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/javascript");
    const etag = response.headers.get("etag");
    const file = join(workspace, "project-history.mjs");
    writeFileSync(file, await response.text());
    const again = await fetch(`${base}${CLI_BUNDLE_PATH}`, { headers: { "if-none-match": etag ?? "" } });
    expect(again.status).toBe(304);

    const assets = writeAssets(workspace, "assets.json", [{ key: "raw/events", codeVersion: "7" }]);
    const gitlab = {
      GITLAB_CI: "true",
      CI: "true",
      CI_PROJECT_URL: "https://gitlab.com/acme/events",
      CI_COMMIT_SHA: "89abcdef0123456789abcdef0123456789abcdef",
      CI_COMMIT_REF_NAME: "main",
      CI_JOB_ID: "777",
    };
    const recorded = await runDownloaded(
      file,
      ["record-load", "--project", "events", "--assets", assets, "--json"],
      gitlab,
    );
    expect(recorded.code, recorded.stderr).toBe(0);
    const { load } = JSON.parse(recorded.stdout) as CliRecordLoadMutation["recordProjectLoad"];
    expect(load).toMatchObject({ sequence: 1, status: "SUCCESS", assetsAdded: ["raw/events"] });
    expect(load.git?.commitUrl).toBe(
      "https://gitlab.com/acme/events/-/commit/89abcdef0123456789abcdef0123456789abcdef",
    );

    const history = await runDownloaded(file, ["history", "--project", "events", "--json"], {});
    expect(history.code, history.stderr).toBe(0);
    const connection = JSON.parse(history.stdout) as NonNullable<CliHistoryQuery["project"]>["history"];
    expect(connection.totalCount).toBe(1);
    expect(connection.edges[0]?.node.load).toMatchObject({ id: load.id, assetsAdded: ["raw/events"] });
  });
});
