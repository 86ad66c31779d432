// Rollbacks carried out by an executor, through the API alone (the agent's side is in tests/dagster): the
// deployment setting, the lifecycle REQUESTED → IN_PROGRESS → SUCCEEDED | FAILED, claims and their leases,
// the load that ends a rollback, ROLLBACK_FAILED alerts and the live status changes. Both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_POLICY } from "../alerts/alert-helpers";
import { graphql } from "../generated";
import type { RollbackUpdatedSubscription } from "../generated/graphql";
import { codes, type RecordedLoad, record } from "../helpers";
import { collect, type LiveServer, startLiveServer } from "../live/live-helpers";

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer();
});
afterAll(() => server.close());

const SET_EXECUTION = graphql(`
  mutation SetExecution($input: SetRollbackExecutionInput!) {
    setRollbackExecution(input: $input) {
      name
      rollbackExecution
    }
  }
`);

const REQUEST = graphql(`
  mutation RequestRollback($input: RollbackProjectInput!) {
    rollbackProject(input: $input) {
      rollback {
        id
        status
        error
        resultingLoad { id }
        snapshotMatchesTarget
      }
      load { id sequence }
    }
  }
`);

const CLAIM = graphql(`
  mutation Claim($input: ClaimRollbackInput!) {
    claimRollback(input: $input) {
      claimToken
      rollback { id status claimedBy leaseExpiresAt toLoad { id sequence image } }
    }
  }
`);

const RENEW = graphql(`
  mutation Renew($input: RenewRollbackLeaseInput!) {
    renewRollbackLease(input: $input) { id status leaseExpiresAt }
  }
`);

const FAIL = graphql(`
  mutation Fail($input: FailRollbackInput!) {
    failRollback(input: $input) { id status error finishedAt resultingLoad { id } }
  }
`);

const REPORT = graphql(`
  mutation Report($input: RecordProjectLoadInput!) {
    recordProjectLoad(input: $input) {
      load {
        id
        sequence
        trigger
        status
        rollback { id status snapshotMatchesTarget snapshotDifferences error resultingLoad { id } }
      }
    }
  }
`);

const OPEN = graphql(`
  query OpenRollbacks {
    deployments { name openRollbacks { id status } }
  }
`);

const UPDATES = graphql(`
  subscription RollbackUpdated($deployment: String, $rollbackId: ID, $after: ID) {
    rollbackUpdated(deployment: $deployment, rollbackId: $rollbackId, after: $after) {
      id
      status
      error
      rollback { id }
    }
  }
`);

const v1 = {
  image: "img:1",
  assets: [
    { key: "a", codeVersion: "1" },
    { key: "b", dependencies: ["a"] },
  ],
};
const v2 = { image: "img:2", assets: [{ key: "a", codeVersion: "2" }, { key: "c" }] };

async function setExecution(deployment: string, execution: "DIRECT" | "EXECUTOR") {
  const response = await server.request(SET_EXECUTION, { input: { deployment, execution } });
  expect(response.errors).toBeUndefined();
}

/** A project at v1 then v2 in `deployment`: the rollback target is the v1 load. */
async function twoLoads(deployment: string, project: string): Promise<[RecordedLoad, RecordedLoad]> {
  return [
    await record(server, { deployment, project, ...v1 }),
    await record(server, { deployment, project, ...v2 }),
  ];
}

async function claim(deployment: string, token?: string, leaseSeconds?: number) {
  const response = await server.request(
    CLAIM,
    { input: { deployment, executor: "test-agent", ...(leaseSeconds ? { leaseSeconds } : {}) } },
    token,
  );
  expect(response.errors).toBeUndefined();
  return response.data?.claimRollback;
}

describe("rollback execution", () => {
  it("is DIRECT by default: the rollback is SUCCEEDED at once with the target's snapshot", async () => {
    const [target] = await twoLoads("direct", "p");
    const response = await server.request(REQUEST, { input: { loadId: target.id } });
    expect(response.errors).toBeUndefined();
    expect(response.data?.rollbackProject.rollback).toMatchObject({
      status: "SUCCEEDED",
      error: null,
      snapshotMatchesTarget: true,
    });
    expect(response.data?.rollbackProject.load?.sequence).toBe(3);
    expect(response.data?.rollbackProject.rollback.resultingLoad?.id).toBe(
      response.data?.rollbackProject.load?.id,
    );
  });

  it("is set by an ADMIN only", async () => {
    const editor = await server.token("exec-editor", "EDITOR", "guarded");
    const response = await server.request(
      SET_EXECUTION,
      { input: { deployment: "guarded", execution: "EXECUTOR" } },
      editor,
    );
    expect(codes(response)).toEqual(["FORBIDDEN"]);
    const admin = await server.token("exec-admin", "ADMIN", "guarded");
    const allowed = await server.request(
      SET_EXECUTION,
      { input: { deployment: "guarded", execution: "EXECUTOR" } },
      admin,
    );
    expect(allowed.data?.setRollbackExecution).toEqual({ name: "guarded", rollbackExecution: "EXECUTOR" });
  });
});

