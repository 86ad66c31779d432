import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordProjectLoadInput } from "../generated/graphql";
import { codes, createTestServer, RECORD, record, type TestServer } from "../helpers";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

/** Rows in every table: what "nothing was written" is checked against. */
async function rowCounts() {
  const prisma = server.db.prisma;
  return {
    deployments: await prisma.deployment.count(),
    projects: await prisma.project.count(),
    loads: await prisma.projectLoad.count(),
    entries: await prisma.historyEntry.count(),
    versions: await prisma.assetVersion.count(),
    changes: await prisma.assetChange.count(),
  };
}

async function expectRefused(input: RecordProjectLoadInput, message: RegExp) {
  const before = await rowCounts();
  const response = await server.request(RECORD, { input });
  expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
  expect(response.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(response)).not.toMatch(/prisma|SELECT|INSERT|at .*\.ts/i);
  expect(await rowCounts()).toEqual(before);
}

describe("recordProjectLoad", () => {
  it("creates deployment and project on first use and numbers loads 1, 2, 3", async () => {
    const first = await record(server, {
      deployment: "prod",
      project: "etl",
      assets: [{ key: "a" }, { key: "b" }],
    });
    expect(first).toMatchObject({
      sequence: 1,
      status: "SUCCESS",
      trigger: "DEPLOY",
      assetsAdded: ["a", "b"],
    });
    const second = await record(server, {
      project: "etl",
      assets: [{ key: "a", codeVersion: "2" }, { key: "c" }],
    });
    expect(second).toMatchObject({
      sequence: 2,
      assetsAdded: ["c"],
      assetsRemoved: ["b"],
      assetsChanged: ["a"],
    });
    const failed = await record(server, { project: "etl", status: "FAILURE", error: "ImportError: boom" });
    expect(failed).toMatchObject({ sequence: 3, status: "FAILURE", assetsAdded: [], assetsChanged: [] });
    // A failure changes nothing: the next success is diffed against load 2, not against nothing.
    const fourth = await record(server, {
      project: "etl",
      assets: [{ key: "a", codeVersion: "2" }, { key: "c" }],
    });
    expect(fourth).toMatchObject({ sequence: 4, assetsAdded: [], assetsRemoved: [], assetsChanged: [] });
  });

  it("numbers concurrent loads of one project with no gap and no duplicate", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        record(server, { project: "busy", assets: [{ key: `a${i % 3}` }] }),
      ),
    );
    expect(results.map((load) => load.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it("accepts an empty snapshot and removes every asset", async () => {
    await record(server, { project: "emptied", assets: [{ key: "x" }] });
    const emptied = await record(server, { project: "emptied", assets: [] });
    expect(emptied.assetsRemoved).toEqual(["x"]);
  });
});

describe("idempotency", () => {
  const input = { project: "idem", image: "img:1", assets: [{ key: "a" }], idempotencyKey: "deploy-42" };

  it("returns the first result for a retry and records nothing new", async () => {
    const first = await record(server, input);
    const before = await rowCounts();
    const retry = await record(server, input);
    expect(retry).toEqual(first);
    expect(await rowCounts()).toEqual(before);
  });

  it("answers CONFLICT for the same key with different input, writing nothing", async () => {
    const before = await rowCounts();
    const response = await server.request(RECORD, { input: { ...input, image: "img:2" } });
    expect(codes(response)).toEqual(["CONFLICT"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("scopes keys to the project", async () => {
    const other = await record(server, { ...input, project: "idem-2" });
    expect(other.sequence).toBe(1);
  });

  it("holds when retries race", async () => {
    const racing = { ...input, project: "idem-race", idempotencyKey: "race" };
    const results = await Promise.all(Array.from({ length: 5 }, () => record(server, racing)));
    expect(new Set(results.map((load) => load.id)).size).toBe(1);
  });
});

describe("validation", () => {
  it("refuses empty and over-long names", async () => {
    await expectRefused({ project: "", assets: [] }, /project must not be empty/);
    await expectRefused({ project: "   ", assets: [] }, /project must not be empty/);
    await expectRefused({ deployment: "", project: "p", assets: [] }, /deployment must not be empty/);
    await expectRefused({ project: "x".repeat(201), assets: [] }, /201 characters long; the limit is 200/);
    await expectRefused({ deployment: "d".repeat(201), project: "p", assets: [] }, /limit is 200/);
  });

  it("refuses an asset key listed twice", async () => {
    await expectRefused(
      { project: "p", assets: [{ key: "a" }, { key: "b" }, { key: "a" }] },
      /"a" is listed twice/,
    );
  });

  it("refuses tags that are not an object of strings", async () => {
    await expectRefused(
      { project: "p", assets: [{ key: "a", tags: { n: 1 } }] },
      /tags must be an object whose values are strings; "n" is a number/,
    );
    await expectRefused({ project: "p", assets: [{ key: "a", tags: ["x"] }] }, /tags must be an object/);
    await expectRefused({ project: "p", assets: [{ key: "a", tags: "x" }] }, /tags must be an object/);
    await expectRefused(
      { project: "p", assets: [{ key: "a", metadata: [1] }] },
      /metadata must be an object/,
    );
    await expectRefused(
      { project: "p", assets: [{ key: "a", partitionMappings: { up: 3 } }] },
      /partitionMappings must be an object whose values are strings/,
    );
  });

  it("refuses a snapshot over 20,000 assets", async () => {
    const assets = Array.from({ length: 20_001 }, (_, i) => ({ key: `k${i}` }));
    await expectRefused({ project: "p", assets }, /20001 assets; the limit is 20000/);
  });

  it("refuses a request body over 10 MB before reading it", async () => {
    const body = JSON.stringify({
      query: RECORD.toString(),
      variables: { input: { project: "p", image: "x".repeat(11 * 1024 * 1024) } },
    });
    const response = await server.app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer test-admin-token-0123456789" },
      body,
    });
    expect(response.status).toBe(413);
    const payload = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(payload.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(payload.errors[0]?.message).toMatch(/limit is 10485760/);
  });

  it("needs error on a FAILURE load and assets on a SUCCESS load", async () => {
    await expectRefused({ project: "p", status: "FAILURE" }, /FAILURE load needs error/);
    await expectRefused({ project: "p", status: "FAILURE", error: "" }, /FAILURE load needs error/);
    await expectRefused({ project: "p", status: "FAILURE", error: "e", assets: [] }, /has no asset snapshot/);
    await expectRefused({ project: "p" }, /SUCCESS load needs assets/);
    await expectRefused({ project: "p", error: "e", assets: [] }, /error is only for FAILURE loads/);
  });

  it("refuses an unknown status, a bad date and duplicate metadata keys", async () => {
    // Invalid on purpose: "BROKEN" is no LoadStatus, so the operation goes out as plain text, untyped.
    const status = await server.request(String(RECORD), {
      input: { project: "p", status: "BROKEN", assets: [] },
    });
    expect(codes(status)).toEqual(["BAD_USER_INPUT"]);
    const date = await server.request(RECORD, { input: { project: "p", loadedAt: "yesterday", assets: [] } });
    expect(codes(date)).toEqual(["BAD_USER_INPUT"]);
    expect(date.errors?.[0]?.message).toMatch(/ISO-8601/);
    const naive = await server.request(RECORD, {
      input: { project: "p", loadedAt: "2026-01-01T00:00:00", assets: [] },
    });
    expect(codes(naive)).toEqual(["BAD_USER_INPUT"]);
    await expectRefused(
      {
        project: "p",
        metadata: [
          { key: "k", value: "1" },
          { key: "k", value: "2" },
        ],
        assets: [],
      },
      /metadata key "k" is listed twice/,
    );
  });
});
