import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "../../src/alerts/signing";
import { graphql } from "../generated";
import { record } from "../helpers";
import {
  type AlertServer,
  createPolicy,
  FAILED_LOAD,
  FAST,
  rowId,
  startAlertServer,
  temporaryDatabase,
} from "./alert-helpers";
import { eventually, type Received, Receiver, sleep } from "./receiver";

// The real server with its sender running, posting to a real HTTP receiver on a local port.

let database: Awaited<ReturnType<typeof temporaryDatabase>>;
let server: AlertServer;
let receiver: Receiver;

beforeAll(async () => {
  database = await temporaryDatabase();
  server = await startAlertServer(database.url, FAST);
  receiver = await new Receiver().start();
});

afterAll(async () => {
  await server?.stop();
  await receiver?.close();
  await database?.dispose();
});

/** Requests to one path (each test gets its own path, so tests do not see each other's deliveries). */
const at = (path: string) => () => receiver.received.filter((request) => request.path === path);

async function waitForRequests(path: string, count: number, timeoutMs = 10_000): Promise<Received[]> {
  return eventually(
    async () => at(path)(),
    (requests) => requests.length >= count,
    timeoutMs,
  );
}

function deliveryRow(request: Received) {
  const id = rowId(String(request.headers["x-delivery-id"]));
  return server.db.prisma.alertDelivery.findUniqueOrThrow({ where: { id } });
}

async function settled(policyId: string) {
  return eventually(
    () =>
      server.db.prisma.alertDelivery.findMany({
        where: { policyId: rowId(policyId) },
        orderBy: { id: "asc" },
      }),
    (rows) => rows.length > 0 && rows.every((row) => row.status !== "PENDING"),
  );
}

