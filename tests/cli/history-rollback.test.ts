// The CLI end to end (`node bin/project-history.mjs ...` against the real server on a temporary database):
// history, assets and rollback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CliAssetChangeHistoryQuery,
  CliHistoryQuery,
  CliRollbackMutation,
} from "../../src/client/generated/graphql";
import { record } from "../helpers";
import { type CliServer, runCli, runJson, startCliServer } from "./cli-helpers";

type History = NonNullable<CliHistoryQuery["project"]>["history"];
type AssetChanges = CliAssetChangeHistoryQuery["assetChangeHistory"];
type RollbackPayload = CliRollbackMutation["rollbackProject"];

const SHA = "0123456789abcdef0123456789abcdef01234567";

let server: CliServer;

beforeAll(async () => {
  server = await startCliServer();
  const { live } = server;
  // hist: #1 and #2 change assets; #3 and #4 reload #2 unchanged (one entry with #2); #5 changes "a".
  await record(live, { project: "hist", image: "reg/h:1", assets: [{ key: "a" }] });
  for (let i = 0; i < 3; i++)
    await record(live, { project: "hist", image: "reg/h:2", assets: [{ key: "a" }, { key: "b" }] });
  await record(live, {
    project: "hist",
    image: "reg/h:3",
    assets: [{ key: "a", codeVersion: "2" }, { key: "b" }],
  });
  await record(live, {
    project: "linked",
    git: { repositoryUrl: "https://github.com/acme/linked", commitHash: SHA, branch: "main" },
    assets: [{ key: "a" }],
  });
  // rb: #1 a, b; #2 changes a, removes b, adds c; #3 fails.
  await record(live, { project: "rb", image: "reg/rb:1", assets: [{ key: "a" }, { key: "b" }] });
  await record(live, {
    project: "rb",
    image: "reg/rb:2",
    assets: [{ key: "a", codeVersion: "2" }, { key: "c" }],
  });
  await record(live, { project: "rb", status: "FAILURE", error: "boom" });
});

afterAll(() => server?.close());

describe("history", () => {
  it("shows collapsed entries by default and every load with --all, following pages up to --first", async () => {
    const { admin } = server;
    const [collapsed, all, firstTwo] = await Promise.all([
      runJson<History>(["history", "--project", "hist"], admin),
      runJson<History>(["history", "--project", "hist", "--all"], admin),
      runJson<History>(["history", "--project", "hist", "--all", "--first", "2"], admin),
    ]);
    expect(collapsed.totalCount).toBe(3);
    expect(
      collapsed.edges.map(({ node }) => [node.firstSequence, node.lastSequence, node.collapsedCount]),
    ).toEqual([
      [5, 5, 1],
      [2, 4, 3],
      [1, 1, 1],
    ]);
    expect(all.totalCount).toBe(5);
    expect(all.edges.map(({ node }) => node.load.sequence)).toEqual([5, 4, 3, 2, 1]);
    expect(all.edges.every(({ node }) => node.collapsedCount === 1)).toBe(true);
    expect(firstTwo.edges.map(({ node }) => node.load.sequence)).toEqual([5, 4]);
    expect(firstTwo.pageInfo.hasNextPage).toBe(true);
  });

  it("prints the history as a table with collapsed counts and commit links", async () => {
    const { admin } = server;
    const [linked, hist] = await Promise.all([
      runCli(["history", "--project", "linked"], admin),
      runCli(["history", "--project", "hist"], admin),
    ]);
    expect(linked.code, linked.stderr).toBe(0);
    const [title, header, row] = linked.stdout.split("\n");
    expect(title).toBe("linked in prod: 1 entries (similar loads collapsed; --all shows each)");
    // Not a terminal: the default columns, nothing cut.
    expect(header?.split(/\s{2,}/)).toEqual([
      "SEQ",
      "UPDATED",
      "STATUS",
      "IMAGE",
      "COMMIT",
      "CHANGES",
      "DESCRIPTION",
    ]);
    expect(row?.split(/\s{2,}/)).toEqual([
      "1",
      expect.stringMatching(/^(just now|\d+s ago), [A-Z][a-z]{2} \d{1,2} \d\d:\d\d$/),
      "SUCCESS",
      "-",
      "0123456",
      expect.stringMatching(/^\+\S+$/),
      "Deployed",
    ]);
    const wide = await runCli(["history", "linked", "-o", "wide"], admin);
    expect(wide.stdout.split("\n")[2]).toContain(`https://github.com/acme/linked/commit/${SHA}`);
    const collapsedRow = hist.stdout.split("\n")[3]?.split(/\s{2,}/);
    // A run shows the changes of its first load (#2 added b), not those of its newest (#4: none).
    expect([collapsedRow?.[0], collapsedRow?.[3], collapsedRow?.[5], collapsedRow?.[6]]).toEqual([
      "2-4",
      "h:2",
      "+b",
      "Deployed, 3 loads",
    ]);
  });
});

