import type { LookupAddress } from "node:dns";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertNetworksFromEnv, type HostResolver } from "../../src/alerts/network-guard";
import { encodeGlobalId } from "../../src/domain/ids";
import { MainProcess } from "../e2e/process";
import { graphql } from "../generated";
import { codes, createTestServer, type GraphQLResponse, record, type TestServer } from "../helpers";
import { createPolicy, FAILED_LOAD, rowId } from "./alert-helpers";
import { RECEIVER_NETWORKS, Receiver } from "./receiver";

// Finding 4 of issue 11, reproduced through the API: an EDITOR pointing a policy at loopback, metadata or
// private addresses in any spelling, DNS rebinding, port scanning through testAlertPolicy, and a VIEWER
// reading the receiver's answer in lastError. Each is refused or bounded.

const CREATE = graphql(`
  mutation SsrfCreatePolicy($input: CreateAlertPolicyInput!) {
    createAlertPolicy(input: $input) { policy { id webhookUrl } }
  }
`);
const UPDATE = graphql(`
  mutation SsrfUpdatePolicy($input: UpdateAlertPolicyInput!) {
    updateAlertPolicy(input: $input) { id webhookUrl }
  }
`);
const TEST = graphql(`
  mutation SsrfTestPolicy($id: ID!) {
    testAlertPolicy(id: $id) { id status attempts responseStatus errorClass lastError }
  }
`);
const DELIVERY = graphql(`
  query SsrfDelivery($id: ID!) {
    node(id: $id) { ... on AlertDelivery { status responseStatus errorClass lastError } }
  }
`);
const LISTED = graphql(`
  query SsrfListedDeliveries($deployment: String!) {
    alertPolicies(deployment: $deployment) {
      name
      deliveries(first: 5) { edges { node { responseStatus errorClass lastError } } }
    }
  }
`);