describe("a failed load", () => {
  it("sends one signed delivery per matching policy, with the error and the commit link", async () => {
    const json = await createPolicy(server, {
      name: "json",
      deployment: "d1",
      webhookUrl: receiver.url("/d1/json"),
    });
    const slack = await createPolicy(server, {
      name: "slack",
      deployment: "d1",
      webhookUrl: receiver.url("/d1/slack"),
      format: "SLACK",
    });
    const load = await record(server, { deployment: "d1", project: "etl", ...FAILED_LOAD });

    const [jsonRequest] = await waitForRequests("/d1/json", 1);
    const [slackRequest] = await waitForRequests("/d1/slack", 1);
    await sleep(300);
    expect(at("/d1/json")()).toHaveLength(1);
    expect(at("/d1/slack")()).toHaveLength(1);
    if (!jsonRequest || !slackRequest) throw new Error("no request");

    // The signature verifies with the secret shown at creation, and only with it.
    expect(
      verifySignature(jsonRequest.body, json.secret, String(jsonRequest.headers["x-signature-256"])),
    ).toBe(true);
    expect(
      verifySignature(jsonRequest.body, slack.secret, String(jsonRequest.headers["x-signature-256"])),
    ).toBe(false);
    expect(
      verifySignature(slackRequest.body, slack.secret, String(slackRequest.headers["x-signature-256"])),
    ).toBe(true);
    expect(jsonRequest.headers["content-type"]).toBe("application/json");
    expect(jsonRequest.headers["x-delivery-id"]).not.toBe(slackRequest.headers["x-delivery-id"]);

    const body = JSON.parse(jsonRequest.body);
    expect(body).toMatchObject({
      event: "PROJECT_LOAD_FAILED",
      deployment: "d1",
      project: "etl",
      load: {
        id: load.id,
        sequence: 1,
        status: "FAILURE",
        image: FAILED_LOAD.image,
        error: FAILED_LOAD.error,
        commitUrl: "https://github.com/acme/etl/commit/0a1b2c3d4e5f",
      },
      rollback: null,
      deliveryId: jsonRequest.headers["x-delivery-id"],
      policy: { id: json.id, name: "json" },
      test: false,
    });
    expect(typeof body.load.loadedAt).toBe("string");

    const { text } = JSON.parse(slackRequest.body) as { text: string };
    expect(text).toContain("Project load failed");
    expect(text).toContain("*etl* in *d1*");
    expect(text).toContain("No module named 'pandas'");
    expect(text).toContain("<https://github.com/acme/etl/commit/0a1b2c3d4e5f|0a1b2c3d4e5f>");

    for (const request of [jsonRequest, slackRequest]) {
      expect(await deliveryRow(request)).toMatchObject({
        status: "DELIVERED",
        attempts: 1,
        responseStatus: 200,
        lastError: null,
        claimToken: null,
      });
    }
  });

  it("reaches only policies of its deployment and, when they name one, its project", async () => {
    await createPolicy(server, { name: "all", deployment: "d2", webhookUrl: receiver.url("/d2/all") });
    await createPolicy(server, {
      name: "etl",
      deployment: "d2",
      project: "etl",
      webhookUrl: receiver.url("/d2/etl"),
    });
    await createPolicy(server, {
      name: "api",
      deployment: "d2",
      project: "api",
      webhookUrl: receiver.url("/d2/api"),
    });
    await createPolicy(server, {
      name: "other",
      deployment: "d2-other",
      webhookUrl: receiver.url("/d2/other"),
    });
    await createPolicy(server, {
      name: "rollbacks",
      deployment: "d2",
      events: ["ROLLBACK_PERFORMED"],
      webhookUrl: receiver.url("/d2/rollbacks"),
    });
    await record(server, { deployment: "d2", project: "etl", ...FAILED_LOAD });
    await record(server, { deployment: "d2", project: "web", ...FAILED_LOAD });
    // A successful load alerts nobody.
    await record(server, { deployment: "d2", project: "api", assets: [] });

    await waitForRequests("/d2/all", 2);
    await waitForRequests("/d2/etl", 1);
    await sleep(400);
    expect(at("/d2/all")().map((request) => JSON.parse(request.body).project)).toEqual(
      expect.arrayContaining(["etl", "web"]),
    );
    expect(at("/d2/all")()).toHaveLength(2);
    expect(at("/d2/etl")()).toHaveLength(1);
    expect(at("/d2/api")()).toHaveLength(0);
    expect(at("/d2/other")()).toHaveLength(0);
    expect(at("/d2/rollbacks")()).toHaveLength(0);
  });

  it("sends nothing for a disabled policy", async () => {
    const policy = await createPolicy(server, {
      name: "off",
      deployment: "d3",
      webhookUrl: receiver.url("/d3/off"),
    });
    await createPolicy(server, { name: "on", deployment: "d3", webhookUrl: receiver.url("/d3/on") });
    const disabled = await server.request(
      graphql(`
        mutation DisableAlertPolicy($input: UpdateAlertPolicyInput!) { updateAlertPolicy(input: $input) { enabled } }
      `),
      { input: { id: policy.id, enabled: false } },
    );
    expect(disabled.errors).toBeUndefined();
    await record(server, { deployment: "d3", project: "etl", ...FAILED_LOAD });
    await waitForRequests("/d3/on", 1);
    await sleep(300);
    expect(at("/d3/off")()).toHaveLength(0);
    expect(await server.db.prisma.alertDelivery.count({ where: { policyId: rowId(policy.id) } })).toBe(0);
  });

  it("alerts on a rollback with what was rolled back", async () => {
    await createPolicy(server, {
      name: "rollbacks",
      deployment: "d4",
      events: ["ROLLBACK_PERFORMED", "PROJECT_LOAD_FAILED"],
      webhookUrl: receiver.url("/d4"),
    });
    const good = await record(server, {
      deployment: "d4",
      project: "etl",
      assets: [],
      git: { repositoryUrl: "https://gitlab.com/acme/data/etl", commitHash: "abcdef1" },
    });
    await record(server, { deployment: "d4", project: "etl", assets: [{ key: "x" }] });
    const response = await server.request(
      graphql(`
        mutation AlertedRollback($id: ID!) {
          rollbackProject(input: { loadId: $id, reason: "bad <deploy> & more" }) { load { id } }
        }
      `),
      { id: good.id },
    );
    expect(response.errors).toBeUndefined();
    const [request] = await waitForRequests("/d4", 1);
    const body = JSON.parse(String(request?.body));
    expect(body).toMatchObject({
      event: "ROLLBACK_PERFORMED",
      project: "etl",
      load: {
        id: response.data?.rollbackProject.load?.id,
        sequence: 3,
        status: "SUCCESS",
        trigger: "ROLLBACK",
        error: null,
        commitUrl: "https://gitlab.com/acme/data/etl/-/commit/abcdef1",
      },
      rollback: {
        reason: "bad <deploy> & more",
        requestedBy: "admin",
        fromLoad: { sequence: 2 },
        toLoad: { id: good.id, sequence: 1 },
      },
    });
  });
});

