import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TypedDocument } from "../../src/client";
import { graphql } from "../generated";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { type Exit, MainProcess, PROJECT_ROOT } from "./process";

/**
 * The README: "`npm run demo` ... can run while the server runs". Done as a user does it: the real server
 * (`tsx src/main.ts`) and `tsx scripts/demo.ts` as two processes on the same database, while loads are
 * recorded through the server the whole time the demo writes.
 */

const ADMIN_TOKEN = "e2e-concurrent-admin-token-0123456789";
const PROJECT = "concurrent";
/** At least this many loads are recorded, however fast the demo is. */
const MIN_LOADS = 30;
/** A pause between loads: the loop keeps writing without starving the demo of the machine's CPUs. */
const PAUSE_MS = 10;
/** The loop gives up (and the test fails) after this long; the demo takes 5-15 s next to it. */
const DEADLINE_MS = 40_000;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const RECORD = graphql(`
  mutation DemoConcurrentRecord($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        sequence
      }
    }
  }
`);

const HISTORY = graphql(`
  query DemoConcurrentHistory($name: String!) {
    project(deployment: "prod", name: $name) {
      history(first: 1, collapseSimilar: false) {
        totalCount
      }
    }
  }
`);

const DEPLOYMENTS = graphql(`
  query DemoConcurrentDeployments {
    deployments {
      name
      projects(first: 20) {
        edges {
          node {
            name
          }
        }
      }
    }
  }
`);

/** `tsx scripts/demo.ts` as `npm run demo` runs it, with its output collected. */
class DemoProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  exit: Exit | null = null;
  readonly exited: Promise<Exit>;

  constructor(databaseUrl: string) {
    const inherited = { ...process.env };
    for (const name of ["ADMIN_TOKEN", "PORT", "HOST", "LOG_LEVEL", "LOG_FORMAT", "DATABASE_URL"]) {
      delete inherited[name];
    }
    this.child = spawn("node_modules/.bin/tsx", ["scripts/demo.ts"], {
      cwd: PROJECT_ROOT,
      env: { ...inherited, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: tsx runs the script in a child process, and a hard kill must reach both.
      detached: true,
    });
    this.child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stdout += chunk;
    });
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) => {
      this.child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
  }

  get running(): boolean {
    return this.exit === null;
  }

  async kill(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
    if (this.running) {
      await Promise.race([this.exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
  }
}

let dir: string;
let database: TestDatabase;
const servers: MainProcess[] = [];
const demos: DemoProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "project-history-e2e-demo-"));
  database = await createTestDatabase(dir);
});

afterEach(async (context) => {
  const children = { servers: servers.splice(0), demos: demos.splice(0) };
  // Whatever happened in the test, no process outlives it.
  await Promise.all([...children.servers, ...children.demos].map((child) => child.kill()));
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
  if (context.task.result?.state === "fail") {
    for (const server of children.servers) {
      console.error(`server stdout:\n${server.stdout}\nserver stderr:\n${server.stderr}`);
    }
    for (const demo of children.demos) {
      console.error(`demo stdout:\n${demo.stdout}\ndemo stderr:\n${demo.stderr}`);
    }
  }
});

/** Sends an operation as the admin and returns the HTTP status and the whole answer, errors included. */
async function send<T, V>(
  url: string,
  document: TypedDocument<T, V>,
  variables: V,
): Promise<{ status: number; body: GraphQLBody<T> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      authorization: `Bearer ${ADMIN_TOKEN}`,
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
}

describe("npm run demo while the server runs", () => {
  it("seeds the demo while loads are recorded through the server, and neither loses anything", async () => {
    const server = new MainProcess({
      PORT: "0",
      DATABASE_URL: database.url,
      ADMIN_TOKEN,
      // Unused with ADMIN_TOKEN set; named so that no temporary folder is made for it outside `dir`.
      BOOTSTRAP_TOKEN_FILE: join(dir, "bootstrap-admin-token"),
    });
    servers.push(server);
    const { url } = await server.ready();

    const demo = new DemoProcess(database.url);
    demos.push(demo);

    // Record loads until the demo has exited (and at least MIN_LOADS): each one changes an asset, so every
    // mutation reads the previous snapshot and writes a diff while the demo writes its own history.
    const sequences: number[] = [];
    const failures: { load: number; status: number; errors: unknown }[] = [];
    const deadline = Date.now() + DEADLINE_MS;
    for (let load = 1; demo.running || load <= MIN_LOADS; load++) {
      expect(Date.now(), `still running after ${DEADLINE_MS} ms (${load - 1} loads sent)`).toBeLessThan(
        deadline,
      );
      const { status, body } = await send(url, RECORD, {
        input: {
          deployment: "prod",
          project: PROJECT,
          image: `registry.example.com/concurrent:${load}`,
          assets: [
            { key: "raw/events", codeVersion: String(load) },
            { key: "mart/daily", dependencies: ["raw/events"] },
          ],
        },
      });
      if (status !== 200 || body.errors !== undefined || !body.data) {
        failures.push({ load, status, errors: body.errors });
        continue;
      }
      sequences.push(body.data.recordProjectLoad.load.sequence);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }

    const exit = await demo.exited;
    expect(exit, `demo stdout:\n${demo.stdout}\ndemo stderr:\n${demo.stderr}`).toEqual({
      code: 0,
      signal: null,
    });
    expect(demo.stdout).toMatch(/^Created 6 projects, /m);
    expect(failures).toEqual([]);
    expect(sequences).toEqual(sequences.map((_, index) => index + 1));

    const history = await send(url, HISTORY, { name: PROJECT });
    expect(history.body.errors).toBeUndefined();
    expect(history.body.data?.project?.history.totalCount).toBe(sequences.length);

    const deployments = await send(url, DEPLOYMENTS, {});
    expect(deployments.body.errors).toBeUndefined();
    const byName = Object.fromEntries(
      (deployments.body.data?.deployments ?? []).map((deployment) => [
        deployment.name,
        deployment.projects.edges.map((edge) => edge.node.name).sort(),
      ]),
    );
    expect(byName).toEqual({
      prod: ["analytics", "billing-pipeline", "concurrent", "ml-features"],
      staging: ["analytics", "billing-pipeline", "search-indexing"],
    });
  }, 60_000);
});
