import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import { graphqlRequest } from "../helpers";
import { createTestDatabase, type TestDatabase } from "../test-database";
import { MainProcess, TsxProcess } from "./process";

/**
 * The README: "`npm run demo` ... can run while the server runs". Done as a user does it: the real server
 * (`tsx src/app/main.ts`) and `tsx scripts/demo/index.ts` as two processes on the same database, while loads are
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

let dir: string;
let database: TestDatabase;
const servers: MainProcess[] = [];
const demos: TsxProcess[] = [];

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
    const request = graphqlRequest((init) => fetch(url, init));

    // `tsx scripts/demo/index.ts`, as `npm run demo` runs it.
    const demo = new TsxProcess("scripts/demo/index.ts", { DATABASE_URL: database.url });
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
      const { status, errors, data } = await request(
        RECORD,
        {
          input: {
            deployment: "prod",
            project: PROJECT,
            image: `registry.example.com/concurrent:${load}`,
            assets: [
              { key: "raw/events", codeVersion: String(load) },
              { key: "mart/daily", dependencies: ["raw/events"] },
            ],
          },
        },
        ADMIN_TOKEN,
      );
      if (status !== 200 || errors !== undefined || !data) {
        failures.push({ load, status, errors });
        continue;
      }
      sequences.push(data.recordProjectLoad.load.sequence);
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

    const history = await request(HISTORY, { name: PROJECT }, ADMIN_TOKEN);
    expect(history.errors).toBeUndefined();
    expect(history.data?.project?.history.totalCount).toBe(sequences.length);

    const deployments = await request(DEPLOYMENTS, {}, ADMIN_TOKEN);
    expect(deployments.errors).toBeUndefined();
    const byName = Object.fromEntries(
      (deployments.data?.deployments ?? []).map((deployment) => [
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