describe("an executor's rollback", () => {
  it("goes REQUESTED → IN_PROGRESS → SUCCEEDED, and subscribers see each change", async () => {
    await setExecution("exec", "EXECUTOR");
    const [target, current] = await twoLoads("exec", "p");
    const updates = collect<RollbackUpdatedSubscription, { deployment: string }>(server.client(), UPDATES, {
      deployment: "exec",
    });
    // The subscription starts after what is committed: give it a moment to register before the request.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const requested = await server.request(REQUEST, { input: { loadId: target.id, reason: "bad" } });
    expect(requested.errors).toBeUndefined();
    const rollback = requested.data?.rollbackProject.rollback;
    expect(rollback).toMatchObject({ status: "REQUESTED", resultingLoad: null, snapshotMatchesTarget: null });
    expect(requested.data?.rollbackProject.load).toBeNull();
    // Nothing was recorded yet: the current load is still v2.
    const again = await server.request(REQUEST, { input: { loadId: target.id } });
    expect(codes(again)).toEqual(["CONFLICT"]);

    const open = await server.request(OPEN);
    expect(open.data?.deployments.find((d) => d.name === "exec")?.openRollbacks).toEqual([
      { id: rollback?.id, status: "REQUESTED" },
    ]);

    const claimed = await claim("exec");
    expect(claimed?.rollback).toMatchObject({
      id: rollback?.id,
      status: "IN_PROGRESS",
      claimedBy: "admin (test-agent)",
      toLoad: { id: target.id, sequence: 1, image: "img:1" },
    });
    // Held: nobody else gets it.
    expect((await claim("exec"))?.rollback).toBeNull();

    const done = await server.request(REPORT, {
      input: {
        deployment: "exec",
        project: "p",
        ...v1,
        rollback: { rollbackId: rollback?.id ?? "", claimToken: claimed?.claimToken ?? "" },
      },
    });
    expect(done.errors).toBeUndefined();
    const load = done.data?.recordProjectLoad.load;
    expect(load).toMatchObject({ sequence: current.sequence + 1, trigger: "ROLLBACK", status: "SUCCESS" });
    expect(load?.rollback).toMatchObject({
      id: rollback?.id,
      status: "SUCCEEDED",
      snapshotMatchesTarget: true,
      snapshotDifferences: [],
      error: null,
      resultingLoad: { id: load?.id },
    });

    const events = await updates.waitFor(3, 15_000);
    expect(events.map((event) => event.rollbackUpdated.status)).toEqual([
      "REQUESTED",
      "IN_PROGRESS",
      "SUCCEEDED",
    ]);
    updates.stop();
    // Resuming after the first change sends the two after it.
    const resumed = collect<RollbackUpdatedSubscription, { rollbackId: string; after: string }>(
      server.client(),
      UPDATES,
      { rollbackId: rollback?.id ?? "", after: events[0]?.rollbackUpdated.id ?? "" },
    );
    expect((await resumed.waitFor(2, 15_000)).map((event) => event.rollbackUpdated.status)).toEqual([
      "IN_PROGRESS",
      "SUCCEEDED",
    ]);
    resumed.stop();
  });

  it("reports a snapshot that differs from the target's", async () => {
    await setExecution("differs", "EXECUTOR");
    const [target] = await twoLoads("differs", "p");
    const rollback = (await server.request(REQUEST, { input: { loadId: target.id } })).data?.rollbackProject
      .rollback;
    const claimed = await claim("differs");
    const done = await server.request(REPORT, {
      input: {
        deployment: "differs",
        project: "p",
        image: "img:1",
        assets: [{ key: "a", codeVersion: "1" }, { key: "b", dependencies: ["a"] }, { key: "extra" }],
        rollback: { rollbackId: rollback?.id ?? "", claimToken: claimed?.claimToken ?? "" },
      },
    });
    expect(done.data?.recordProjectLoad.load.rollback).toMatchObject({
      status: "SUCCEEDED",
      snapshotMatchesTarget: false,
      snapshotDifferences: ["extra"],
    });
  });

  it("passes to another executor when its lease runs out; the first one's claim is then refused", async () => {
    await setExecution("lease", "EXECUTOR");
    const [target] = await twoLoads("lease", "p");
    const rollback = (await server.request(REQUEST, { input: { loadId: target.id } })).data?.rollbackProject
      .rollback;
    const first = await claim("lease", undefined, 5);
    expect(first?.rollback?.id).toBe(rollback?.id);
    const renewed = await server.request(RENEW, {
      input: { rollbackId: rollback?.id ?? "", claimToken: first?.claimToken ?? "", leaseSeconds: 5 },
    });
    expect(renewed.data?.renewRollbackLease.status).toBe("IN_PROGRESS");
    // The first executor "crashed": its lease is made to run out rather than waited for.
    await server.db.prisma.rollback.updateMany({
      data: { leaseExpiresAt: new Date(Date.now() - 1_000) },
      where: { claimToken: first?.claimToken ?? "" },
    });
    const second = await claim("lease", await server.token("other-agent", "EDITOR", "lease"));
    expect(second?.rollback).toMatchObject({
      id: rollback?.id,
      status: "IN_PROGRESS",
      claimedBy: "other-agent (test-agent)",
    });
    const stale = await server.request(RENEW, {
      input: { rollbackId: rollback?.id ?? "", claimToken: first?.claimToken ?? "" },
    });
    expect(codes(stale)).toEqual(["CONFLICT"]);
    const staleReport = await server.request(REPORT, {
      input: {
        deployment: "lease",
        project: "p",
        ...v1,
        rollback: { rollbackId: rollback?.id ?? "", claimToken: first?.claimToken ?? "" },
      },
    });
    expect(codes(staleReport)).toEqual(["CONFLICT"]);
    // Nothing of the refused report was written.
    expect(
      await server.db.prisma.projectLoad.count({
        where: { project: { name: "p", deployment: { name: "lease" } } },
      }),
    ).toBe(2);
  });

  it("ends FAILED with the executor's error and sends ROLLBACK_FAILED alerts", async () => {
    await setExecution("fails", "EXECUTOR");
    const policy = await server.request(CREATE_POLICY, {
      input: {
        name: "rollbacks",
        deployment: "fails",
        events: ["ROLLBACK_FAILED"],
        webhookUrl: "https://hooks.example.com/rollbacks",
        format: "JSON",
      },
    });
    expect(policy.errors).toBeUndefined();
    const [target] = await twoLoads("fails", "p");
    const rollback = (await server.request(REQUEST, { input: { loadId: target.id } })).data?.rollbackProject
      .rollback;
    const claimed = await claim("fails");
    const viewer = await server.token("fails-viewer", "VIEWER", "fails");
    const refused = await server.request(
      FAIL,
      { input: { rollbackId: rollback?.id ?? "", claimToken: claimed?.claimToken ?? "", error: "x" } },
      viewer,
    );
    expect(codes(refused)).toEqual(["FORBIDDEN"]);
    const failed = await server.request(FAIL, {
      input: {
        rollbackId: rollback?.id ?? "",
        claimToken: claimed?.claimToken ?? "",
        error: "deploy command exited with 1: helm: release not found",
      },
    });
    expect(failed.data?.failRollback).toMatchObject({
      status: "FAILED",
      error: "deploy command exited with 1: helm: release not found",
      resultingLoad: null,
    });
    const deliveries = await server.db.prisma.alertDelivery.findMany({ where: { event: "ROLLBACK_FAILED" } });
    expect(deliveries).toHaveLength(1);
    // Ended: a second report is refused, and a new rollback may be requested.
    const twice = await server.request(FAIL, {
      input: { rollbackId: rollback?.id ?? "", claimToken: claimed?.claimToken ?? "", error: "again" },
    });
    expect(codes(twice)).toEqual(["CONFLICT"]);
    const next = await server.request(REQUEST, { input: { loadId: target.id } });
    expect(next.data?.rollbackProject.rollback.status).toBe("REQUESTED");
  });

  it("ends FAILED when the load it reports failed", async () => {
    await setExecution("loadfails", "EXECUTOR");
    const [target] = await twoLoads("loadfails", "p");
    const rollback = (await server.request(REQUEST, { input: { loadId: target.id } })).data?.rollbackProject
      .rollback;
    const claimed = await claim("loadfails");
    const done = await server.request(REPORT, {
      input: {
        deployment: "loadfails",
        project: "p",
        status: "FAILURE",
        error: "ModuleNotFoundError: No module named 'defs'",
        rollback: { rollbackId: rollback?.id ?? "", claimToken: claimed?.claimToken ?? "" },
      },
    });
    expect(done.data?.recordProjectLoad.load).toMatchObject({ trigger: "ROLLBACK", status: "FAILURE" });
    expect(done.data?.recordProjectLoad.load.rollback).toMatchObject({
      status: "FAILED",
      error: "The code location failed to load: ModuleNotFoundError: No module named 'defs'",
      snapshotMatchesTarget: null,
    });
  });

  it("answers a bad lease or claim with coded errors", async () => {
    expect(codes(await server.request(CLAIM, { input: { deployment: "exec", leaseSeconds: 1 } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    const missing = await server.request(RENEW, {
      input: { rollbackId: "Um9sbGJhY2s6OTk5OTk=", claimToken: "nope" },
    });
    expect(codes(missing)).toEqual(["NOT_FOUND"]);
    const wrongType = await server.request(FAIL, {
      input: { rollbackId: "UHJvamVjdExvYWQ6MQ==", claimToken: "nope", error: "e" },
    });
    expect(codes(wrongType)).toEqual(["BAD_USER_INPUT"]);
  });
});