describe("assets", () => {
  it("lists an asset's changes newest first, in one project or across the deployment", async () => {
    const { admin } = server;
    const [inProject, everywhere] = await Promise.all([
      runJson<AssetChanges>(["assets", "--key", "a", "--project", "hist"], admin),
      runJson<AssetChanges>(["assets", "--key", "a"], admin),
    ]);
    expect(inProject.edges.map(({ node }) => [node.load.sequence, node.changeTypes])).toEqual([
      [5, ["CODE_VERSION"]],
      [1, ["NEW"]],
    ]);
    expect(inProject.edges[0]?.node.codeVersion).toEqual({ old: null, new: "2" });
    expect(new Set(everywhere.edges.map(({ node }) => node.project.name))).toEqual(
      new Set(["hist", "linked", "rb"]),
    );
  });
});

describe("rollback", () => {
  it("refuses without a terminal and without --yes, after showing what would change, and changes nothing", async () => {
    const { admin } = server;
    // Piped stdin is not a terminal: a "y" on it confirms nothing.
    const result = await runCli(["rollback", "--project", "rb", "--to", "1"], { ...admin, input: "y\n" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Roll back rb in prod from load #2 to load #1");
    expect(result.stderr).toMatch(/image\s+reg\/rb:2 {2}→ {2}reg\/rb:1/);
    // The server's exact diff from #2 to #1.
    expect(result.stderr).toMatch(/assets\s+1 restored, 1 removed, 1 changed/);
    expect(result.stderr).toMatch(/restore\s+b\n/);
    expect(result.stderr).toMatch(/remove\s+c\n/);
    expect(result.stderr).toMatch(/codeVersion 2 → ∅/);
    expect(result.stderr).toContain("pass --yes (USAGE)");
    const history = await runJson<History>(["history", "--project", "rb", "--all"], admin);
    expect(history.totalCount).toBe(3);
  });

  it("refuses a target the server would refuse, without asking (exit 1)", async () => {
    const { admin } = server;
    const [failed, current, missing] = await Promise.all([
      runCli(["rollback", "--project", "rb", "--to", "3", "--yes"], admin),
      runCli(["rollback", "--project", "rb", "--to", "2", "--yes"], admin),
      runCli(["rollback", "--project", "rb", "--to", "9", "--yes"], admin),
    ]);
    expect([failed.code, current.code, missing.code]).toEqual([1, 1, 1]);
    expect(failed.stderr).toMatch(/Load 3 failed.*\(BAD_USER_INPUT, server http:\/\/\S+\)/);
    expect(current.stderr).toMatch(/Load 2 is already the current.*\(BAD_USER_INPUT, server http:\/\/\S+\)/);
    expect(missing.stderr).toMatch(/has no load #9 \(NOT_FOUND, server http:\/\/\S+\)/);
  });

  it("rolls back to a sequence with --yes and prints the new ROLLBACK load", async () => {
    const { admin } = server;
    const payload = await runJson<RollbackPayload>(
      ["rollback", "--project", "rb", "--to", "1", "--reason", "bad deploy", "--yes"],
      admin,
    );
    expect(payload.rollback).toMatchObject({
      reason: "bad deploy",
      fromLoad: { sequence: 2 },
      toLoad: { sequence: 1 },
    });
    expect(payload.load).toMatchObject({
      sequence: 4,
      status: "SUCCESS",
      trigger: "ROLLBACK",
      image: "reg/rb:1",
      assetsAdded: ["b"],
      assetsRemoved: ["c"],
      assetsChanged: ["a"],
    });
  });

  it("takes a load ID too, and refuses one of another project", async () => {
    const { admin } = server;
    const [rb, hist] = await Promise.all([
      runJson<History>(["history", "--project", "rb", "--all"], admin),
      runJson<History>(["history", "--project", "hist", "--first", "1"], admin),
    ]);
    const secondLoadOfRb = rb.edges.find(({ node }) => node.load.sequence === 2)?.node.load.id as string;
    const [byId, wrongProject] = await Promise.all([
      runCli(["rollback", "--project", "rb", "--to", secondLoadOfRb, "--yes"], admin),
      runCli(["rollback", "--project", "rb", "--to", hist.edges[0]?.node.load.id as string, "--yes"], admin),
    ]);
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.stdout).toContain("Rolled back: new load #5 of rb in prod: SUCCESS, ROLLBACK");
    expect(byId.stdout).toContain("rollback   from #4 to #2 by admin");
    expect(wrongProject.code).toBe(1);
    expect(wrongProject.stderr).toMatch(/not of "rb" in "prod" \(BAD_USER_INPUT, server http:\/\/\S+\)/);
  });
});