/** A TCP listener on loopback that counts connections: a refused address must never get one. */
async function countingListener(): Promise<{ server: Server; port: number; connections: () => number }> {
  let count = 0;
  const server = createServer((socket) => {
    count++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { server, port: address.port, connections: () => count };
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const { server, port } = await countingListener();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A resolver that answers from a script per name (the last answer repeats) and records every call. */
function scriptedResolver(script: Record<string, string[][]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const seen = new Map<string, number>();
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    calls.push(hostname);
    const answers = script[hostname];
    if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    const n = seen.get(hostname) ?? 0;
    seen.set(hostname, n + 1);
    const answer = answers[Math.min(n, answers.length - 1)] ?? [];
    return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

/** Every spelling of a refused address an EDITOR might try; `port` is a live loopback listener's. */
function spellings(port: number): string[] {
  return [
    `http://127.0.0.1:${port}/hook`,
    `http://2130706433:${port}/hook`,
    `http://0x7f.1:${port}/hook`,
    `http://0x7f000001:${port}/hook`,
    `http://127.1:${port}/hook`,
    `http://0177.0.0.1:${port}/hook`,
    `http://127.000.000.001:${port}/hook`,
    `http://127.0.0.1.:${port}/hook`,
    `http://１２７.０.０.１:${port}/hook`,
    `http://localhost:${port}/hook`,
    `http://localhost.:${port}/hook`,
    `http://LOCALHOST:${port}/hook`,
    `http://alerts.localhost:${port}/hook`,
    `http://[::1]:${port}/hook`,
    `http://[0:0:0:0:0:0:0:1]:${port}/hook`,
    `http://[::ffff:127.0.0.1]:${port}/hook`,
    `http://[::ffff:7f00:1]:${port}/hook`,
    `http://[::127.0.0.1]:${port}/hook`,
    `http://[64:ff9b::127.0.0.1]:${port}/hook`,
    `http://0:${port}/hook`,
    `http://0.0.0.0:${port}/hook`,
    `http://[::]:${port}/hook`,
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://metadata.google.internal./computeMetadata/v1/",
    "http://metadata/computeMetadata/v1/",
    "http://instance-data/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/",
    "http://10.0.0.1/hook",
    "http://172.16.5.4/hook",
    "http://192.168.1.1/hook",
    "http://100.64.0.1/hook",
    "http://[fd12:3456::1]/hook",
    "http://[fe80::1]/hook",
    "http://169.254.0.1/hook",
    "http://224.0.0.1/hook",
    "http://255.255.255.255/hook",
    "https://192.0.2.10/hook",
  ];
}

const reasonOf = (response: GraphQLResponse<unknown>) =>
  (response.errors?.[0]?.extensions as Record<string, unknown> | undefined)?.reason;

describe("with the defaults (public networks only)", () => {
  let server: TestServer;
  let listener: Awaited<ReturnType<typeof countingListener>>;
  beforeAll(async () => {
    // The defaults: no network option (public networks only); failures are not logged to the test output.
    server = await createTestServer({ alerts: {} });
    listener = await countingListener();
    await record(server, { deployment: "ssrf", project: "etl", ...FAILED_LOAD });
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => listener?.server.close(resolve));
  });

  it("refuses every spelling at creation and at update, and writes nothing", async () => {
    const kept = await createPolicy(server, {
      name: "kept",
      deployment: "ssrf",
      webhookUrl: "https://hooks.example.com/T1/B2/x",
    });
    for (const [i, url] of spellings(listener.port).entries()) {
      const created = await server.request(CREATE, {
        input: {
          name: `spelling-${i}`,
          deployment: "ssrf",
          events: ["PROJECT_LOAD_FAILED"],
          webhookUrl: url,
        },
      });
      expect(codes(created), url).toEqual(["BAD_USER_INPUT"]);
      expect(created.errors?.[0]?.message, url).toMatch(
        /^webhookUrl is refused: the webhook's host (is|resolves to|[a-z.-]+ is) .*(to allow it|never sent to)$/,
      );
      expect(reasonOf(created), url).toBe("BLOCKED_ADDRESS");
      const updated = await server.request(UPDATE, { input: { id: kept.id, webhookUrl: url } });
      expect(codes(updated), url).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await server.db.prisma.alertPolicy.count({ where: { name: { startsWith: "spelling-" } } })).toBe(
      0,
    );
    const stored = await server.db.prisma.alertPolicy.findUniqueOrThrow({ where: { id: rowId(kept.id) } });
    expect(stored.webhookUrl).toBe("https://hooks.example.com/T1/B2/x");
    expect(listener.connections()).toBe(0);
  });

  it("refuses every spelling again at send, without a connection, for a policy stored before the check", async () => {
    // Rows as an older version (or a server that allowed loopback) wrote them into the same database.
    for (const [i, url] of spellings(listener.port).entries()) {
      const policy = await server.db.prisma.alertPolicy.create({
        data: {
          name: `stored-${i}`,
          deployment: "ssrf",
          events: "PROJECT_LOAD_FAILED",
          webhookUrl: url,
          format: "JSON",
          signingSecret: "whsec_test",
        },
      });
      const started = performance.now();
      const tested = await server.request(TEST, { id: encodeGlobalId("AlertPolicy", policy.id) });
      expect(tested.errors, url).toBeUndefined();
      expect(tested.data?.testAlertPolicy, url).toMatchObject({
        status: "FAILED",
        attempts: 1,
        responseStatus: null,
        errorClass: "BLOCKED_ADDRESS",
      });
      expect(tested.data?.testAlertPolicy.lastError, url).toMatch(
        /^the webhook's host .*(to allow it|never sent to)$/,
      );
      // Refused before any connection: no waiting for a timeout (the sender's is 5 s).
      expect(performance.now() - started, url).toBeLessThan(1_000);
    }
    expect(listener.connections()).toBe(0);
  });

  it("answers the same whatever the port: open or closed, testAlertPolicy scans nothing", async () => {
    const closed = await closedPort();
    const answers = [];
    for (const port of [listener.port, closed]) {
      const policy = await server.db.prisma.alertPolicy.create({
        data: {
          name: `port-${port}`,
          deployment: "ssrf",
          events: "PROJECT_LOAD_FAILED",
          webhookUrl: `http://127.0.0.1:${port}/`,
          format: "JSON",
          signingSecret: "whsec_test",
        },
      });
      const tested = await server.request(TEST, { id: encodeGlobalId("AlertPolicy", policy.id) });
      const { id: _id, ...answer } = tested.data?.testAlertPolicy ?? { id: "" };
      answers.push(answer);
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ errorClass: "BLOCKED_ADDRESS", responseStatus: null });
    expect(JSON.stringify(answers)).not.toContain(String(listener.port));
    expect(listener.connections()).toBe(0);
  });
});

/** The control for the port test: with loopback allowed, an open and a closed port do answer differently. */
describe("with loopback allowed (the control)", () => {
  it("tells an open port from a closed one, so the test above would see a scan", async () => {
    const server = await createTestServer({ alerts: { network: RECEIVER_NETWORKS, timeoutMs: 500 } });
    const listener = await countingListener();
    try {
      await record(server, { deployment: "control", project: "etl", ...FAILED_LOAD });
      const classes = [];
      for (const port of [listener.port, await closedPort()]) {
        const policy = await createPolicy(server, {
          name: `control-${port}`,
          deployment: "control",
          webhookUrl: `http://127.0.0.1:${port}/`,
        });
        classes.push((await server.request(TEST, { id: policy.id })).data?.testAlertPolicy.errorClass);
      }
      expect(classes[1]).toBe("CONNECTION_REFUSED");
      expect(classes[0]).not.toBe(classes[1]);
      expect(listener.connections()).toBe(1);
    } finally {
      await server.close();
      await new Promise((resolve) => listener.server.close(resolve));
    }
  });
});

describe("DNS rebinding", () => {
  it("checks the address again at send: a name that answered public first and 127.0.0.1 next is refused", async () => {
    const listener = await countingListener();
    const resolve = scriptedResolver({ "rebind.test": [["93.184.215.14"], ["127.0.0.1"]] });
    const server = await createTestServer({ alerts: { resolve } });
    try {
      await record(server, { deployment: "rebind", project: "etl", ...FAILED_LOAD });
      // The first answer is public: the policy is written.
      const policy = await createPolicy(server, {
        name: "rebind",
        deployment: "rebind",
        webhookUrl: `http://rebind.test:${listener.port}/hook`,
      });
      const tested = await server.request(TEST, { id: policy.id });
      expect(tested.data?.testAlertPolicy).toMatchObject({
        status: "FAILED",
        errorClass: "BLOCKED_ADDRESS",
        lastError:
          "the webhook's host resolves to 127.0.0.1, a loopback address; list it in ALERT_ALLOWED_NETWORKS to allow it",
      });
      expect(resolve.calls).toEqual(["rebind.test", "rebind.test"]);
      expect(listener.connections()).toBe(0);
    } finally {
      await server.close();
      await new Promise((resolve) => listener.server.close(resolve));
    }
  });

  it("pins the connection to the checked address: no lookup of its own, Host header kept", async () => {
    const receiver = await new Receiver().start();
    // The system resolver knows no pinned.test: had the HTTP client looked the name up itself, the
    // attempt would fail with ENOTFOUND, and after the checks the scripted answer turns private.
    const resolve = scriptedResolver({ "pinned.test": [["127.0.0.1"], ["127.0.0.1"], ["10.9.9.9"]] });
    const server = await createTestServer({ alerts: { network: RECEIVER_NETWORKS, resolve } });
    try {
      await record(server, { deployment: "pinned", project: "etl", ...FAILED_LOAD });
      const policy = await createPolicy(server, {
        name: "pinned",
        deployment: "pinned",
        webhookUrl: `http://pinned.test:${receiver.port}/pinned`,
      });
      const tested = await server.request(TEST, { id: policy.id });
      expect(tested.data?.testAlertPolicy).toMatchObject({
        status: "DELIVERED",
        responseStatus: 200,
        errorClass: null,
      });
      expect(receiver.received.at(-1)?.headers.host).toBe(`pinned.test:${receiver.port}`);
      expect(resolve.calls).toEqual(["pinned.test", "pinned.test"]);
    } finally {
      await server.close();
      await receiver.close();
    }
  });
});

describe("opting in", () => {
  it("ALERT_ALLOWED_NETWORKS=127.0.0.0/8 lets a loopback receiver through, in any spelling, and nothing else", async () => {
    const receiver = await new Receiver().start();
    const server = await createTestServer({ alerts: { network: RECEIVER_NETWORKS } });
    try {
      await record(server, { deployment: "optin", project: "etl", ...FAILED_LOAD });
      const port = receiver.port;
      for (const [i, url] of [
        `http://127.0.0.1:${port}/a`,
        `http://2130706433:${port}/b`,
        `http://0x7f.1:${port}/c`,
        `http://localhost.:${port}/d`,
      ].entries()) {
        const policy = await createPolicy(server, {
          name: `optin-${i}`,
          deployment: "optin",
          webhookUrl: url,
        });
        const tested = await server.request(TEST, { id: policy.id });
        expect(tested.data?.testAlertPolicy, url).toMatchObject({ status: "DELIVERED", responseStatus: 200 });
      }
      expect(receiver.received.map((request) => request.path)).toEqual(["/a", "/b", "/c", "/d"]);
      for (const url of [
        `http://[::1]:${port}/`,
        "http://10.0.0.1/",
        "http://169.254.169.254/",
        "http://metadata.google.internal/",
      ]) {
        const created = await server.request(CREATE, {
          input: { name: "nope", deployment: "optin", events: ["PROJECT_LOAD_FAILED"], webhookUrl: url },
        });
        expect(codes(created), url).toEqual(["BAD_USER_INPUT"]);
      }
    } finally {
      await server.close();
      await receiver.close();
    }
  });

  it("ALERT_ALLOW_PRIVATE_NETWORKS=true opens private ranges, not loopback, link-local or metadata", async () => {
    const server = await createTestServer({
      alerts: { network: alertNetworksFromEnv({ ALERT_ALLOW_PRIVATE_NETWORKS: "true" }) },
    });
    try {
      const create = (name: string, webhookUrl: string) =>
        server.request(CREATE, {
          input: { name, deployment: "private", events: ["PROJECT_LOAD_FAILED"], webhookUrl },
        });
      for (const [i, url] of [
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://[fd00::1]/",
      ].entries()) {
        const created = await create(`private-${i}`, url);
        expect(created.errors, url).toBeUndefined();
      }
      for (const url of [
        "http://127.0.0.1/",
        "http://169.254.169.254/",
        "http://100.100.100.200/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://metadata.google.internal/",
      ]) {
        expect(codes(await create("refused", url)), url).toEqual(["BAD_USER_INPUT"]);
      }
    } finally {
      await server.close();
    }
  });

  it("a bad ALERT_ALLOWED_NETWORKS stops the server at start-up with one clear line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "project-history-ssrf-"));
    const child = new MainProcess({
      PORT: "0",
      DATABASE_URL: `file:${join(dir, "db.sqlite")}`,
      ALERT_ALLOWED_NETWORKS: "10.0.0.0/8,127.0.0.1/8",
    });
    try {
      const exit = await child.waitForExit(30_000);
      expect(exit?.code).toBe(1);
      const lines = child.stderr.split("\n").filter((line) => line.trim() !== "");
      expect(lines).toEqual([
        'Cannot start: ALERT_ALLOWED_NETWORKS: "127.0.0.1/8" has bits set beyond its /8 prefix (did you mean 127.0.0.0/8?); expected CIDR ranges such as 10.0.0.0/8,fd00::/8',
      ]);
      expect(child.stdout).not.toContain("Project history API on");
    } finally {
      await child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});

describe("what VIEWERs and EDITORs see of a delivery", () => {
  let server: TestServer;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await new Receiver().start();
    server = await createTestServer({ alerts: { network: RECEIVER_NETWORKS } });
    await record(server, { deployment: "seen", project: "etl", ...FAILED_LOAD });
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  it("VIEWERs get the status and the class, never the receiver's body; EDITORs get the body with the URL masked", async () => {
    const secretPath = "/hooks/T0KEN-s3cr%C3%A9t-0123";
    receiver.answer = (request) => ({
      status: 500,
      body: `Internal error: upstream said "db password hunter2" for ${decodeURIComponent(request.path)} (${request.path}) token=${new URL(request.path, "http://x").searchParams.get("token")}`,
    });
    const policy = await createPolicy(server, {
      name: "echo",
      deployment: "seen",
      webhookUrl: receiver.url(`${secretPath}?token=qwerty123456&v=1`),
    });
    const tested = await server.request(TEST, { id: policy.id });
    const deliveryId = tested.data?.testAlertPolicy.id as string;
    const editor = await server.token("seen-editor", "EDITOR", "seen");
    const viewer = await server.token("seen-viewer", "VIEWER", "seen");

    for (const token of [undefined, editor]) {
      const seen = await server.request(DELIVERY, { id: deliveryId }, token);
      const node = seen.data?.node;
      const delivery = node && "lastError" in node ? node : null;
      expect(delivery).toMatchObject({ status: "PENDING", responseStatus: 500, errorClass: "HTTP_500" });
      expect(delivery?.lastError).toMatch(
        /^HTTP 500: Internal error: upstream said "db password hunter2" for … \(…\) …$/,
      );
      for (const secret of ["T0KEN", "s3cr", "0123", "qwerty123456", "%C3%A9"]) {
        expect(delivery?.lastError).not.toContain(secret);
      }
    }

    const asViewer = await server.request(DELIVERY, { id: deliveryId }, viewer);
    expect(asViewer.errors).toBeUndefined();
    expect(asViewer.data?.node).toEqual({
      status: "PENDING",
      responseStatus: 500,
      errorClass: "HTTP_500",
      lastError: "HTTP 500",
    });
    const listed = await server.request(LISTED, { deployment: "seen" }, viewer);
    expect(listed.data?.alertPolicies[0]?.deliveries.edges[0]?.node).toEqual({
      responseStatus: 500,
      errorClass: "HTTP_500",
      lastError: "HTTP 500",
    });
    expect(JSON.stringify(listed.data)).not.toContain("hunter2");
  });

  it("a refused address: EDITORs read why, VIEWERs only that it was refused", async () => {
    const policy = await server.db.prisma.alertPolicy.create({
      data: {
        name: "refused",
        deployment: "seen",
        events: "PROJECT_LOAD_FAILED",
        webhookUrl: "http://169.254.169.254/latest/meta-data/",
        format: "JSON",
        signingSecret: "whsec_test",
      },
    });
    const tested = await server.request(TEST, { id: encodeGlobalId("AlertPolicy", policy.id) });
    const deliveryId = tested.data?.testAlertPolicy.id as string;
    expect(tested.data?.testAlertPolicy.lastError).toBe(
      "the webhook's host is 169.254.169.254, a cloud metadata service; it is never sent to",
    );
    const viewer = await server.token("seen-viewer-2", "VIEWER", "seen");
    const asViewer = await server.request(DELIVERY, { id: deliveryId }, viewer);
    expect(asViewer.data?.node).toEqual({
      status: "FAILED",
      responseStatus: null,
      errorClass: "BLOCKED_ADDRESS",
      lastError: "not sent: the webhook's address is one this server does not send to",
    });
  });
});
