import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codes, createTestServer, RECORD, record, type TestServer } from "../helpers";

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

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
  });

  it("refuses a FAILURE load without error, with BAD_USER_INPUT and nothing written", async () => {
    const before = await server.db.prisma.projectLoad.count();
    const response = await server.request(RECORD, { input: { project: "etl", status: "FAILURE" } });
    expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.errors?.[0]?.message).toMatch(/needs error/);
    expect(await server.db.prisma.projectLoad.count()).toBe(before);
  });
});
