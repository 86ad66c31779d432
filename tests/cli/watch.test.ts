// `project-history watch` end to end: live loads over graphql-ws, reconnecting and resuming across a server
// restart, and its exit codes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningServer, startServer } from "../../src/app/server";
import type { CliWatchSubscription } from "../../src/client/generated/graphql";
import { createLiveHub } from "../../src/live/index";
import { ADMIN_TOKEN, graphqlRequest, record } from "../helpers";
import { type LiveServer, startLiveServer } from "../live/live-helpers";
import { type CliOptions, runCli, spawnCli } from "./cli-helpers";

type WatchedLoad = CliWatchSubscription["projectLoaded"];

let live: LiveServer;
let admin: CliOptions;
/** The server that replaced live.running in the restart test, closed before the database. */
let restarted: RunningServer | null = null;

beforeAll(async () => {
  live = await startLiveServer();
  admin = { url: `http://127.0.0.1:${live.running.port}/graphql`, token: ADMIN_TOKEN };
});

afterAll(async () => {
  await restarted?.close(1_000);
  await live?.close();
});

const sequencesOf = (lines: string[]) => lines.map((line) => (JSON.parse(line) as WatchedLoad).sequence);

describe("watch", () => {
  it("prints a load recorded after it started (and none from before), and exits 0 on SIGINT", async () => {
    await record(live, { project: "watched", image: "img:1", assets: [{ key: "a" }] });
    const watch = spawnCli(["watch", "--project", "watched", "--json"], admin);
    await watch.waitForStderr(/watching loads of prod\/watched/);
    await record(live, { project: "other", assets: [] });
    await record(live, { project: "watched", image: "img:2", assets: [{ key: "a" }, { key: "b" }] });
    const [line] = await watch.waitForLines(1);
    expect(JSON.parse(line as string)).toMatchObject({
      sequence: 2,
      status: "SUCCESS",
      trigger: "DEPLOY",
      image: "img:2",
      project: { name: "watched", deployment: { name: "prod" } },
      assetsAdded: ["b"],
    });
    watch.signal("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(watch.lines()).toHaveLength(1);
  });

  it("prints one line per load for a terminal", async () => {
    // A deployment-wide watch has no starting point of its own: --after gives it one, so the load below is
    // printed even if it is recorded before the server has registered the subscription.
    const seed = await record(live, { deployment: "lines", project: "seed", assets: [] });
    const watch = spawnCli(["watch", "--deployment", "lines", "--after", seed.id], admin);
    await watch.waitForStderr(/watching loads of lines/);
    await record(live, {
      deployment: "lines",
      project: "etl",
      image: "img:7",
      git: {
        repositoryUrl: "https://github.com/acme/etl",
        commitHash: "abcdef0123456789abcdef0123456789abcdef01",
      },
      assets: [{ key: "a" }],
    });
    const [line] = await watch.waitForLines(1);
    expect(line?.split("  ")).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      "lines/etl",
      "#1",
      "SUCCESS",
      "DEPLOY",
      "img:7",
      "abcdef0",
      "+1 -0 ~0",
      "https://github.com/acme/etl/commit/abcdef0123456789abcdef0123456789abcdef01",
    ]);
    watch.signal("SIGINT");
    expect(await watch.exited).toBe(0);
  });

  it("exits 1 when the token is refused or may not read the deployment", async () => {
    const stagingViewer = await live.token("staging-viewer", "VIEWER", "staging");
    const [unknownToken, forbidden] = await Promise.all([
      runCli(["watch"], { ...admin, token: "not-a-real-token-abcdef" }),
      runCli(["watch", "--deployment", "prod"], { ...admin, token: stagingViewer }),
    ]);
    expect(unknownToken.code).toBe(1);
    expect(unknownToken.stderr).toMatch(/^error: .+ \(UNAUTHENTICATED, server http:\/\/\S+\)\n$/);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toMatch(/error: .+ \(FORBIDDEN, server http:\/\/\S+\)\n$/);
    expect(forbidden.stderr).not.toContain(stagingViewer);
  });

  it("reconnects after the server shuts down (1001) and prints the load recorded meanwhile exactly once", async () => {
    const { port } = live.running;
    await record(live, { project: "resumed", image: "img:1", assets: [] });
    const watch = spawnCli(["watch", "--project", "resumed", "--json"], admin);
    await watch.waitForStderr(/watching loads/);
    await record(live, { project: "resumed", image: "img:2", assets: [] });
    expect(sequencesOf(await watch.waitForLines(1))).toEqual([2]);

    await live.running.close(1_000);
    await watch.waitForStderr(/connection lost \(closed with 1001/);
    // Recorded while no server listens: through an app on the same database.
    const hub = await createLiveHub({ prisma: live.db.prisma, logError: () => {} });
    const app = createApp({ db: live.db, live: hub, adminToken: ADMIN_TOKEN, logError: () => {} });
    await record(
      { request: graphqlRequest((init) => app.fetch("http://offline/graphql", init)) },
      { project: "resumed", image: "img:3", assets: [] },
    );
    await hub.close();
    expect(watch.lines()).toHaveLength(1);

    restarted = await startServer({
      db: live.db,
      adminToken: ADMIN_TOKEN,
      port,
      host: "127.0.0.1",
      logError: () => {},
    });
    await watch.waitForStderr(/reconnected; resuming after load/);
    expect(sequencesOf(await watch.waitForLines(2))).toEqual([2, 3]);
    await record(live, { project: "resumed", image: "img:4", assets: [] });
    expect(sequencesOf(await watch.waitForLines(3))).toEqual([2, 3, 4]);

    watch.signal("SIGINT");
    expect(await watch.exited).toBe(0);
    expect(sequencesOf(watch.lines())).toEqual([2, 3, 4]);
  });
});
