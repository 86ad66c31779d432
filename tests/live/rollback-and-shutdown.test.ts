import { afterEach, describe, expect, it } from "vitest";
import { graphql } from "../generated";
import { RECORD, record } from "../helpers";
import { collect, type LiveServer, PROJECT_LOADED, startLiveServer, waitUntil } from "./live-helpers";

const ROLLBACK = graphql(`
  mutation LiveRollback($id: ID!) {
    rollbackProject(input: { loadId: $id, reason: "bad deploy" }) { load { sequence } }
  }
`);

let live: LiveServer | null = null;
afterEach(async () => {
  await live?.close();
  live = null;
});

describe("rollback seen live", () => {
  it("publishes the rollback's load with trigger ROLLBACK and its rollback", async () => {
    live = await startLiveServer();
    const server = live;
    const good = await record(server, {
      project: "etl",
      image: "good",
      assets: [{ key: "a", codeVersion: "1" }],
    });
    await record(server, {
      project: "etl",
      image: "bad",
      assets: [{ key: "a", codeVersion: "2" }, { key: "x" }],
    });
    const watcher = collect(server.client(), PROJECT_LOADED, { project: "etl" });
    await waitUntil(
      () => server.running.live.events.size === 1,
      5_000,
      () => "no subscription",
    );
    const response = await server.request(ROLLBACK, { id: good.id });
    expect(response.errors).toBeUndefined();
    const [event] = await watcher.waitFor(1);
    expect(event?.projectLoaded).toMatchObject({
      sequence: 3,
      status: "SUCCESS",
      trigger: "ROLLBACK",
      assetsRemoved: ["x"],
      assetsChanged: ["a"],
      rollback: {
        reason: "bad deploy",
        fromLoad: { sequence: 2 },
        toLoad: { sequence: 1 },
        resultingLoad: { sequence: 3 },
      },
    });
    watcher.stop();
  });
});

describe("graceful shutdown", () => {
  it("finishes requests in flight, closes WebSockets with 1001 and ends subscriptions", {
    timeout: 60_000,
  }, async () => {
    live = await startLiveServer();
    const server = live;
    const socketClosed = new Promise<number>((resolve) => {
      const client = server.client(undefined, {
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      collect(client, PROJECT_LOADED);
    });
    await waitUntil(
      () => server.running.live.events.size === 1,
      5_000,
      () => "no subscription",
    );
    // A large snapshot keeps a request in flight while the server is asked to stop.
    const assets = Array.from({ length: 15_000 }, (_, i) => ({
      key: `asset/${i}`,
      codeVersion: "1",
      tags: { i: String(i) },
    }));
    const inFlight = server.request(RECORD, { input: { project: "big", assets } });
    let answeredAt: number | null = null;
    void inFlight.then(() => {
      answeredAt = Date.now();
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(answeredAt).toBeNull();
    // The drain window is generous so that a slow machine cannot turn this into a test of the deadline:
    // what counts is that close() waits for the request and returns once it is answered, not at the deadline.
    await server.running.close(25_000);
    const closedAt = Date.now();
    expect(await socketClosed).toBe(1001);
    const response = await inFlight;
    expect(Math.abs((answeredAt ?? 0) - closedAt)).toBeLessThan(2_000);
    expect(response.errors).toBeUndefined();
    expect(response.data?.recordProjectLoad.load.sequence).toBe(1);
    expect(server.running.live.events.size).toBe(0);
    await expect(fetch(`http://127.0.0.1:${server.running.port}/health`)).rejects.toThrow();
  });
});
