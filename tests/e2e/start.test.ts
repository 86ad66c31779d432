import { mkdtempSync, rmSync, statSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TypedDocument } from "../../src/client";
import { graphql } from "../generated";
import type { E2eHistoryQuery } from "../generated/graphql";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { MainProcess } from "./process";

/** Starts the real server as `npm start` does (`tsx src/app/main.ts`) and talks to it over HTTP. */

interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

let dir: string;
let database: TestDatabase;
let databaseUrl: string;
const processes: MainProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-e2e-"));
  database = await createTestDatabase(dir);
  databaseUrl = database.url;
});

afterEach(async (context) => {
  const children = processes.splice(0);
  // Whatever happened in the test, no server outlives it.
  await Promise.all(children.map((child) => child.kill()));
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
  // The servers' own output is where an "Unexpected error." they returned is explained.
  if (context.task.result?.state === "fail") {
    for (const [index, child] of children.entries()) {
      console.error(
        `server #${index + 1} stdout:\n${child.stdout}\nserver #${index + 1} stderr:\n${child.stderr}`,
      );
    }
  }
});

function redisListens(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(6379, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function start(env: Record<string, string> = {}, options: { viaNpm?: boolean } = {}): MainProcess {
  const child = new MainProcess({ PORT: "0", DATABASE_URL: databaseUrl, ...env }, options);
  processes.push(child);
  return child;
}

/** Sends an operation and returns the whole answer, errors included. */
async function send<T, V>(
  url: string,
  document: TypedDocument<T, V>,
  variables?: V,
  token?: string,
): Promise<GraphQLBody<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphQLBody<T>;
}

const VIEWER = graphql(`
  query E2eViewer {
    viewer {
      name
      roles {
        role
        deployment
      }
    }
  }
`);

const RECORD = graphql(`
  mutation E2eRecord($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        sequence
        assetsAdded
      }
    }
  }
`);

const HISTORY = graphql(`
  query E2eHistory($name: String!) {
    project(name: $name) {
      name
      history {
        edges {
          node {
            load {
              sequence
            }
          }
        }
      }
    }
  }
`);

const DEPLOYMENTS = graphql(`
  query E2eDeployments { deployments { name } }
`);

function historySequences(body: GraphQLBody<E2eHistoryQuery>): number[] {
  expect(body.errors).toBeUndefined();
  const project = body.data?.project;
  expect(project).not.toBeNull();
  return (project?.history.edges ?? []).map((edge) => edge.node.load.sequence);
}

async function expectAdminViewer(url: string, token: string): Promise<void> {
  const body = await send(url, VIEWER, {}, token);
  expect(body.errors).toBeUndefined();
  expect(body.data?.viewer).toEqual({
    name: "admin",
    roles: [{ role: "ORGANIZATION_ADMIN", deployment: null }],
  });
}

async function stopWithSigterm(server: MainProcess): Promise<void> {
  const pid = server.child.pid;
  expect(pid).toBeDefined();
  process.kill(pid as number, "SIGTERM");
  const exit = await server.waitForExit(10_000);
  expect(exit, `the server did not exit within 10 s of SIGTERM\nstdout:\n${server.stdout}`).not.toBeNull();
  expect(exit).toEqual({ code: 0, signal: null });
  expect(server.stderr).toBe("");
}

describe("npm start (tsx src/app/main.ts)", () => {
  it("serves a fresh database with a bootstrap admin token, keeps it all across a restart and stops on SIGTERM", async () => {
    // First start: fresh database, no ADMIN_TOKEN, no terminal: a token is created and written to its file
    // (readable by its owner only), and the log says where, without the token.
    const first = start();
    const { url, baseUrl } = await first.ready();
    const token = first.bootstrapToken;
    expect(token, `no token in ${first.bootstrapTokenFile}:\n${first.stdout}`).toMatch(
      /^phist_[A-Za-z0-9_-]{20,}$/,
    );
    expect(statSync(first.bootstrapTokenFile).mode & 0o777).toBe(0o600);
    expect(first.stdout).toContain(first.bootstrapTokenFile);
    expect(first.stdout).not.toContain("phist_");
    const adminToken = token as string;

    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${baseUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });

    await expectAdminViewer(url, adminToken);

    // `viewer` is documented as "null when the request carries no valid token"; data needs a token.
    expect(await send(url, VIEWER)).toEqual({ data: { viewer: null } });
    for (const badToken of [undefined, "phist_not-a-real-token-0000000000"]) {
      const denied = await send(url, HISTORY, { name: "e2e" }, badToken);
      expect(denied.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      expect(denied.data?.project ?? null).toBeNull();
      const deployments = await send(url, DEPLOYMENTS, {}, badToken);
      expect(deployments.errors?.map((error) => error.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }

    const recorded = await send(
      url,
      RECORD,
      { input: { project: "e2e", image: "registry.example.com/e2e:1", assets: [{ key: "raw/orders" }] } },
      adminToken,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordProjectLoad).toEqual({ load: { sequence: 1, assetsAdded: ["raw/orders"] } });
    expect(historySequences(await send(url, HISTORY, { name: "e2e" }, adminToken))).toEqual([1]);

    await stopWithSigterm(first);
    expect(first.stdout).toContain("SIGTERM: shutting down");

    // Second start on the same database: migrations are idempotent, no new token, the old one still works.
    const second = start();
    const restarted = await second.ready();
    expect(second.stdout).not.toContain("phist_");
    expect(second.stdout).not.toContain("Created an organization admin token");
    await expectAdminViewer(restarted.url, adminToken);
    expect(historySequences(await send(restarted.url, HISTORY, { name: "e2e" }, adminToken))).toEqual([1]);

    // The data survived and the project keeps numbering its loads.
    const again = await send(
      restarted.url,
      RECORD,
      { input: { project: "e2e", image: "registry.example.com/e2e:2", assets: [{ key: "raw/orders" }] } },
      adminToken,
    );
    expect(again.errors).toBeUndefined();
    expect(again.data?.recordProjectLoad).toEqual({ load: { sequence: 2, assetsAdded: [] } });
    expect(historySequences(await send(restarted.url, HISTORY, { name: "e2e" }, adminToken))).toEqual([2, 1]);

    await stopWithSigterm(second);
  }, 90_000);

  it("refuses a short ADMIN_TOKEN with one clear line on stderr and a non-zero exit", async () => {
    const child = start({ ADMIN_TOKEN: "short" });
    const exit = await child.waitForExit(30_000);
    expect(exit, "the server kept running with ADMIN_TOKEN=short").not.toBeNull();
    expect(exit?.code).not.toBe(0);
    expect(exit?.code).not.toBeNull();
    const lines = child.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: .*ADMIN_TOKEN/);
    expect(child.stderr).not.toMatch(/^\s+at /m);
    expect(child.stdout).not.toContain("Project history API on");
    expect(child.stdout).not.toContain("phist_");
  }, 40_000);

  it("stops with a clear line when REDIS_URL does not answer, and reports live delivery on /ready when it does", async () => {
    const unreachable = start({ REDIS_URL: "redis://127.0.0.1:1" });
    const exit = await unreachable.waitForExit(30_000);
    expect(exit?.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^Cannot start: cannot reach Redis at redis:\/\/127\.0\.0\.1:1\b/m);
    expect(unreachable.stderr.trim().split("\n")).toHaveLength(1);
    expect(unreachable.stderr).not.toMatch(/^\s+at /m);
    expect(unreachable.stdout).not.toContain("Project history API on");

    if (!(await redisListens())) {
      console.warn("!!! SKIPPED the REDIS_URL half of this test: no Redis listens on 127.0.0.1:6379");
      return;
    }
    const withRedis = start({ REDIS_URL: "redis://127.0.0.1:6379" });
    const { url } = await withRedis.ready();
    expect(withRedis.stdout).toContain("live delivery through Redis");
    const ready = await fetch(new URL("/ready", url));
    expect(await ready.json()).toMatchObject({ ready: true, liveDelivery: "working" });
  }, 60_000);

  it("stops within 10 s when SIGTERM or SIGINT reaches the process `npm start` started, and frees the port", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const server = start({}, { viaNpm: true });
      const { port, baseUrl } = await server.ready(60_000);
      expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
      // That PID alone, as docker stop and systemd do: not the process group.
      process.kill(server.child.pid as number, signal);
      const exit = await server.waitForExit(10_000);
      expect(
        exit,
        `npm start did not exit within 10 s of ${signal}\nstdout:\n${server.stdout}`,
      ).not.toBeNull();
      // Nothing of it (sh, tsx, node) is left behind holding the port.
      await waitFor(() => !server.groupAlive, 5_000);
      expect(server.groupAlive, `a process of npm start outlived ${signal}`).toBe(false);
      expect(await portAcceptsConnections(port)).toBe(false);
      expect(server.stdout).toContain(`${signal}: shutting down`);
    }
  }, 150_000);

  it("on a taken port says so in one line, exits 1 and keeps the bootstrap token for the start that serves", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const refused = start({ PORT: String(port) });
      const exit = await refused.waitForExit(30_000);
      expect(exit?.code).toBe(1);
      expect(refused.stderr.trim()).toBe(`Cannot start: port ${port} is in use (set PORT)`);
      expect(refused.stdout).not.toContain("Created an organization admin token");
      expect(refused.bootstrapToken).toBeNull();
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
    // The next start, on a free port, is the one that creates and hands over the token.
    const served = start();
    const { url } = await served.ready();
    expect(served.stdout).toContain("Created an organization admin token");
    await expectAdminViewer(url, served.bootstrapToken as string);
  }, 90_000);

  it("hands over on the next start a bootstrap token it could not hand over", async () => {
    // A file that cannot be written (its folder would be a file): the token is made but never reaches anyone.
    const unwritable = start({ BOOTSTRAP_TOKEN_FILE: "/dev/null/admin-token" });
    const exit = await unwritable.waitForExit(30_000);
    expect(exit?.code).toBe(1);
    const lines = unwritable.stderr.split("\n").filter((line) => line.trim() !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Cannot start: cannot write the bootstrap admin token to \/dev\/null\/admin-token \(set BOOTSTRAP_TOKEN_FILE\)/,
    );

    const next = start();
    const { url } = await next.ready();
    const token = next.bootstrapToken;
    expect(token).toMatch(/^phist_/);
    await expectAdminViewer(url, token as string);
    await stopWithSigterm(next);

    // Handed over now: a third start makes no token and the handed-over one keeps working.
    const third = start();
    const again = await third.ready();
    expect(third.stdout).not.toContain("Created an organization admin token");
    await expectAdminViewer(again.url, token as string);
  }, 120_000);
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