describe("retries", () => {
  it("retries after 500 with growing waits, then succeeds, with one delivery ID throughout", async () => {
    receiver.answer = (request, _n) => {
      if (!request.path.startsWith("/r1")) return { status: 200 };
      const tries = at("/r1")().length;
      return tries <= 2 ? { status: 500, body: "try later" } : { status: 200 };
    };
    const policy = await createPolicy(server, {
      name: "r1",
      deployment: "r1",
      webhookUrl: receiver.url("/r1"),
    });
    await record(server, { deployment: "r1", project: "etl", ...FAILED_LOAD });
    const requests = await waitForRequests("/r1", 3);
    const [row] = await settled(policy.id);
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3, responseStatus: 200, lastError: null });
    expect(new Set(requests.map((request) => request.headers["x-delivery-id"])).size).toBe(1);
    expect(requests.map((request) => request.headers["x-delivery-attempt"])).toEqual(["1", "2", "3"]);
    // Identical bytes each time: the signature a receiver saw first stays valid.
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
    // About 40 ms then about 80 ms (jitter at most 20%).
    const gaps = [1, 2].map((i) => (requests[i]?.at ?? 0) - (requests[i - 1]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(30);
    expect(gaps[1]).toBeGreaterThanOrEqual(60);
    await sleep(200);
    expect(at("/r1")()).toHaveLength(3);
  });

  it("fails at once on 400 and keeps the receiver's reason, without the URL's secret", async () => {
    receiver.answer = (request) =>
      request.path.startsWith("/r2")
        ? { status: 400, body: `Cannot POST ${request.path}: unknown hook` }
        : { status: 200 };
    const policy = await createPolicy(server, {
      name: "r2",
      deployment: "r2",
      webhookUrl: receiver.url("/r2/T0KEN-s3cret?key=abc"),
    });
    await record(server, { deployment: "r2", project: "etl", ...FAILED_LOAD });
    const [row] = await settled(policy.id);
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, responseStatus: 400 });
    expect(row?.lastError).toMatch(/^HTTP 400: Cannot POST .*unknown hook/);
    expect(row?.lastError).not.toContain("T0KEN-s3cret");
    expect(row?.lastError).not.toContain("key=abc");
    await sleep(200);
    expect(at("/r2/T0KEN-s3cret?key=abc")()).toHaveLength(1);
  });

  it("retries 408 and 429 like 5xx, and gives up after 6 attempts", async () => {
    receiver.answer = (request, n) =>
      request.path.startsWith("/r3")
        ? { status: [408, 429, 502, 503, 504, 500][n % 6] ?? 500 }
        : { status: 200 };
    const policy = await createPolicy(server, {
      name: "r3",
      deployment: "r3",
      webhookUrl: receiver.url("/r3"),
    });
    await record(server, { deployment: "r3", project: "etl", ...FAILED_LOAD });
    const [row] = await settled(policy.id);
    expect(row?.status).toBe("FAILED");
    expect(row?.attempts).toBe(6);
    expect(row?.lastError).toMatch(/^HTTP \d{3}/);
    await sleep(300);
    expect(at("/r3")()).toHaveLength(6);
  });

  it("times out a receiver that hangs, and tries again", async () => {
    receiver.answer = (request) => {
      if (!request.path.startsWith("/r4")) return { status: 200 };
      return at("/r4")().length === 1 ? "hang" : { status: 204 };
    };
    const policy = await createPolicy(server, {
      name: "r4",
      deployment: "r4",
      webhookUrl: receiver.url("/r4"),
    });
    const started = Date.now();
    await record(server, { deployment: "r4", project: "etl", ...FAILED_LOAD });
    const requests = await waitForRequests("/r4", 2);
    // The second attempt came after the 400 ms timeout, not before.
    expect((requests[1]?.at ?? 0) - started).toBeGreaterThanOrEqual(400);
    const [row] = await settled(policy.id);
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 2, responseStatus: 204 });
    const history = await server.db.prisma.alertDelivery.findUniqueOrThrow({ where: { id: row?.id } });
    expect(history.lastError).toBeNull();
  });
});

describe("a slow receiver", () => {
  it("does not slow down recording loads or other requests", async () => {
    receiver.answer = (request) => (request.path.startsWith("/slow") ? "hang" : { status: 200 });
    for (let i = 0; i < 5; i++) {
      await createPolicy(server, {
        name: `slow-${i}`,
        deployment: "slow",
        webhookUrl: receiver.url(`/slow/${i}`),
      });
    }
    for (let i = 0; i < 10; i++) {
      const load = await record(server, { deployment: "slow", project: "etl", ...FAILED_LOAD });
      // Had recording waited for its deliveries (each hangs until the sender's timeout), they would have an
      // outcome by now; they do not: the mutation answered as soon as the load and its outbox rows committed.
      const deliveries = await server.db.prisma.alertDelivery.findMany({
        where: { loadId: rowId(load.id) },
        select: { status: true, errorClass: true },
      });
      expect(deliveries).toHaveLength(5);
      expect(deliveries.filter((delivery) => delivery.errorClass !== null)).toEqual([]);
    }
    // Reads go on while 50 deliveries hang in the sender's attempt slots.
    const read = await server.request(
      graphql(`
        query SlowPolicyNames { alertPolicies(deployment: "slow") { name } }
      `),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.alertPolicies).toHaveLength(5);
    receiver.answer = () => ({ status: 200 });
  });
});
