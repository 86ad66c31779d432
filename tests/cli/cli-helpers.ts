import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ADMIN_TOKEN } from "../helpers";
import { type LiveServer, startLiveServer, waitUntil } from "../live/live-helpers";

const BIN = fileURLToPath(new URL("../../bin/project-history.mjs", import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  url: string;
  token?: string | null;
  /** Extra environment (e.g. CI variables). */
  env?: Record<string, string>;
  /** Written to stdin, which is then closed (stdin is a pipe, never a terminal). */
  input?: string;
}

/**
 * The environment of a CLI process: the test process's, without the variables that would change what the
 * CLI does when the suite itself runs in CI (git metadata and idempotency keys) or on a developer's machine.
 */
export function cliEnvironment(options: CliOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(GITHUB_|GITLAB_|CI_|PROJECT_HISTORY_)/.test(name) || name === "CI") continue;
    env[name] = value;
  }
  env.PROJECT_HISTORY_URL = options.url;
  if (options.token) env.PROJECT_HISTORY_TOKEN = options.token;
  return { ...env, ...options.env };
}

function start(args: readonly string[], options: CliOptions): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [BIN, ...args], { env: cliEnvironment(options), stdio: "pipe" });
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  return child;
}

/** Runs `project-history <args>` through the bin to its end. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliResult> {
  const child = start(args, options);
  const result: CliResult = { code: null, stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: string) => {
    result.stdout += chunk;
  });
  child.stderr.on("data", (chunk: string) => {
    result.stderr += chunk;
  });
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ ...result, code }));
  });
}

/** Runs a command that must succeed with --json, and parses its output. */
export async function runJson<T>(args: readonly string[], options: CliOptions): Promise<T> {
  const result = await runCli([...args, "--json"], options);
  if (result.code !== 0) {
    throw new Error(`project-history ${args.join(" ")} exited ${result.code}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as T;
}

export interface RunningCli {
  stdout(): string;
  stderr(): string;
  /** Complete stdout lines so far. */
  lines(): string[];
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<void>;
  waitForLines(count: number, timeoutMs?: number): Promise<string[]>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
}

/** Starts a long-running command (watch) and follows its output. */
export function spawnCli(args: readonly string[], options: CliOptions): RunningCli {
  const child = start(args, options);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const lines = () => stdout.split("\n").slice(0, -1);
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    lines,
    waitForStderr: (pattern, timeoutMs = 15_000) =>
      waitUntil(
        () => pattern.test(stderr),
        timeoutMs,
        () => `no ${pattern} on stderr: ${stderr}`,
      ),
    waitForLines: (count, timeoutMs = 15_000) =>
      waitUntil(
        () => lines().length >= count,
        timeoutMs,
        () => `${lines().length} of ${count} lines; stdout: ${stdout}; stderr: ${stderr}`,
      ).then(lines),
    exited,
    signal: (signal) => child.kill(signal),
  };
}

export interface AssetDefinition {
  key: string;
  codeVersion?: string;
  tags?: Record<string, string>;
  metadata?: Record<string, unknown>;
  dependencies?: string[];
}

/** Writes an assets file for --assets and returns its path. */
export function writeAssets(
  dir: string,
  name: string,
  assets: AssetDefinition[] | { assets: AssetDefinition[] },
) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(assets));
  return path;
}

export interface CliServer {
  live: LiveServer;
  /** A temporary folder for input files. */
  dir: string;
  /** Options that run the CLI against the server as an organization admin. */
  admin: CliOptions;
  close(): Promise<void>;
}

/** The real server on a temporary database, and what the CLI needs to talk to it. */
export async function startCliServer(): Promise<CliServer> {
  const live = await startLiveServer();
  const dir = mkdtempSync(join(tmpdir(), "project-history-cli-"));
  return {
    live,
    dir,
    admin: { url: `http://127.0.0.1:${live.running.port}/graphql`, token: ADMIN_TOKEN },
    async close() {
      await live.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on (it was free a moment ago): connections to it are refused. */
export async function unusedPort(): Promise<number> {
  const listener = createServer();
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  const address = listener.address();
  await new Promise((resolve) => listener.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}
