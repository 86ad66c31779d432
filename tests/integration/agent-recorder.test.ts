// The agent's recorder against the real history server (in-process): which observations become loads, and
// that repeats, restarts and concurrent agents never write one twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkToken, type Observation, Recorder } from "../../src/agent/history";
import { disappearedFailure, failureOf, type LoadSnapshot } from "../../src/agent/snapshot";
import { createGraphQLClient, type GraphQLClient } from "../../src/client";
import { createTestServer, type TestServer } from "../helpers";

let server: TestServer;
let client: GraphQLClient;
let other: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  const fetchApp = (url: string, init: RequestInit) => server.app.fetch(url, init);
  client = createGraphQLClient({
    url: "http://test/graphql",
    token: await server.token("agent", "EDITOR", "prod"),
    fetch: fetchApp,
  });
  other = createGraphQLClient({
    url: "http://test/graphql",
    token: await server.token("agent-2", "EDITOR", "prod"),
    fetch: fetchApp,
  });
});

afterAll(async () => {
  await server.close();
});

function loaded(versionKey: string, image: string, loadedAt = "2026-11-01T10:00:00.000Z"): Observation {
  const snapshot: LoadSnapshot = {
    assets: [
      {
        key: "raw/orders",
        codeVersion: image,
        tags: {},
        metadata: {},
        dependencies: [],
        partitionMappings: {},
      },
    ],
    image,
    git: { commitHash: "abc123", repositoryUrl: "https://github.com/acme/shop" },
    metadata: [{ key: "library/dagster", value: "1.13.28" }],
    loadedAt,
  };
  return { kind: "loaded", versionKey, snapshot };
}

function failed(message: string): Observation {
  return {
    kind: "failed",
    failure: failureOf({
      __typename: "PythonError",
      message,
      className: "KeyError",
      stack: ['  File "/app/defs.py", line 1, in <module>\n'],
      errorChain: [],
    }),
  };
}

async function statuses(recorder: Recorder, project: string): Promise<string[]> {
  const projects = await recorder.projects();
  const count = projects.find((one) => one.name === project)?.latestLoad?.sequence ?? 0;
  const response = await server.request(
    `query($name: String!) { project(name: $name) { history(first: 100, collapseSimilar: false) { edges { node { load { status image error { message } } } } } } }`,
    { name: project },
  );
  const edges = (
    response.data as {
      project: {
        history: {
          edges: {
            node: { load: { status: string; image: string | null; error: { message: string } | null } };
          }[];
        };
      };
    }
  ).project.history.edges;
  expect(edges).toHaveLength(count);
  return edges
    .map(({ node: { load } }) =>
      load.status === "SUCCESS" ? `SUCCESS ${load.image}` : `FAILURE ${load.error?.message}`,
    )
    .reverse();
}

describe("the agent's recorder", () => {
  it("records a versionKey once, however often it is sent", async () => {
    const recorder = new Recorder(client, "prod");
    expect((await recorder.record("p1", loaded("vk1", "img:1"))).outcome).toBe("recorded");
    expect((await recorder.record("p1", loaded("vk1", "img:1"))).outcome).toBe("present");
    // The same code server behind a restarted webserver: another updateTimestamp, the same load.
    expect((await recorder.record("p1", loaded("vk1", "img:1", "2026-11-01T11:00:00.000Z"))).outcome).toBe(
      "present",
    );
    expect((await recorder.record("p1", loaded("vk2", "img:2"))).outcome).toBe("recorded");
    expect(await statuses(recorder, "p1")).toEqual(["SUCCESS img:1", "SUCCESS img:2"]);
  });

  it("records a failure once per distinct error, and the same error again after something else", async () => {
    const recorder = new Recorder(client, "prod");
    await recorder.record("p2", loaded("vk1", "img:1"));
    expect((await recorder.record("p2", failed("KeyError: 'A'"))).outcome).toBe("recorded");
    expect((await recorder.record("p2", failed("KeyError: 'A'"))).outcome).toBe("present");
    expect((await recorder.record("p2", failed("KeyError: 'B'"))).outcome).toBe("recorded");
    expect((await recorder.record("p2", failed("KeyError: 'A'"))).outcome).toBe("recorded");
    expect(await statuses(recorder, "p2")).toEqual([
      "SUCCESS img:1",
      "FAILURE KeyError: 'A'",
      "FAILURE KeyError: 'B'",
      "FAILURE KeyError: 'A'",
    ]);
  });

  it("records the same code server coming back after a failure as a load of its own, once", async () => {
    const recorder = new Recorder(client, "prod");
    await recorder.record("p3", loaded("vk1", "img:1"));
    await recorder.record("p3", failed("unreachable"));
    expect((await recorder.record("p3", loaded("vk1", "img:1"))).outcome).toBe("recorded");
    // A restarted agent sends it again: the history has it.
    expect((await new Recorder(client, "prod").record("p3", loaded("vk1", "img:1"))).outcome).toBe("present");
    await recorder.record("p3", failed("unreachable"));
    expect((await recorder.record("p3", loaded("vk1", "img:1"))).outcome).toBe("recorded");
    expect(await statuses(recorder, "p3")).toEqual([
      "SUCCESS img:1",
      "FAILURE unreachable",
      "SUCCESS img:1",
      "FAILURE unreachable",
      "SUCCESS img:1",
    ]);
  });

  it("records once when two agents send the same observations at the same time", async () => {
    const mine = new Recorder(client, "prod");
    const theirs = new Recorder(other, "prod");
    for (const observation of [
      loaded("vk1", "img:1"),
      failed("boom"),
      loaded("vk2", "img:2"),
      failed("boom"),
    ]) {
      await Promise.all([mine.record("p4", observation), theirs.record("p4", observation)]);
    }
    const gone = { kind: "failed", failure: disappearedFailure("p4", "http://dagster") } as const;
    await Promise.all([mine.record("p4", gone), theirs.record("p4", gone), mine.record("p4", gone)]);
    expect(await statuses(mine, "p4")).toEqual([
      "SUCCESS img:1",
      "FAILURE boom",
      "SUCCESS img:2",
      "FAILURE boom",
      'FAILURE Code location "p4" is no longer in the Dagster workspace of http://dagster',
    ]);
  });

  it("refuses a token that cannot record in the deployment", async () => {
    const viewer = createGraphQLClient({
      url: "http://test/graphql",
      token: await server.token("reader", "VIEWER", "prod"),
      fetch: (url, init) => server.app.fetch(url, init),
    });
    await expect(checkToken(viewer, "prod")).rejects.toThrow(
      'The token "reader" cannot record loads in deployment "prod": it needs EDITOR there (it has VIEWER in prod)',
    );
    const elsewhere = createGraphQLClient({
      url: "http://test/graphql",
      token: await server.token("staging-editor", "EDITOR", "staging"),
      fetch: (url, init) => server.app.fetch(url, init),
    });
    await expect(checkToken(elsewhere, "prod")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkToken(client, "prod")).resolves.toBe("agent");
    const nobody = createGraphQLClient({
      url: "http://test/graphql",
      token: "nope",
      fetch: (url, init) => server.app.fetch(url, init),
    });
    await expect(checkToken(nobody, "prod")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
