// `project-history rollback` in a deployment whose rollbacks an executor carries out: it follows the
// REQUESTED rollback to its end, printing each status change, unless --no-wait. The executor is played
// through the API (claimRollback, recordProjectLoad with the claim, failRollback), as the agent does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { record } from "../helpers";
import { type CliServer, runCli, spawnCli, startCliServer } from "./cli-helpers";

let server: CliServer;
beforeAll(async () => {
  server = await startCliServer();
  const { live } = server;
  await live.request(
    `mutation { setRollbackExecution(input: { deployment: "prod", execution: EXECUTOR }) { name } }`,
  );
  await record(live, { project: "follow", image: "reg/f:1", assets: [{ key: "a" }] });
  await record(live, { project: "follow", image: "reg/f:2", assets: [{ key: "b" }] });
});
afterAll(() => server.close());

async function claimWhenRequested(): Promise<{ id: string; claimToken: string }> {
  for (let tries = 0; tries < 200; tries++) {
    const response = await server.live.request<{
      claimRollback: { claimToken: string | null; rollback: { id: string } | null };
    }>(`mutation { claimRollback(input: { deployment: "prod" }) { claimToken rollback { id } } }`);
    const payload = response.data?.claimRollback;
    if (payload?.rollback && payload.claimToken)
      return { id: payload.rollback.id, claimToken: payload.claimToken };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no rollback was requested");
}

describe("rollback with an executor", () => {
  it("returns at once with --no-wait", async () => {
    const result = await runCli(
      ["rollback", "--project", "follow", "--to", "1", "--yes", "--no-wait"],
      server.admin,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Rollback \S+ REQUESTED$/m);
    // Ended here so the next test can request its own.
    const held = await claimWhenRequested();
    const failed = await server.live.request(
      `mutation($id: ID!, $token: String!) { failRollback(input: { rollbackId: $id, claimToken: $token, error: "cancelled by the test" }) { status } }`,
      { id: held.id, token: held.claimToken },
    );
    expect(failed.errors).toBeUndefined();
  });

  it("follows the rollback to SUCCEEDED, printing each status change", async () => {
    const cli = spawnCli(["rollback", "--project", "follow", "--to", "1", "--yes"], server.admin);
    await cli.waitForLines(1, 30_000);
    const held = await claimWhenRequested();
    await cli.waitForLines(2, 30_000);
    const done = await server.live.request(
      `mutation($id: ID!, $token: String!) { recordProjectLoad(input: { project: "follow", image: "reg/f:1", assets: [{ key: "a" }], rollback: { rollbackId: $id, claimToken: $token } }) { load { sequence } } }`,
      { id: held.id, token: held.claimToken },
    );
    expect(done.errors).toBeUndefined();
    await cli.waitForLines(3, 30_000);
    expect(await cli.exited).toBe(0);
    const lines = cli.lines();
    expect(lines[0]).toMatch(/^REQUESTED +rollback to #1 \(reg\/f:1\)/);
    expect(lines[1]).toMatch(/^IN_PROGRESS +admin is deploying #1/);
    expect(lines[2]).toBe("SUCCEEDED    new load #3 runs reg/f:1; the snapshot matches the target's");
    expect(lines).toHaveLength(3);
  }, 90_000);

  it("exits 5 with the executor's error when the rollback FAILS", async () => {
    const cli = spawnCli(["rollback", "--project", "follow", "--to", "1", "--yes"], server.admin);
    const held = await claimWhenRequested();
    await server.live.request(
      `mutation($id: ID!, $token: String!) { failRollback(input: { rollbackId: $id, claimToken: $token, error: "The deploy command exited with 3: no such release" }) { status } }`,
      { id: held.id, token: held.claimToken },
    );
    await cli.waitForStderr(/ROLLBACK_FAILED/, 30_000).catch((error) => {
      throw new Error(`${error}\nstdout: ${cli.stdout()}`);
    });
    expect(await cli.exited).toBe(5);
    expect(cli.lines().at(-1)).toBe("FAILED       The deploy command exited with 3: no such release");
    expect(cli.stderr()).toContain(
      "error: Rollback failed: The deploy command exited with 3: no such release (ROLLBACK_FAILED)",
    );
  }, 90_000);
});
